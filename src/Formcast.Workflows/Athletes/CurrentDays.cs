using Formcast.Core;
using Formcast.Storage;
using Formcast.Workflows.Daily;

namespace Formcast.Workflows.Athletes;

/// <summary>
/// Makes sure an athlete's stored days run to today before they are read: when they stop earlier, or were computed with
/// other conventions, <see cref="DailyStateWorkflow"/> continues them from the day after the last stored one (in full
/// when it cannot continue). Days after the last record read as "not recorded", never as silently missing.
/// </summary>
public static class CurrentDays
{
    /// <summary>Returns the athlete's stored days up to today, after bringing them up to date.</summary>
    public static async Task<IReadOnlyList<AthleteDay>> EnsureAsync(DailyStateWorkflow daily, IFormcastStore store, AccessContext access, Athlete athlete,
        DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(daily);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(athlete);
        var days = await store.ListAthleteDaysAsync(access, athlete.Id, DateRange.All, cancellationToken).ConfigureAwait(false);
        var provenance = daily.Options.Describe();
        if (days.Count > 0 && days[^1].Date >= today && days[^1].Provenance == provenance) return days;

        var from = days.Count > 0 && days[^1].Provenance == provenance ? days[^1].Date.AddDays(1) : (DateOnly?)null;
        await daily.RecomputeAsync(athlete, from, cancellationToken).ConfigureAwait(false);
        return await store.ListAthleteDaysAsync(access, athlete.Id, DateRange.All, cancellationToken).ConfigureAwait(false);
    }
}
