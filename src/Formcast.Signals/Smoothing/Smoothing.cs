using Formcast.Signals.Internal;

namespace Formcast.Signals;

/// <summary>
/// Sliding-window mean and median smoothing on a uniform clock. NaN marks a missing sample: each output is the
/// statistic of the present samples inside its window, and NaN when the window holds none. Near the ends the window
/// is truncated to the samples that exist (pandas <c>rolling(w, center=…, min_periods=1)</c> semantics), so the
/// output has the input's length and no edge is dropped.
/// </summary>
public static class Smoothing
{
    /// <summary>Moving mean in O(n) (a running sum over the window).</summary>
    /// <param name="x">Input samples.</param>
    /// <param name="window">Window length in samples; odd when <paramref name="alignment"/> is centred.</param>
    /// <param name="alignment">Centred or trailing window.</param>
    /// <param name="destination">Output, same length as <paramref name="x"/>; may not overlap <paramref name="x"/>.</param>
    public static void MovingMean(ReadOnlySpan<double> x, int window, WindowAlignment alignment, Span<double> destination)
    {
        var (before, after) = Extent(window, alignment);
        Check.SameLength(x.Length, destination.Length, nameof(destination));
        double sum = 0;
        var count = 0;
        var added = 0;
        var removed = 0;
        for (var i = 0; i < x.Length; i++)
        {
            for (var last = Math.Min(x.Length - 1, i + after); added <= last; added++)
            {
                if (double.IsNaN(x[added])) continue;
                sum += x[added];
                count++;
            }

            for (; removed < i - before; removed++)
            {
                if (double.IsNaN(x[removed])) continue;
                sum -= x[removed];
                count--;
            }

            destination[i] = count == 0 ? double.NaN : sum / count;
        }
    }

    /// <summary>
    /// Moving median in O(n log w): a sliding two-heap median (lower half in a max-heap, upper half in a min-heap).
    /// With an even number of present samples the median is the mean of the two middle ones.
    /// </summary>
    /// <inheritdoc cref="MovingMean" path="/param"/>
    public static void MovingMedian(ReadOnlySpan<double> x, int window, WindowAlignment alignment, Span<double> destination)
    {
        var (before, after) = Extent(window, alignment);
        Check.SameLength(x.Length, destination.Length, nameof(destination));
        var median = new SlidingMedian(window);
        var added = 0;
        var removed = 0;
        for (var i = 0; i < x.Length; i++)
        {
            // Leaving samples go first: the slot of sample k is k mod w, which the entering sample reuses.
            for (; removed < i - before; removed++) median.Remove(removed % window);
            for (var last = Math.Min(x.Length - 1, i + after); added <= last; added++)
            {
                if (!double.IsNaN(x[added])) median.Add(added % window, x[added]);
            }

            destination[i] = median.Median;
        }
    }

    /// <summary>Samples before and after the output sample covered by the window.</summary>
    internal static (int Before, int After) Extent(int window, WindowAlignment alignment)
    {
        switch (alignment)
        {
            case WindowAlignment.Centered:
                Check.Odd(window, nameof(window));
                return (window / 2, window / 2);
            case WindowAlignment.Trailing:
                Check.Positive(window, nameof(window));
                return (window - 1, 0);
            default:
                throw new ArgumentOutOfRangeException(nameof(alignment), alignment, "unknown window alignment");
        }
    }
}
