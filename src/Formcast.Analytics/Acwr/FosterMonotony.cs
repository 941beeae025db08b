using Formcast.Signals;

namespace Formcast.Analytics;

/// <summary>
/// Foster's training monotony and strain (Foster 1998, MSSE 30:1164): monotony = mean ÷ standard deviation of the
/// last 7 daily loads, rest days counting as 0; strain = weekly load × monotony. The standard deviation is the
/// population one (÷ 7) and a week with SD = 0 but some load is capped at 10, both as Runalyze
/// (<c>Calculation/Monotony.php</c>), which warns at 1.5 and flags 2.0. A week without any load has no monotony.
/// </summary>
public static class FosterMonotony
{
    /// <summary>Cap for a week of identical non-zero loads.</summary>
    public const double DefaultCap = 10;

    /// <summary>Runalyze's warning level.</summary>
    public const double Warning = 1.5;

    /// <summary>Runalyze's critical level.</summary>
    public const double Critical = 2.0;

    public static double? Monotony(ReadOnlySpan<double> last7Days, double cap = DefaultCap)
    {
        if (last7Days.Length != 7) throw new ArgumentException("exactly 7 daily loads are required", nameof(last7Days));
        var mean = TimeDomain.Mean(last7Days);
        var sd = TimeDomain.PopulationStandardDeviation(last7Days);
        if (!(mean > 0)) return null;
        return sd > 0 ? Math.Min(mean / sd, cap) : cap;
    }

    public static double? Strain(ReadOnlySpan<double> last7Days, double cap = DefaultCap) =>
        Monotony(last7Days, cap) is { } m ? Stats.Sum(last7Days) * m : null;
}
