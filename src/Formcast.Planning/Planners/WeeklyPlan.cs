using Formcast.Core;

namespace Formcast.Planning;

/// <summary>Turns a week of session kinds and a weekly load target into sessions with durations.</summary>
public static class WeeklyPlan
{
    /// <summary>Longest single session the templates produce, minutes.</summary>
    public const double MaxSessionMinutes = 150;

    /// <summary>
    /// Sessions for one week: durations proportional to <see cref="SessionTemplates.RelativeDuration"/>, scaled so
    /// the week's Banister TRIMP equals <paramref name="weeklyLoad"/> (each session capped at
    /// <see cref="MaxSessionMinutes"/>).
    /// </summary>
    public static SessionPrescription[] Build(IReadOnlyList<SessionKind> week, double weeklyLoad, Sex sex, double thresholdReserveFraction, bool indoor = true)
    {
        ArgumentNullException.ThrowIfNull(week);
        var loadPerUnit = 0.0;
        foreach (var kind in week)
            loadPerUnit += SessionTemplates.RelativeDuration(kind) * SessionTemplates.LoadPerMinute(SessionTemplates.Create(kind, 1, thresholdReserveFraction), sex);
        var minutesPerUnit = loadPerUnit > 0 ? Math.Max(0, weeklyLoad) / loadPerUnit : 0;
        return [.. week.Select(kind => SessionTemplates.Create(kind, Math.Min(MaxSessionMinutes, SessionTemplates.RelativeDuration(kind) * minutesPerUnit), thresholdReserveFraction, indoor))];
    }

    /// <summary>
    /// Load factor of a traditional periodised block for <paramref name="day"/> of <paramref name="horizonDays"/>:
    /// 3:1 mesocycles (+8 % a week for three weeks, then a 30 % lighter recovery week; Issurin 2010, Sports Med
    /// 40:189 reviews such block designs) and a final-week taper to 60 % (Bosquet et al. 2007: reduce volume by
    /// 40–60 % for 8–14 days, keep intensity).
    /// </summary>
    public static double PeriodisationFactor(int day, int horizonDays)
    {
        if (day >= horizonDays - 7) return 0.6;
        var week = day / 7;
        var inBlock = week % 4;
        var block = week / 4;
        return inBlock == 3 ? 0.75 : (1 + (0.08 * inBlock)) * Math.Pow(1.04, block);
    }
}
