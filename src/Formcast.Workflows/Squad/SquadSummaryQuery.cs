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
            lines.Add(new AthleteSummary(
                athlete.Id, athlete.Handle, athlete.Sport, athlete.Sex, athlete.AgeIn(reference.Year), athlete.Level,
                Math.Round(week.Sum(d => d.Load), 1), week.Sum(d => d.SessionCount), Math.Round(week.Sum(d => d.TrainingMinutes), 1),
                Math.Round(answered / 28.0, 3),
                history.Where(d => d.Status == DayStatus.Trained && d.Date <= reference).Select(d => (DateOnly?)d.Date).LastOrDefault(),
                open is null ? null : $"{open.BodyPart} {open.Type} since {open.OnsetDate:yyyy-MM-dd}"));
        }

        return new SquadSummary(reference, lines);
    }
}
