using System.Buffers;
using Formcast.Signals.Internal;

namespace Formcast.Signals;

/// <summary>
/// Outlier detection. Each detector writes one flag per sample (true = outlier) and returns the number flagged.
/// NaN marks a missing sample: it is never flagged and never enters a statistic.
/// </summary>
public static class Outliers
{
    /// <summary>Scale that turns a median absolute deviation into a consistent estimate of a normal SD: 1/Φ⁻¹(3/4).</summary>
    /// <remarks>Rousseeuw &amp; Croux 1993, J Am Stat Assoc 88:1273 (constant b = 1.4826).</remarks>
    public const double MadToStandardDeviation = 1.4826;

    /// <summary>
    /// Flags |x − mean| &gt; <paramref name="threshold"/> · SD, with the mean and the population SD (divisor n, as
    /// scipy.stats.zscore) of the present samples. A constant signal has no outliers.
    /// </summary>
    /// <param name="x">Samples; NaN = missing.</param>
    /// <param name="threshold">Number of standard deviations, e.g. 3.</param>
    /// <param name="destination">One flag per sample, true = outlier.</param>
    public static int ZScore(ReadOnlySpan<double> x, double threshold, Span<bool> destination)
    {
        Internal.Check.Positive(threshold, nameof(threshold));
        Internal.Check.SameLength(x.Length, destination.Length, nameof(destination));
        var (count, mean, sumSquares) = TimeDomain.SquaredDeviations(x);
        var limit = count == 0 ? double.PositiveInfinity : threshold * Math.Sqrt(sumSquares / count);
        var flagged = 0;
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = Math.Abs(x[i] - mean) > limit;
            if (destination[i]) flagged++;
        }

        return flagged;
    }

    /// <summary>
    /// Tukey's fences: flags x &lt; Q1 − k·IQR or x &gt; Q3 + k·IQR (Tukey 1977, Exploratory Data Analysis; k = 1.5
    /// "outside", 3 "far out"). Quartiles interpolate linearly between order statistics (numpy default, type 7).
    /// </summary>
    /// <param name="x">Samples; NaN = missing.</param>
    /// <param name="k">Fence multiplier of the interquartile range.</param>
    /// <param name="destination">One flag per sample, true = outlier.</param>
    public static int Tukey(ReadOnlySpan<double> x, double k, Span<bool> destination)
    {
        Internal.Check.NonNegative(k, nameof(k));
        Internal.Check.SameLength(x.Length, destination.Length, nameof(destination));
        var buffer = ArrayPool<double>.Shared.Rent(Math.Max(1, x.Length));
        try
        {
            var present = buffer.AsSpan(0, OrderStatistics.CopyPresent(x, buffer));
            var q1 = OrderStatistics.QuantileInPlace(present, 0.25);
            var q3 = OrderStatistics.QuantileInPlace(present, 0.75);
            var (low, high) = (q1 - (k * (q3 - q1)), q3 + (k * (q3 - q1)));
            var flagged = 0;
            for (var i = 0; i < x.Length; i++)
            {
                destination[i] = x[i] < low || x[i] > high;
                if (destination[i]) flagged++;
            }

            return flagged;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Hampel identifier: flags |x_i − m_i| &gt; t · 1.4826 · MAD_i, where m_i and MAD_i are the median and the median
    /// absolute deviation (from m_i) of the present samples in the centred window i − h … i + h (truncated at the
    /// ends). As in MATLAB's <c>hampel</c>, a window with MAD = 0 flags any sample that differs from its median.
    /// </summary>
    /// <remarks>
    /// Hampel 1974, J Am Stat Assoc 69:383; Pearson et al. 2016, "Generalised Hampel filters", EURASIP J Adv Signal
    /// Process 2016:87. Cost O(n·h): two selections per window.
    /// </remarks>
    /// <param name="x">Samples on a uniform clock; NaN = missing.</param>
    /// <param name="halfWindow">h, samples on each side of the tested one (window 2h + 1).</param>
    /// <param name="threshold">t, number of robust standard deviations, e.g. 3.</param>
    /// <param name="destination">One flag per sample, true = outlier.</param>
    public static int Hampel(ReadOnlySpan<double> x, int halfWindow, double threshold, Span<bool> destination)
    {
        Internal.Check.SameLength(x.Length, destination.Length, nameof(destination));
        return HampelCore(x, halfWindow, threshold, destination, []);
    }

    /// <summary>
    /// Hampel filter: copies <paramref name="x"/> with every sample the <see cref="Hampel"/> identifier flags replaced
    /// by its window median. Missing samples stay NaN.
    /// </summary>
    /// <param name="x">Samples on a uniform clock; NaN = missing.</param>
    /// <param name="halfWindow">h, samples on each side of the tested one (window 2h + 1).</param>
    /// <param name="threshold">t, number of robust standard deviations, e.g. 3.</param>
    /// <param name="destination">The filtered samples.</param>
    /// <returns>Number of samples replaced.</returns>
    public static int HampelFilter(ReadOnlySpan<double> x, int halfWindow, double threshold, Span<double> destination)
    {
        Internal.Check.SameLength(x.Length, destination.Length, nameof(destination));
        return HampelCore(x, halfWindow, threshold, [], destination);
    }

    private static int HampelCore(ReadOnlySpan<double> x, int halfWindow, double threshold, Span<bool> flags, Span<double> filtered)
    {
        Internal.Check.Positive(halfWindow, nameof(halfWindow));
        Internal.Check.NonNegative(threshold, nameof(threshold));
        var window = (2 * halfWindow) + 1;
        Span<double> values = window <= 256 ? stackalloc double[window] : new double[window];
        Span<double> deviations = window <= 256 ? stackalloc double[window] : new double[window];
        var flagged = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var isOutlier = false;
            var replacement = x[i];
            if (!double.IsNaN(x[i]))
            {
                var start = Math.Max(0, i - halfWindow);
                var end = Math.Min(x.Length, i + halfWindow + 1);
                var present = values[..OrderStatistics.CopyPresent(x[start..end], values)];
                var median = OrderStatistics.MedianInPlace(present);
                for (var j = 0; j < present.Length; j++) deviations[j] = Math.Abs(present[j] - median);
                var mad = OrderStatistics.MedianInPlace(deviations[..present.Length]);
                isOutlier = Math.Abs(x[i] - median) > threshold * MadToStandardDeviation * mad;
                if (isOutlier) replacement = median;
            }

            if (isOutlier) flagged++;
            if (!flags.IsEmpty) flags[i] = isOutlier;
            if (!filtered.IsEmpty) filtered[i] = replacement;
        }

        return flagged;
    }
}
