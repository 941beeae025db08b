namespace Formcast.Analytics;

/// <summary>
/// Daniels &amp; Gilbert's running equations (Daniels &amp; Gilbert 1979, <i>Oxygen Power</i>; the basis of the VDOT tables
/// in <i>Daniels' Running Formula</i>): oxygen cost of running at v m/min
/// <c>VO2(v) = −4.6 + 0.182258·v + 0.000104·v²</c> ml·kg⁻¹·min⁻¹, the fraction of VO2max sustainable for t minutes
/// <c>%VO2max(t) = 0.8 + 0.1894393·e^(−0.012778·t) + 0.2989558·e^(−0.1932605·t)</c>, and
/// <c>VDOT = VO2(v) ÷ %VO2max(t)</c> for a race of t minutes at average speed v.
/// </summary>
public static class Vdot
{
    /// <summary>Oxygen cost of running at <paramref name="speedMetersPerMinute"/>, ml·kg⁻¹·min⁻¹.</summary>
    public static double OxygenCost(double speedMetersPerMinute) =>
        -4.6 + (0.182258 * speedMetersPerMinute) + (0.000104 * speedMetersPerMinute * speedMetersPerMinute);

    /// <summary>Fraction of VO2max that can be sustained for <paramref name="minutes"/>.</summary>
    public static double SustainableFraction(double minutes) =>
        0.8 + (0.1894393 * Math.Exp(-0.012778 * minutes)) + (0.2989558 * Math.Exp(-0.1932605 * minutes));

    /// <summary>VDOT of a race of <paramref name="distanceMeters"/> run in <paramref name="timeSeconds"/>.</summary>
    public static double FromRace(double distanceMeters, double timeSeconds)
    {
        var minutes = timeSeconds / 60;
        return OxygenCost(distanceMeters / minutes) / SustainableFraction(minutes);
    }

    /// <summary>Speed, m/s, whose oxygen cost is <paramref name="oxygenCost"/> ml·kg⁻¹·min⁻¹ (the positive root of the
    /// cost quadratic).</summary>
    public static double SpeedAtOxygenCost(double oxygenCost)
    {
        const double a = 0.000104, b = 0.182258;
        var metersPerMinute = (-b + Math.Sqrt((b * b) + (4 * a * (oxygenCost + 4.6)))) / (2 * a);
        return metersPerMinute / 60;
    }

    /// <summary>
    /// Race time, seconds, over <paramref name="distanceMeters"/> that a runner of <paramref name="vdot"/> is predicted to
    /// run: the root of VDOT(d, t) = vdot, found by bisection (VDOT falls monotonically as time grows) to 1 ms.
    /// </summary>
    public static double PredictTimeSeconds(double vdot, double distanceMeters)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(distanceMeters);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(vdot);
        // Brackets: 1 min/km is faster than any human; 30 min/km slower than walking.
        double fast = distanceMeters * 0.06, slow = distanceMeters * 1.8;
        while (slow - fast > 1e-3)
        {
            var mid = 0.5 * (fast + slow);
            if (FromRace(distanceMeters, mid) > vdot) fast = mid;
            else slow = mid;
        }

        return 0.5 * (fast + slow);
    }
}
