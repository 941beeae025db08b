using Formcast.Learning;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>
/// Missing-value filling and standard scaling learned from training rows only: each column's median fills its NaNs
/// (0 when the column was never observed), then (x − mean) / SD with the training mean and population SD of the filled
/// column (SD 0 leaves the column centred only). Fitted inside every training fold, so test rows never shape it.
/// </summary>
internal sealed class Preprocessor
{
    private Preprocessor(double[] medians, double[] means, double[] scales, bool scale)
    {
        Medians = medians;
        Means = means;
        Scales = scales;
        Scaled = scale;
    }

    public double[] Medians { get; }

    public double[] Means { get; }

    /// <summary>Divisors per column (1 where the SD is 0 or scaling is off).</summary>
    public double[] Scales { get; }

    public bool Scaled { get; }

    public int Columns => Medians.Length;

    public static Preprocessor Fit(Matrix features, bool scale)
    {
        ArgumentNullException.ThrowIfNull(features);
        var medians = Formcast.Learning.Evaluation.MedianImputation.ColumnMedians(features);
        var means = new double[features.Columns];
        var scales = new double[features.Columns];
        for (var c = 0; c < features.Columns; c++)
        {
            scales[c] = 1;
            if (!scale || features.Rows == 0) continue;
            double sum = 0, squares = 0;
            for (var r = 0; r < features.Rows; r++)
            {
                var v = features[r, c];
                if (double.IsNaN(v)) v = medians[c];
                sum += v;
                squares += v * v;
            }

            var mean = sum / features.Rows;
            var variance = Math.Max(0, (squares / features.Rows) - (mean * mean));
            means[c] = mean;
            if (variance > 1e-24) scales[c] = Math.Sqrt(variance);
        }

        return new Preprocessor(medians, means, scales, scale);
    }

    public void Transform(ReadOnlySpan<double> row, Span<double> destination)
    {
        if (row.Length != Columns) throw new ArgumentException($"the row has {row.Length} features, the preprocessor {Columns}", nameof(row));
        for (var c = 0; c < row.Length; c++)
        {
            var v = double.IsNaN(row[c]) ? Medians[c] : row[c];
            destination[c] = (v - Means[c]) / Scales[c];
        }
    }

    public Matrix Transform(Matrix features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var result = new Matrix(features.Rows, features.Columns);
        for (var r = 0; r < features.Rows; r++) Transform(features.Row(r), result.Row(r));
        return result;
    }

    public Dataset Transform(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new Dataset(Transform(data.Features), data.Target, data.FeatureNames, data.Groups, data.Weights, data.Time);
    }

    public void Write(ModelWriter writer)
    {
        writer.WriteBool(Scaled);
        writer.WriteDoubles(Medians);
        writer.WriteDoubles(Means);
        writer.WriteDoubles(Scales);
    }
}
