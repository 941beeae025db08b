namespace Formcast.Analytics;

/// <summary>
/// A personal easy-running speed range that shifts with readiness. The base is Daniels' easy intensity, 59–74 % of
/// VO2max (<i>Daniels' Running Formula</i>), converted to speeds through the Daniels–Gilbert oxygen cost. Formcast's rule
/// (a convention, motivated by HRV-guided training evidence that intensity should follow recovery status — Vesterinen
/// et al. 2016, MSSE 48:1347): with s = clamp((readiness − 50)/30, −1, 1),
/// when recovered (s &gt; 0) the slow end rises towards 65 % (0.59 + 0.06·s) so the range sits at its faster end;
/// when fatigued (s &lt; 0) the fast end drops towards 64 % (0.74 + 0.10·s) and the slow end towards 56 %
/// (0.59 + 0.03·s). Without a readiness number the Daniels range is returned unchanged.
/// </summary>
public static class EasyPaceRange
{
    public const double DanielsLowFraction = 0.59;
    public const double DanielsHighFraction = 0.74;

    /// <summary>Easy speed range (slow, fast) in m/s for <paramref name="vdot"/> and today's readiness (0–100).</summary>
    public static (double SlowMetersPerSecond, double FastMetersPerSecond, double LowFraction, double HighFraction) For(double vdot, double? readiness)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(vdot);
        double low = DanielsLowFraction, high = DanielsHighFraction;
        if (readiness is { } r)
        {
            var s = Math.Clamp((r - 50) / 30, -1, 1);
            if (s > 0) low += 0.06 * s;
            else
            {
                high += 0.10 * s;
                low += 0.03 * s;
            }
        }

        return (Vdot.SpeedAtOxygenCost(low * vdot), Vdot.SpeedAtOxygenCost(high * vdot), low, high);
    }

    /// <summary>Pace in seconds per kilometre for a speed in m/s.</summary>
    public static double PaceSecondsPerKm(double speedMetersPerSecond) => 1000 / speedMetersPerSecond;
}
