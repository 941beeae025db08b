using Formcast.Signals.Internal;

namespace Formcast.Signals;

/// <summary>
/// Resamples irregularly timed samples onto a uniform clock t_k = start + k·period (e.g. 1 Hz for activity streams,
/// 4 Hz for an RR tachogram, 100 Hz for IMU data). NaN input values are missing and skipped. A grid point gets NaN
/// when it lies before the first or after the last present sample, or inside a gap longer than
/// <c>maxGapSeconds</c>: recording pauses are not bridged.
/// </summary>
public static class Resampling
{
    /// <summary>Number of grid points start, start + period, … that do not pass <paramref name="endSeconds"/>.</summary>
    public static int SampleCount(double startSeconds, double endSeconds, double periodSeconds)
    {
        Check.Finite(startSeconds, nameof(startSeconds));
        Check.Finite(endSeconds, nameof(endSeconds));
        Check.Positive(periodSeconds, nameof(periodSeconds));
        if (endSeconds < startSeconds) return 0;

        // A relative tolerance keeps an end that is a whole number of periods away (up to rounding) on the grid.
        var steps = Math.Floor(((endSeconds - startSeconds) / periodSeconds) + 1e-9);
        return checked((int)steps + 1);
    }

    /// <summary>
    /// Linear interpolation between the present samples that bracket each grid point, when they are at most
    /// <paramref name="maxGapSeconds"/> apart. A grid point that coincides with a sample takes its value (the last
    /// one when times repeat).
    /// </summary>
    /// <param name="timeSeconds">Sample times, finite and non-decreasing.</param>
    /// <param name="values">Sample values; NaN = missing.</param>
    /// <param name="startSeconds">Time of the first grid point.</param>
    /// <param name="periodSeconds">Grid spacing (1 / rate).</param>
    /// <param name="maxGapSeconds">Largest spacing between present samples that is interpolated across.</param>
    /// <param name="destination">One value per grid point; its length sets the number of grid points.</param>
    public static void Linear(
        ReadOnlySpan<double> timeSeconds, ReadOnlySpan<double> values, double startSeconds, double periodSeconds,
        double maxGapSeconds, Span<double> destination) =>
        Resample(timeSeconds, values, startSeconds, periodSeconds, maxGapSeconds, destination, linear: true);

    /// <summary>
    /// Previous-value (sample-and-hold) resampling: each grid point takes the last present sample at or before it,
    /// held for at most <paramref name="maxGapSeconds"/>. This is how smart-recording devices mean their samples
    /// (a value holds until the next one).
    /// </summary>
    /// <param name="timeSeconds">Sample times, finite and non-decreasing.</param>
    /// <param name="values">Sample values; NaN = missing.</param>
    /// <param name="startSeconds">Time of the first grid point.</param>
    /// <param name="periodSeconds">Grid spacing (1 / rate).</param>
    /// <param name="maxGapSeconds">Longest time a value is held.</param>
    /// <param name="destination">One value per grid point; its length sets the number of grid points.</param>
    public static void PreviousValue(
        ReadOnlySpan<double> timeSeconds, ReadOnlySpan<double> values, double startSeconds, double periodSeconds,
        double maxGapSeconds, Span<double> destination) =>
        Resample(timeSeconds, values, startSeconds, periodSeconds, maxGapSeconds, destination, linear: false);

    private static void Resample(
        ReadOnlySpan<double> timeSeconds, ReadOnlySpan<double> values, double startSeconds, double periodSeconds, double maxGapSeconds,
        Span<double> destination, bool linear)
    {
        Check.SameLength(timeSeconds.Length, values.Length, nameof(values));
        Check.Ascending(timeSeconds, nameof(timeSeconds));
        Check.Finite(startSeconds, nameof(startSeconds));
        Check.Positive(periodSeconds, nameof(periodSeconds));
        Check.NonNegative(maxGapSeconds, nameof(maxGapSeconds));

        var previous = -1;
        var next = NextPresent(values, 0);
        var last = values.Length - 1;
        while (last >= 0 && double.IsNaN(values[last])) last--;
        for (var k = 0; k < destination.Length; k++)
        {
            var t = startSeconds + (k * periodSeconds);

            // previous = last present sample at or before t; next = first present sample after it.
            while (next >= 0 && timeSeconds[next] <= t)
            {
                previous = next;
                next = NextPresent(values, next + 1);
            }

            if (previous < 0 || t > timeSeconds[last])
            {
                destination[k] = double.NaN;
            }
            else if (timeSeconds[previous] == t)
            {
                destination[k] = values[previous];
            }
            else if (linear)
            {
                // t < timeSeconds[last] here, so a next sample exists.
                var (t0, t1) = (timeSeconds[previous], timeSeconds[next]);
                destination[k] = t1 - t0 > maxGapSeconds
                    ? double.NaN
                    : values[previous] + ((values[next] - values[previous]) * (t - t0) / (t1 - t0));
            }
            else
            {
                destination[k] = t - timeSeconds[previous] > maxGapSeconds ? double.NaN : values[previous];
            }
        }
    }

    private static int NextPresent(ReadOnlySpan<double> values, int from)
    {
        for (var i = from; i < values.Length; i++)
        {
            if (!double.IsNaN(values[i])) return i;
        }

        return -1;
    }
}
