namespace Formcast.Analytics;

/// <summary>
/// How long each sample of a stream stands for. Formcast follows Runalyze's time-series histogram
/// (<c>Calculation/Distribution/TimeSeries.php</c>): sample i covers the interval that ends at it, t[i] − t[i−1], and the
/// first sample covers t[0] − 0. Intervals longer than a cap are pauses (auto-pause, lost signal) and count only up to
/// the cap, so a resumed recording does not credit minutes of standing still to the first sample after it.
/// </summary>
/// <remarks>Formcast.Signals has no per-sample duration kernel (its resampling works on a uniform clock instead), so this
/// stays here.</remarks>
internal static class SampleDurations
{
    /// <summary>Default longest interval one sample may stand for, seconds.</summary>
    public const double DefaultMaxIntervalSeconds = 30;

    public static void Compute(ReadOnlySpan<double> timeSeconds, Span<double> destination, double maxIntervalSeconds = DefaultMaxIntervalSeconds)
    {
        if (destination.Length < timeSeconds.Length) throw new ArgumentException("destination is shorter than the time stream", nameof(destination));
        var previous = 0.0;
        for (var i = 0; i < timeSeconds.Length; i++)
        {
            var delta = timeSeconds[i] - previous;
            destination[i] = delta <= 0 || double.IsNaN(delta) ? 0 : Math.Min(delta, maxIntervalSeconds);
            previous = timeSeconds[i];
        }
    }

    public static double[] Compute(ReadOnlySpan<double> timeSeconds, double maxIntervalSeconds = DefaultMaxIntervalSeconds)
    {
        var result = new double[timeSeconds.Length];
        Compute(timeSeconds, result, maxIntervalSeconds);
        return result;
    }
}
