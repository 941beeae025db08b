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

    /// <summary>Median of <paramref name="values"/> (reordered in place); NaN when empty.</summary>
    public static double MedianInPlace(Span<double> values) => QuantileInPlace(values, 0.5);

    /// <summary>
    /// Quantile <paramref name="p"/> by linear interpolation between order statistics, h = (n − 1)·p (Hyndman &amp;
    /// Fan 1996 type 7; numpy <c>quantile</c> default, R default), in O(n) expected time by selection: the values are
    /// reordered in place, not sorted. NaN when empty.
    /// </summary>
    public static double QuantileInPlace(Span<double> values, double p)
    {
        if (values.IsEmpty) return double.NaN;
        var h = (values.Length - 1) * p;
        var low = (int)Math.Floor(h);
        var lower = Select(values, low);
        if (low >= values.Length - 1 || h == low) return lower;

        // After selection everything right of 'low' is ≥ the selected value: the next order statistic is their minimum.
        var upper = double.PositiveInfinity;
        foreach (var v in values[(low + 1)..]) upper = Math.Min(upper, v);
        return lower + ((h - low) * (upper - lower));
    }

    /// <summary>
    /// Reorders <paramref name="values"/> so that position <paramref name="k"/> holds the k-th smallest value, with
    /// no larger value before it and no smaller one after it (Hoare's quickselect, median-of-three pivot).
    /// </summary>
    public static double Select(Span<double> values, int k)
    {
        var (left, right) = (0, values.Length - 1);
        while (right > left)
        {
            var middle = left + ((right - left) / 2);
            if (values[middle] < values[left]) (values[middle], values[left]) = (values[left], values[middle]);
            if (values[right] < values[left]) (values[right], values[left]) = (values[left], values[right]);
            if (values[right] < values[middle]) (values[right], values[middle]) = (values[middle], values[right]);
            var pivot = values[middle];
            var (i, j) = (left, right);
            while (i <= j)
            {
                while (values[i] < pivot) i++;
                while (values[j] > pivot) j--;
                if (i > j) break;
                (values[i], values[j]) = (values[j], values[i]);
                i++;
                j--;
            }

            if (k <= j) right = j;
            else if (k >= i) left = i;
            else break;
        }

        return values[k];
    }
}
