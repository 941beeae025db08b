namespace Formcast.Learning;

/// <summary>
/// Per-feature standardisation z = (x − mean) / SD, with the population SD (divisor n) as scikit-learn's
/// StandardScaler; a constant feature keeps scale 1 (it becomes 0). Fitted on training rows only, so a
/// cross-validation fold never sees its test rows' statistics. NaN inputs stay NaN and are ignored by the fit.
/// </summary>
public sealed class StandardScaler
{
    private StandardScaler(double[] means, double[] scales)
    {
        Means = means;
        Scales = scales;
    }

    public double[] Means { get; }

    public double[] Scales { get; }

    public static StandardScaler Fit(Matrix features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var means = new double[features.Columns];
        var scales = new double[features.Columns];
        for (var j = 0; j < features.Columns; j++)
        {
            double sum = 0, count = 0;
            for (var r = 0; r < features.Rows; r++)
            {
                var v = features[r, j];
                if (double.IsNaN(v)) continue;
                sum += v;
                count++;
            }

            var mean = count > 0 ? sum / count : 0;
            double squares = 0;
            for (var r = 0; r < features.Rows; r++)
            {
                var v = features[r, j];
                if (!double.IsNaN(v)) squares += (v - mean) * (v - mean);
            }

            var sd = count > 0 ? Math.Sqrt(squares / count) : 0;
            means[j] = mean;
            scales[j] = sd > 1e-12 * Math.Max(1, Math.Abs(mean)) ? sd : 1;
        }

        return new StandardScaler(means, scales);
    }

    /// <summary>Restores a scaler written by <see cref="Write"/>.</summary>
    public static StandardScaler Read(ModelReader reader, int features)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var means = reader.ReadDoubles("scaler.means", features);
        var scales = reader.ReadDoubles("scaler.scales", features);
        if (scales.Any(s => !(s > 0))) throw reader.Error("scaler.scales", "scales must be positive");
        return new StandardScaler(means, scales);
    }

    public void Write(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteDoubles(Means);
        writer.WriteDoubles(Scales);
    }

    public void Transform(ReadOnlySpan<double> row, Span<double> destination)
    {
        for (var j = 0; j < row.Length; j++) destination[j] = (row[j] - Means[j]) / Scales[j];
    }

    public Matrix Transform(Matrix features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var result = new Matrix(features.Rows, features.Columns);
        for (var r = 0; r < features.Rows; r++) Transform(features.Row(r), result.Row(r));
        return result;
    }
}
