using System.Globalization;
using Formcast.Core;

namespace Formcast.Workflows.WhatIf;

/// <summary>
/// The unchanged plan a what-if starts from when no plan is stored: the athlete's last four weeks repeated. Day k of
/// the plan copies the stored day <c>planStart − 28 + (k mod 28)</c> (the same weekday), as one session carrying that
/// day's load and training minutes; days without load stay free. Several sessions on one day become one session. Each
/// session gets an intensity class from its load per hour on the common scale (100 = one hour at threshold), so that
/// "move the long run" and "add interval sessions" find and avoid the right days.
/// </summary>
public static class BaselinePlan
{
    /// <summary>Days repeated: four weeks, a multiple of seven so weekdays stay in place.</summary>
    public const int TemplateDays = 28;

    /// <summary>Planner name of the sessions it makes.</summary>
    public const string Planner = "repeat-last-4-weeks";

    /// <summary>The rule in one sentence, shown with every what-if.</summary>
    public static string Rule =>
        "the last 4 weeks of stored days repeated, weekday for weekday: each day's load and training minutes as one session, " +
        "its kind from load per hour on the common scale (< 50 recovery, < 65 easy, < 78 moderate, < 90 threshold, else intervals; " +
        "intensity² × 100 for intensity 0.71/0.81/0.88/0.95 of threshold)";

    /// <summary>
    /// Repeats the last <see cref="TemplateDays"/> of <paramref name="history"/> (fewer when the history is shorter, in
    /// whole weeks) from <paramref name="planStart"/> to <paramref name="planEnd"/>.
    /// </summary>
    /// <param name="history">Stored days ending the day before <paramref name="planStart"/>, oldest first.</param>
    /// <param name="planStart">First planned day.</param>
    /// <param name="planEnd">Last planned day.</param>
    public static List<PlannedSession> RepeatLastWeeks(IReadOnlyList<AthleteDay> history, DateOnly planStart, DateOnly planEnd)
    {
        ArgumentNullException.ThrowIfNull(history);
        var length = Math.Min(TemplateDays, history.Count / 7 * 7);
        var plan = new List<PlannedSession>();
        if (length == 0) return plan;
        var template = new Dictionary<DateOnly, AthleteDay>();
        foreach (var day in history) template[day.Date] = day;
        var first = planStart.AddDays(-length);
        for (var date = planStart; date <= planEnd; date = date.AddDays(1))
        {
            var source = first.AddDays((date.DayNumber - planStart.DayNumber) % length);
            if (!template.TryGetValue(source, out var day) || !(day.Load > 0)) continue;
            plan.Add(new PlannedSession
            {
                AthleteId = day.AthleteId,
                Date = date,
                Intensity = Classify(day.Load, day.TrainingMinutes),
                PlannedLoad = day.Load,
                DurationMinutes = day.TrainingMinutes,
                Planner = Planner,
                Reason = string.Create(CultureInfo.InvariantCulture, $"as on {source:yyyy-MM-dd}"),
            });
        }

        return plan;
    }

    /// <summary>Intensity class from load per hour on the common scale (see <see cref="Rule"/>); moderate without minutes.</summary>
    public static SessionIntensity Classify(double load, double minutes)
    {
        if (!(minutes > 0)) return SessionIntensity.Moderate;
        var perHour = load / (minutes / 60);
        return perHour switch
        {
            < 50 => SessionIntensity.Recovery,
            < 65 => SessionIntensity.Easy,
            < 78 => SessionIntensity.Moderate,
            < 90 => SessionIntensity.Threshold,
            _ => SessionIntensity.Intervals,
        };
    }
}
