using Formcast.Analytics;
using Formcast.Core;
using Formcast.Storage;

namespace Formcast.Workflows.Daily;

/// <summary>
/// Keeps the stored athlete-days up to date with <see cref="AthleteDayCalculator"/>. A full recomputation starts at the
/// athlete's first record; an incremental one (after importing something dated D) reloads only the stored days just
/// before D and the raw records the calculator needs, recomputes D … today and replaces that tail — the calculator's
/// contract guarantees the same numbers as a full recomputation. Days run to today in the athlete's time zone, so days
/// since the last record read as "not recorded" rather than silently missing.
/// </summary>
public sealed class DailyStateWorkflow(IFormcastStore store, AccessContext access, DailyStateOptions? options = null, TimeProvider? clock = null)
{
    private readonly AthleteDayCalculator _calculator = new(options);
    private readonly SessionLoadCalculator _loads = new(options?.SessionLoad);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public DailyStateOptions Options => _calculator.Options;

    /// <summary>Recomputes every visible athlete in full.</summary>
    public async Task<int> RecomputeAllAsync(IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        var athletes = await store.ListAthletesAsync(access, cancellationToken).ConfigureAwait(false);
        var days = 0;
        for (var i = 0; i < athletes.Count; i++)
        {
            days += await RecomputeAsync(athletes[i], null, cancellationToken).ConfigureAwait(false);
            progress?.Report((i + 1, athletes.Count));
        }

        return days;
    }

    /// <summary>
    /// Recomputes one athlete from <paramref name="from"/> (incrementally) or in full (null). Returns the number of days
    /// written. Falls back to a full recomputation when the stored days before <paramref name="from"/> are missing or
    /// were computed with other conventions.
    /// </summary>
    public async Task<int> RecomputeAsync(Athlete athlete, DateOnly? from, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(athlete);
        var today = athlete.LocalDayOf(_clock.GetUtcNow());
        if (from is { } start)
        {
            var carry = await store.ListAthleteDaysAsync(access, athlete.Id,
                DateRange.Between(start.AddDays(-_calculator.Options.CarryDays), start.AddDays(-1)), cancellationToken).ConfigureAwait(false);
            if (CanContinueFrom(carry, start))
            {
                var inputs = await LoadInputsAsync(athlete, start, start.AddDays(-_calculator.Options.RawLookbackDays), cancellationToken).ConfigureAwait(false);
                var end = Max(today, LastRecordDay(inputs) ?? start);
                var tail = _calculator.Continue(athlete.Id, carry, inputs, end);
                await ReplaceAsync(athlete.Id, start, tail, cancellationToken).ConfigureAwait(false);
                return tail.Count;
            }
        }

        var all = await LoadInputsAsync(athlete, null, null, cancellationToken).ConfigureAwait(false);
        var first = FirstRecordDay(all);
        if (first is null) return 0;
        var last = Max(today, LastRecordDay(all)!.Value);
        var days = _calculator.Compute(athlete.Id, all, first.Value, last);
        await ReplaceAsync(athlete.Id, first.Value, days, cancellationToken).ConfigureAwait(false);
        return days.Count;
    }

    private bool CanContinueFrom(IReadOnlyList<AthleteDay> carry, DateOnly start)
    {
        if (carry.Count == 0 || carry[^1].Date != start.AddDays(-1)) return false;
        if (carry[^1].Provenance != _calculator.Provenance) return false;
        for (var i = 1; i < carry.Count; i++)
        {
            if (carry[i].Date.DayNumber != carry[i - 1].Date.DayNumber + 1) return false;
        }

        var history = carry[^1].Metrics.TryGetValue(MetricNames.LoadHistoryDays, out var h) ? (int)h : 0;
        return carry.Count >= Math.Min(_calculator.Options.CarryDays, history);
    }

    /// <summary>Sessions (scored) from <paramref name="sessionsFrom"/> and wellness from <paramref name="wellnessFrom"/>.</summary>
    private async Task<AthleteDayInputs> LoadInputsAsync(Athlete athlete, DateOnly? sessionsFrom, DateOnly? wellnessFrom, CancellationToken ct)
    {
        var sessions = new DateRange(sessionsFrom, null);
        var activities = await store.ListActivitiesAsync(access, athlete.Id, sessions, includeStreams: true, ct).ConfigureAwait(false);
        var ratings = await store.ListSessionRpeAsync(access, athlete.Id, sessions, ct).ConfigureAwait(false);
        var wellness = await store.ListWellnessAsync(access, athlete.Id, new DateRange(wellnessFrom, null), ct).ConfigureAwait(false);
        return AthleteDayInputs.Build(athlete, activities, ratings, wellness, _loads);
    }

    private async Task ReplaceAsync(AthleteId athlete, DateOnly from, IReadOnlyList<AthleteDay> days, CancellationToken ct)
    {
        var batch = new StoreBatch();
        batch.AthleteDays.Add(new AthleteDayReplacement(athlete, from, days));
        await store.WriteAsync(access, batch, ct).ConfigureAwait(false);
    }

    private static DateOnly? FirstRecordDay(AthleteDayInputs inputs) =>
        inputs.Sessions.Select(s => (DateOnly?)s.Date).Concat(inputs.Wellness.Select(w => (DateOnly?)w.Date)).Min();

    private static DateOnly? LastRecordDay(AthleteDayInputs inputs) =>
        inputs.Sessions.Select(s => (DateOnly?)s.Date).Concat(inputs.Wellness.Select(w => (DateOnly?)w.Date)).Max();

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
