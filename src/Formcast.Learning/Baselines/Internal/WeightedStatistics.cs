namespace Formcast.Learning.Baselines.Internal;

/// <summary>Means and medians with optional weights (null = equal weights).</summary>
internal static class WeightedStatistics
{
    public static double Mean(ReadOnlySpan<double> values, double[]? weights)
    {
        double sum = 0, total = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var w = weights?[i] ?? 1;
            sum += w * values[i];
            total += w;
        }

        return sum / total;
    }

    /// <summary>
    /// Unweighted: the middle value (mean of the two middle values for even counts), as <c>np.median</c>. Weighted: the
    /// smallest value whose cumulative weight reaches half the total (scikit-learn's <c>_weighted_percentile</c> at 50).
    /// </summary>
    public static double Median(ReadOnlySpan<double> values, double[]? weights)
    {
        var order = new int[values.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        var v = values.ToArray();
        Array.Sort(order, (a, b) => v[a] != v[b] ? v[a].CompareTo(v[b]) : a.CompareTo(b));
        if (weights is null)
        {
            var n = order.Length;
            return n % 2 == 1 ? v[order[n / 2]] : (v[order[(n / 2) - 1]] + v[order[n / 2]]) / 2;
        }

        var cumulative = new double[order.Length];
        double running = 0;
        for (var i = 0; i < order.Length; i++)
        {
            running += weights[order[i]];
            cumulative[i] = running;
        }

        var half = 0.5 * running;
        var at = 0;
        while (at < cumulative.Length - 1 && cumulative[at] < half) at++;
        return v[order[at]];
    }
}
