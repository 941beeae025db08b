using Formcast.Signals;

namespace Formcast.Analytics;

/// <summary>
/// Power-based session load. Normalised power is the fourth root of the mean fourth power of the 30-s rolling mean of a
/// 1-Hz power stream (Allen &amp; Coggan, <i>Training and Racing with a Power Meter</i>, 2nd ed. 2010, ch. 7); intensity
/// is normalised ÷ threshold power, and load = seconds × NP × intensity ÷ (threshold × 3600) × 100, i.e. one hour at
/// threshold scores 100. Formcast calls these "normalised power", "intensity" and "power load" (the original names are
/// trademarks).
/// </summary>
public static class PowerLoad
{
    /// <summary>Length of the rolling window, seconds.</summary>
    public const int RollingSeconds = 30;

    /// <summary>Normalised power of a 1-Hz stream; NaN when it is shorter than the rolling window. Only full 30-s windows
    /// count, so the trailing moving mean's truncated first 29 values are skipped.</summary>
    public static double NormalisedPower(ReadOnlySpan<double> powerOneHertz)
    {
        if (powerOneHertz.Length < RollingSeconds) return double.NaN;
        var rolling = new double[powerOneHertz.Length];
        Smoothing.MovingMean(powerOneHertz, RollingSeconds, WindowAlignment.Trailing, rolling);
        var sumFourth = 0.0;
        for (var i = RollingSeconds - 1; i < rolling.Length; i++) sumFourth += Math.Pow(rolling[i], 4);
        return Math.Pow(sumFourth / (rolling.Length - RollingSeconds + 1), 0.25);
    }

    /// <summary>Normalised power ÷ threshold power.</summary>
    public static double Intensity(double normalisedPowerWatts, double thresholdPowerWatts) => normalisedPowerWatts / thresholdPowerWatts;

    /// <summary>seconds × NP × intensity ÷ (threshold × 3600) × 100.</summary>
    public static double Load(double seconds, double normalisedPowerWatts, double thresholdPowerWatts) =>
        seconds * normalisedPowerWatts * Intensity(normalisedPowerWatts, thresholdPowerWatts) / (thresholdPowerWatts * 3600) * 100;
}
