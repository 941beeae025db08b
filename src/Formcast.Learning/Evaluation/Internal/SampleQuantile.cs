namespace Formcast.Learning.Evaluation.Internal;

/// <summary>
/// Sample quantiles with linear interpolation between order statistics (Hyndman &amp; Fan 1996, definition 7), computed
/// exactly as NumPy 1.24's <c>np.percentile(..., method="linear")</c>: virtual index (n − 1)·q, and the two-sided
/// interpolation <c>b − (b − a)(1 − t)</c> when t ≥ 0.5 — so bin edges built from quantiles agree bit for bit with
/// scikit-learn's.
/// </summary>
internal static class SampleQuantile
{
    /// <summary>The <paramref name="q"/>-quantile (q in [0, 1]) of ascending <paramref name="sorted"/>.</summary>
    public static double Linear(ReadOnlySpan<double> sorted, double q)
    {
        if (sorted.IsEmpty) throw new ArgumentException("no values", nameof(sorted));
        if (!(q >= 0 && q <= 1)) throw new ArgumentOutOfRangeException(nameof(q), q, "quantile must be in [0, 1]");
        var n = sorted.Length;
        var virtualIndex = (n - 1) * q;
        var previous = Math.Floor(virtualIndex);
        if (virtualIndex >= n - 1) return sorted[n - 1];
        var index = (int)previous;
        var gamma = virtualIndex - previous;
        var a = sorted[index];
        var b = sorted[index + 1];
        var difference = b - a;
        return gamma >= 0.5 ? b - (difference * (1 - gamma)) : a + (difference * gamma);
    }

    /// <summary>The percentile <paramref name="percent"/> in [0, 100], dividing by 100 first as NumPy does.</summary>
    public static double Percentile(ReadOnlySpan<double> sorted, double percent) => Linear(sorted, percent / 100);

    /// <summary>A sorted copy of <paramref name="values"/>.</summary>
    public static double[] Sorted(ReadOnlySpan<double> values)
    {
        var copy = values.ToArray();
        Array.Sort(copy);
        return copy;
    }

    /// <summary><c>np.linspace(start, stop, count)</c>: i·step + start, the last point set to <paramref name="stop"/>.</summary>
    public static double[] LinearSpace(double start, double stop, int count)
    {
        var result = new double[count];
        if (count == 1)
        {
            result[0] = start;
            return result;
        }

        var step = (stop - start) / (count - 1);
        for (var i = 0; i < count; i++) result[i] = (i * step) + start;
        result[^1] = stop;
        return result;
    }
}
