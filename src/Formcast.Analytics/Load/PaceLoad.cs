namespace Formcast.Analytics;

/// <summary>
/// Pace-based running load: intensity = moving-time mean of grade-adjusted speed ÷ threshold speed, load =
/// moving hours × intensity² × 100, so one hour at threshold pace on the flat scores 100 — the running counterpart of
/// <see cref="PowerLoad"/> (same construction as the power load with speed in place of power). Unlike power, speed is
/// not raised to the fourth power over a rolling window: the energy cost of running per metre is nearly independent of
/// speed (Minetti et al. 2002), so mean graded speed tracks metabolic rate.
/// </summary>
public static class PaceLoad
{
    /// <summary>Speeds below this are standing or walking breaks and do not count as moving, m/s.</summary>
    public const double MovingSpeedMetersPerSecond = 0.5;

    /// <summary>Threshold speed, m/s, from threshold pace in seconds per kilometre.</summary>
    public static double ThresholdSpeed(double thresholdPaceSecondsPerKm) => 1000 / thresholdPaceSecondsPerKm;

    public static double Intensity(double gradeAdjustedSpeedMetersPerSecond, double thresholdSpeedMetersPerSecond) =>
        gradeAdjustedSpeedMetersPerSecond / thresholdSpeedMetersPerSecond;

    public static double Load(double movingSeconds, double intensity) => movingSeconds / 3600 * intensity * intensity * 100;

    /// <summary>
    /// Moving seconds and time-weighted mean grade-adjusted speed of a stream (grades as fractions, one per sample).
    /// Each sample stands for the interval ending at it.
    /// </summary>
    public static (double MovingSeconds, double MeanAdjustedSpeed) MeanAdjustedSpeed(
        ReadOnlySpan<double> timeSeconds, ReadOnlySpan<double> speedMetersPerSecond, ReadOnlySpan<double> grades,
        double maxSampleIntervalSeconds = SampleDurations.DefaultMaxIntervalSeconds)
    {
        var durations = SampleDurations.Compute(timeSeconds, maxSampleIntervalSeconds);
        var moving = 0.0;
        var distance = 0.0;
        for (var i = 0; i < speedMetersPerSecond.Length; i++)
        {
            var v = speedMetersPerSecond[i];
            if (double.IsNaN(v) || v < MovingSpeedMetersPerSecond) continue;
            moving += durations[i];
            distance += durations[i] * GradeAdjustedPace.AdjustedSpeed(v, grades[i]);
        }

        return (moving, moving > 0 ? distance / moving : double.NaN);
    }
}
