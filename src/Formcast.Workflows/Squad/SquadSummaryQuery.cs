using System.Globalization;
using Formcast.Analytics;
using Formcast.Core;
using Formcast.Storage;

namespace Formcast.Workflows.Squad;

/// <summary>Builds the squad overview from stored athlete-days: last-7-day load, sessions and minutes (days
/// <c>AsOf−6 … AsOf</c>), the share of the last 28 mornings with wellness answers, and any injury still costing time.</summary>
public static class SquadSummaryQuery
{
    public static async Task<SquadSummary> RunAsync(IFormcastStore store, AccessContext access, DateOnly? asOf = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var athletes = await store.ListAthletesAsync(access, cancellationToken).ConfigureAwait(false);
        var days = new Dictionary<AthleteId, IReadOnlyList<AthleteDay>>();
        foreach (var athlete in athletes)
            days[athlete.Id] = await store.ListAthleteDaysAsync(access, athlete.Id, DateRange.All, cancellationToken).ConfigureAwait(false);

        var reference = asOf ?? days.Values.SelectMany(d => d).Select(d => d.Date).DefaultIfEmpty(DateOnly.FromDateTime(DateTime.UtcNow)).Max();
        var lines = new List<AthleteSummary>();
        foreach (var athlete in athletes)
        {
            var history = days[athlete.Id];
            var week = history.Where(d => d.Date > reference.AddDays(-7) && d.Date <= reference).ToList();
            var month = history.Where(d => d.Date > reference.AddDays(-28) && d.Date <= reference).ToList();
            var answered = month.Count(d => !d.Quality.HasFlag(DayQualityFlags.NoWellness));
            var injuries = await store.ListInjuriesAsync(access, athlete.Id, cancellationToken).ConfigureAwait(false);
            var open = injuries.LastOrDefault(i => i.OnsetDate <= reference && i.OnsetDate.AddDays(i.TimeLossDays) > reference);
            var today = history.LastOrDefault(d => d.Date == reference);
            var injury = open is null ? null : $"{open.BodyPart} {open.Type} since {open.OnsetDate:yyyy-MM-dd}";
            lines.Add(new AthleteSummary(
                athlete.Id, athlete.Handle, athlete.Sport, athlete.Sex, athlete.AgeIn(reference.Year), athlete.Level,
                Math.Round(week.Sum(d => d.Load), 1), week.Sum(d => d.SessionCount), Math.Round(week.Sum(d => d.TrainingMinutes), 1),
                Math.Round(answered / 28.0, 3),
                history.Where(d => d.Status == DayStatus.Trained && d.Date <= reference).Select(d => (DateOnly?)d.Date).LastOrDefault(),
                injury, Round(today?.Fitness, 1), Round(today?.Fatigue, 1), Round(today?.Form, 1), Round(today?.AcwrEwma, 2), Round(today?.Monotony, 2),
                Round(today?.Readiness, 0), Flags(today, injury), today is null ? ["no stored day"] : Names.QualityNotes(today.Quality & ~DayQualityFlags.NoHrv)));
        }

        return new SquadSummary(reference, lines);
    }

    /// <summary>What a coach should look at: an injury still costing time, the what-if's load signals (EWMA ratio,
    /// monotony; the same levels as <see cref="WhatIfOptions"/>), and readiness contributors in the red or below the HRV band.</summary>
    private static List<string> Flags(AthleteDay? day, string? injury)
    {
        var flags = new List<string>();
        if (injury is not null) flags.Add("injured: " + injury);
        if (day is null) return flags;
        if (day.AcwrEwma is { } acwr && acwr > Signals.AcwrWarning)
            flags.Add(string.Create(CultureInfo.InvariantCulture, $"EWMA acute:chronic {acwr:0.00} > {Signals.AcwrWarning:0.0#}"));
        if (day.Monotony is { } monotony && monotony >= Signals.MonotonyWarning)
            flags.Add(string.Create(CultureInfo.InvariantCulture, $"monotony {monotony:0.00} ≥ {Signals.MonotonyWarning:0.0#}"));
        foreach (var c in day.ReadinessContributors)
        {
            if (c.ZScore is not { } z || c.Direction != ContributorDirection.Lowers) continue;
            if (c.Name == "hrv") flags.Add("HRV below normal band");
            else if (z <= -Signals.DailyState.Readiness.RedZ) flags.Add(string.Create(CultureInfo.InvariantCulture, $"{Names.Contributor(c.Name).ToLowerInvariant()} {z:0.0} SD (red)"));
        }

        return flags;
    }

    private static double? Round(double? value, int digits) => value is { } v && double.IsFinite(v) ? Math.Round(v, digits, MidpointRounding.AwayFromZero) : null;

    private static readonly WhatIfOptions Signals = new();
}
