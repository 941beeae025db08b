namespace Formcast.Analytics;

/// <summary>
/// Runalyze's "marathon shape" (basic endurance) and the VDOT adjustment it drives for long races (Runalyze
/// <c>Calculation/BasicEndurance.php</c> and <c>Calculation/Prognosis/Daniels.php</c>; not part of Daniels' own
/// method). Targets for a runner of VDOT v: weekly distance v^1.135 km and long runs of 12·ln(v/4) km. Shape =
/// 67 % weekly-distance share + 33 % long-run share, in percent; a long run (over 13 km, last 70 days) earns
/// (2 − 2·age/70) × ((km − 13) / (12·ln(v/4) − 13))² points, summed and scaled by 7/70. For a race of d km the VDOT is
/// multiplied by <c>min(1, 0.6 + 0.4 × max(0, 1 − (d^1.23 − shape)/100))</c>.
/// </summary>
public static class MarathonShape
{
    public const double LongRunMinimumKm = 13;
    public const int LongRunDays = 70;
    public const int WeeklyDistanceDays = 182;
    public const int WeeklyDistanceMinimumDays = 70;
    public const double WeeklyShare = 0.67;
    public const double LongRunShare = 0.33;

    /// <summary>Target weekly distance, km, for <paramref name="vdot"/> (at least 10 is used).</summary>
    public static double TargetWeeklyKm(double vdot) => Math.Pow(Math.Max(vdot, 10), 1.135);

    /// <summary>Target long-run distance, km, for <paramref name="vdot"/>.</summary>
    public static double TargetLongRunKm(double vdot) => 12 * Math.Log(vdot / 4);

    /// <summary>
    /// Shape in percent (can exceed 100) from the runs before the reference day.
    /// </summary>
    /// <param name="vdot">The runner's VDOT.</param>
    /// <param name="runs">Runs as (distance in km, days before the reference day, 0 = that day).</param>
    /// <param name="historyDays">Days since the athlete's first recorded run; the weekly window is clamped to 70–182 days.</param>
    public static double Percent(double vdot, IEnumerable<(double Km, double DaysAgo)> runs, int historyDays)
    {
        var weekDays = Math.Clamp(historyDays, WeeklyDistanceMinimumDays, WeeklyDistanceDays);
        var longRunTarget = TargetLongRunKm(vdot) - LongRunMinimumKm;
        double weekKm = 0, longPoints = 0;
        foreach (var (km, age) in runs)
        {
            if (age < 0) continue;
            if (age <= weekDays) weekKm += km;
            if (km > LongRunMinimumKm && age <= LongRunDays)
                longPoints += (2 - (2.0 / LongRunDays * age)) * Math.Pow((km - LongRunMinimumKm) / longRunTarget, 2);
        }

        var weekShare = weekKm * 7 / weekDays / TargetWeeklyKm(vdot);
        var longShare = longPoints * 7 / LongRunDays;
        return 100 * ((weekShare * WeeklyShare) + (longShare * LongRunShare));
    }

    /// <summary>VDOT multiplier for a race of <paramref name="distanceKm"/> at the given shape (percent).</summary>
    public static double AdjustmentFactor(double distanceKm, double shapePercent)
    {
        var required = Math.Pow(distanceKm, 1.23);
        var factor = Math.Max(0, 1 - ((required - shapePercent) / 100));
        return Math.Min(1, 0.6 + (0.4 * factor));
    }
}
