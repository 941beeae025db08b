namespace Formcast.Signals.Internal;

/// <summary>Medians and quantiles of the present (non-NaN) values.</summary>
internal static class OrderStatistics
{
    /// <summary>Copies the non-NaN values of <paramref name="x"/> to the front of <paramref name="destination"/>; returns their count.</summary>
    public static int CopyPresent(ReadOnlySpan<double> x, Span<double> destination)
    {
        var count = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v)) destination[count++] = v;
        }

        return count;
    }

    /// <summary>
    /// Quantile <paramref name="p"/> of ascending values by linear interpolation between order statistics,
    /// h = (n − 1)·p (Hyndman &amp; Fan 1996 type 7; numpy <c>quantile</c> default, R default).
    /// </summary>
    public static double QuantileOfSorted(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.IsEmpty) return double.NaN;
        var h = (sorted.Length - 1) * p;
        var low = (int)Math.Floor(h);
        if (low >= sorted.Length - 1) return sorted[^1];
        return sorted[low] + ((h - low) * (sorted[low + 1] - sorted[low]));
    }

    /// <summary>Median of <paramref name="values"/> (sorted in place); NaN when empty.</summary>
    public static double MedianInPlace(Span<double> values)
    {
        values.Sort();
        return QuantileOfSorted(values, 0.5);
    }
}
