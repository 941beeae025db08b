namespace Formcast.Analytics;

/// <summary>Small descriptive statistics over spans, skipping NaN (a missing value is not zero).</summary>
internal static class Stats
{
    /// <summary>Count, mean and population or sample standard deviation of the finite values.</summary>
    public static (int Count, double Mean, double StandardDeviation) Describe(ReadOnlySpan<double> values, bool sample)
    {
        var n = 0;
        var sum = 0.0;
        foreach (var v in values)
        {
            if (double.IsNaN(v)) continue;
            n++;
            sum += v;
        }

        if (n == 0) return (0, double.NaN, double.NaN);
        var mean = sum / n;
        var squares = 0.0;
        foreach (var v in values)
        {
            if (double.IsNaN(v)) continue;
            squares += (v - mean) * (v - mean);
        }

        var divisor = sample ? n - 1 : n;
        return (n, mean, divisor > 0 ? Math.Sqrt(squares / divisor) : double.NaN);
    }

    public static double Sum(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v)) sum += v;
        }

        return sum;
    }
}
