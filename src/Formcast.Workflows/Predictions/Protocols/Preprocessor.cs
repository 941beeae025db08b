using Formcast.Learning;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>
/// Missing-value filling and standard scaling learned from training rows only: each column's median fills its NaNs
/// (0 when the column was never observed), then (x − mean) / SD with the training mean and population SD of the filled
/// column (two-pass, so a constant column has SD exactly 0; an SD below 1e-9 of the column's magnitude leaves the
/// column centred only), clipped to ±<see cref="ClipSd"/>: a value far outside anything the training athletes showed
/// then cannot dominate a linear or kernel model. Fitted inside every training fold, so test rows never shape it.
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

    /// <summary>Scaled values are clipped to this many training SDs.</summary>
    public const double ClipSd = 10;

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
            double sum = 0;
            for (var r = 0; r < features.Rows; r++) sum += Filled(features[r, c], medians[c]);
            var mean = sum / features.Rows;
            double squares = 0;
            for (var r = 0; r < features.Rows; r++)
            {
                var d = Filled(features[r, c], medians[c]) - mean;
                squares += d * d;
            }

            var sd = Math.Sqrt(squares / features.Rows);
            means[c] = mean;
            if (sd > 1e-9 * Math.Max(1, Math.Abs(mean))) scales[c] = sd;
        }

        return new Preprocessor(medians, means, scales, scale);
    }

    public void Transform(ReadOnlySpan<double> row, Span<double> destination)
    {
        if (row.Length != Columns) throw new ArgumentException($"the row has {row.Length} features, the preprocessor {Columns}", nameof(row));
        for (var c = 0; c < row.Length; c++)
        {
            var z = (Filled(row[c], Medians[c]) - Means[c]) / Scales[c];
            destination[c] = Scaled ? Math.Clamp(z, -ClipSd, ClipSd) : z;
        }
    }

    private static double Filled(double value, double median) => double.IsNaN(value) ? median : value;

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
