using Formcast.Core;

namespace Formcast.Analytics;

/// <summary>
/// Computes athlete-days: load, fitness/fatigue/form, ramp rate, acute:chronic ratios, monotony and strain, readiness
/// and data-quality flags, one row per calendar day in the athlete's time zone.
/// <para>
/// Incremental contract: <see cref="Continue"/> takes the stored days ending the day before the first day to compute
/// (at least <see cref="DailyStateOptions.CarryDays"/> of them, or all since the history began), the sessions from that
/// day on and wellness from <see cref="DailyStateOptions.RawLookbackDays"/> before it, and returns exactly what
/// <see cref="Compute"/> over the whole history returns for those days. After importing an activity on day D, recompute
/// from D to today.
/// </para>
/// </summary>
public sealed class AthleteDayCalculator
{
    private readonly string _provenance;

    public AthleteDayCalculator(DailyStateOptions? options = null)
    {
        Options = options ?? new DailyStateOptions();
        Options.Validate();
        _provenance = Options.Describe();
    }

    public DailyStateOptions Options { get; }

    /// <summary>The provenance string every computed day carries.</summary>
    public string Provenance => _provenance;

    /// <summary>Full computation of <paramref name="start"/>…<paramref name="end"/>, the load history starting at
    /// <paramref name="start"/> from zero.</summary>
    public IReadOnlyList<AthleteDay> Compute(AthleteId athleteId, AthleteDayInputs inputs, DateOnly start, DateOnly end)
    {
        if (end < start) throw new ArgumentException($"end {end:yyyy-MM-dd} is before start {start:yyyy-MM-dd}", nameof(end));
        var engine = new DailyStateEngine(Options, _provenance);
        return Run(engine, athleteId, inputs, start, end);
    }

    /// <summary>
    /// Incremental computation of the days after the last of <paramref name="previousDays"/> up to
    /// <paramref name="end"/>. <paramref name="previousDays"/> are stored days in date order without gaps, computed with
    /// the same options; give at least <see cref="DailyStateOptions.CarryDays"/> of them unless the history is shorter.
    /// </summary>
    public IReadOnlyList<AthleteDay> Continue(AthleteId athleteId, IReadOnlyList<AthleteDay> previousDays, AthleteDayInputs inputs, DateOnly end)
    {
        if (previousDays.Count == 0) throw new ArgumentException("at least one stored day is required; use Compute for a fresh history", nameof(previousDays));
        for (var i = 1; i < previousDays.Count; i++)
        {
            if (previousDays[i].Date.DayNumber != previousDays[i - 1].Date.DayNumber + 1)
                throw new ArgumentException($"stored days must be consecutive: {previousDays[i - 1].Date:yyyy-MM-dd} is followed by {previousDays[i].Date:yyyy-MM-dd}", nameof(previousDays));
        }

        var last = previousDays[^1];
        if (!string.Equals(last.Provenance, _provenance, StringComparison.Ordinal))
            throw new ArgumentException($"stored days were computed with other conventions ('{last.Provenance}'); recompute the history in full", nameof(previousDays));
        var history = last.Metrics.TryGetValue(MetricNames.LoadHistoryDays, out var h) ? (int)h : 0;
        if (previousDays.Count < Math.Min(Options.CarryDays, history))
            throw new ArgumentException($"{previousDays.Count} stored days given; {Math.Min(Options.CarryDays, history)} are needed", nameof(previousDays));

        var start = last.Date.AddDays(1);
        if (end < start) return [];
        var engine = new DailyStateEngine(Options, _provenance);
        engine.Restore(previousDays);
        return Run(engine, athleteId, inputs, start, end);
    }

    private List<AthleteDay> Run(DailyStateEngine engine, AthleteId athleteId, AthleteDayInputs inputs, DateOnly start, DateOnly end)
    {
        var days = end.DayNumber - start.DayNumber + 1;
        var sessionsByDay = new List<SessionLoad>[days];
        foreach (var session in inputs.Sessions)
        {
            var index = session.Date.DayNumber - start.DayNumber;
            if ((uint)index < (uint)days) (sessionsByDay[index] ??= []).Add(session);
        }

        var lookback = Options.RawLookbackDays;
        var series = new WellnessSeries(start.AddDays(-lookback), days + lookback, inputs.Wellness);
        var result = new List<AthleteDay>(days);
        for (var i = 0; i < days; i++)
        {
            var date = start.AddDays(i);
            var readiness = ReadinessEvaluator.Evaluate(series, i + lookback, Options.Readiness);
            var declaredRest = inputs.RestDays.Contains(date) || series.HasEntry[i + lookback];
            var sessions = sessionsByDay[i] is { } list ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list) : [];
            result.Add(engine.Step(athleteId, date, sessions, declaredRest, readiness));
        }

        return result;
    }
}
