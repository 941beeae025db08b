using Formcast.Core;

namespace Formcast.Analytics;

/// <summary>
/// Applies <see cref="PlanChange"/>s to a plan of sessions between a start and an end day. Weeks are 7-day blocks from
/// the plan start. Added sessions go, week by week, to the days with the least planned load; a hard session (threshold,
/// intervals, sprint, race) avoids days that already hold one and, where possible, days next to one.
/// </summary>
internal static class PlanEditor
{
    public static List<PlannedSession> Apply(IReadOnlyList<PlannedSession> plan, PlanChange change, DateOnly start, DateOnly end,
        AthleteId athleteId, WhatIfOptions options, List<string> notes)
    {
        var result = plan.Select(s => s with { }).ToList();
        var weeks = ((end.DayNumber - start.DayNumber) / 7) + 1;
        switch (change)
        {
            case AddSessions add:
                var (defaultLoad, defaultMinutes) = add.IsLongRun ? options.LongRunDefault : options.SessionDefaults.GetValueOrDefault(add.Intensity, (60, 60));
                for (var w = 0; w < Math.Min(weeks, add.Weeks ?? weeks); w++)
                {
                    for (var k = 0; k < add.CountPerWeek; k++)
                    {
                        var day = ChooseDay(result, start.AddDays(7 * w), Min(end, start.AddDays((7 * w) + 6)), IsHard(add.Intensity));
                        if (day is null)
                        {
                            notes.Add($"week {w + 1}: no free day for another {add.Intensity.ToString().ToLowerInvariant()} session");
                            continue;
                        }

                        result.Add(new PlannedSession
                        {
                            AthleteId = athleteId,
                            Date = day.Value,
                            Intensity = add.Intensity,
                            PlannedLoad = add.Load ?? (add.Minutes is { } m ? defaultLoad * m / defaultMinutes : defaultLoad),
                            DurationMinutes = add.Minutes ?? defaultMinutes,
                            Planner = "what-if",
                            Reason = add.Describe(),
                        });
                    }
                }

                break;

            case MoveSession move:
                for (var w = 0; w < weeks; w++)
                {
                    var weekStart = start.AddDays(7 * w);
                    var weekEnd = Min(end, start.AddDays((7 * w) + 6));
                    var inWeek = result.Where(s => s.Date >= weekStart && s.Date <= weekEnd).ToList();
                    var target = move.IsLongRun
                        ? inWeek.Where(s => s.Intensity is SessionIntensity.Easy or SessionIntensity.Moderate && s.DurationMinutes >= options.LongRunMinimumMinutes)
                            .OrderByDescending(s => s.DurationMinutes).ThenBy(s => s.Date).FirstOrDefault()
                        : inWeek.Where(s => s.Intensity == move.Intensity).OrderBy(s => s.Date).FirstOrDefault();
                    var to = Enumerable.Range(0, 7).Select(weekStart.AddDays).FirstOrDefault(d => d.DayOfWeek == move.To && d <= weekEnd);
                    if (target is null || to == default)
                    {
                        notes.Add($"week {w + 1}: nothing to move");
                        continue;
                    }

                    result[result.IndexOf(target)] = target with { Date = to, Reason = move.Describe() };
                }

                break;

            case Taper taper:
                var taperStart = end.AddDays(1 - taper.Days);
                for (var i = 0; i < result.Count; i++)
                {
                    var s = result[i];
                    if (s.Date < taperStart || s.Date > end) continue;
                    var step = s.Date.DayNumber - taperStart.DayNumber + 1;
                    var factor = 1 - (taper.Reduction * step / taper.Days);
                    result[i] = s with { PlannedLoad = s.PlannedLoad * factor, DurationMinutes = s.DurationMinutes * factor };
                }

                break;

            case RestDays rest:
                var from = rest.From ?? start;
                result.RemoveAll(s => s.Date >= from && s.Date < from.AddDays(rest.Days));
                break;

            case ScaleLoad scale:
                var until = scale.Weeks is { } sw ? start.AddDays((7 * sw) - 1) : end;
                for (var i = 0; i < result.Count; i++)
                {
                    if (result[i].Date <= until) result[i] = result[i] with { PlannedLoad = result[i].PlannedLoad * scale.Factor };
                }

                break;

            default:
                throw new ArgumentOutOfRangeException(nameof(change), change, "unknown plan change");
        }

        return [.. result.OrderBy(s => s.Date)];
    }

    private static bool IsHard(SessionIntensity intensity) =>
        intensity is SessionIntensity.Threshold or SessionIntensity.Intervals or SessionIntensity.Sprint or SessionIntensity.Race;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly? ChooseDay(List<PlannedSession> plan, DateOnly from, DateOnly to, bool hard)
    {
        DateOnly? best = null;
        var bestScore = double.PositiveInfinity;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var sessions = plan.Where(s => s.Date == day).ToList();
            var dayIsHard = sessions.Any(s => IsHard(s.Intensity));
            if (hard && dayIsHard) continue;
            var neighbourHard = plan.Any(s => IsHard(s.Intensity) && Math.Abs(s.Date.DayNumber - day.DayNumber) == 1);
            var score = sessions.Sum(s => s.PlannedLoad) + (hard && neighbourHard ? 1000 : 0) + (sessions.Count * 1e-3);
            if (score < bestScore)
            {
                bestScore = score;
                best = day;
            }
        }

        return best;
    }
}
