using System.Globalization;
using Formcast.Core;

namespace Formcast.Analytics;

/// <summary>
/// Simulates a plan of future sessions with and without changes, side by side. Both run through the same daily-state
/// recursion as the stored athlete-days (so fitness, fatigue, form, ramp, acute:chronic ratios and monotony follow the
/// athlete's conventions exactly), continuing from the stored history; with a fitted twin, performance is predicted from
/// the history's and the plan's loads. Days are flagged with load-based signals (EWMA ratio, monotony, ramp) — signals
/// to discuss, not injury predictions.
/// </summary>
public static class WhatIfSimulator
{
    /// <summary>Parses <paramref name="changeText"/> and simulates; a parse error is returned, not thrown.</summary>
    public static (WhatIfResult? Result, PlanChangeParseResult Parse) Simulate(
        IReadOnlyList<AthleteDay> history, IReadOnlyList<PlannedSession> plan, DateOnly planStart, DateOnly planEnd, string changeText,
        TwinFit? twin = null, WhatIfOptions? options = null)
    {
        var parse = PlanChangeParser.Parse(changeText);
        return parse.IsSuccess ? (Simulate(history, plan, planStart, planEnd, parse.Changes, twin, options), parse) : (null, parse);
    }

    /// <summary>
    /// Simulates <paramref name="plan"/> from <paramref name="planStart"/> to <paramref name="planEnd"/> unchanged and with
    /// <paramref name="changes"/> applied in order.
    /// </summary>
    /// <param name="history">Stored athlete-days ending the day before <paramref name="planStart"/> (at least
    /// <see cref="DailyStateOptions.CarryDays"/>, computed with <see cref="WhatIfOptions.DailyState"/>); empty for an
    /// athlete without history. With a twin, pass all days the twin was fitted on: its performance sums start there.</param>
    /// <param name="plan">Planned sessions; sessions outside the plan window are ignored.</param>
    /// <param name="planStart">First planned day.</param>
    /// <param name="planEnd">Last planned day.</param>
    /// <param name="changes">Changes, applied in order.</param>
    /// <param name="twin">Fitted twin for performance, or null.</param>
    /// <param name="options">Session defaults and signal levels.</param>
    public static WhatIfResult Simulate(
        IReadOnlyList<AthleteDay> history, IReadOnlyList<PlannedSession> plan, DateOnly planStart, DateOnly planEnd,
        IReadOnlyList<PlanChange> changes, TwinFit? twin = null, WhatIfOptions? options = null)
    {
        options ??= new WhatIfOptions();
        options.DailyState.Validate();
        if (planEnd < planStart) throw new ArgumentException("the plan ends before it starts", nameof(planEnd));
        if (history.Count > 0 && history[^1].Date != planStart.AddDays(-1))
            throw new ArgumentException($"history must end the day before the plan starts ({planStart.AddDays(-1):yyyy-MM-dd})", nameof(history));
        var provenance = options.DailyState.Describe();
        if (history.Count > 0 && history[^1].Provenance != provenance)
            throw new ArgumentException("history was computed with other daily-state conventions than the simulation's", nameof(history));

        if (history.Count > 0 && history[^1].Metrics.TryGetValue(MetricNames.LoadHistoryDays, out var known)
            && history.Count < Math.Min(options.DailyState.CarryDays, (int)known))
            throw new ArgumentException($"history needs at least {options.DailyState.CarryDays} days", nameof(history));
        var athleteId = history.Count > 0 ? history[0].AthleteId : plan.Count > 0 ? plan[0].AthleteId : default;
        var window = plan.Where(s => s.Date >= planStart && s.Date <= planEnd).OrderBy(s => s.Date).ToList();
        var notes = new List<string>();
        var changed = window;
        foreach (var change in changes) changed = PlanEditor.Apply(changed, change, planStart, planEnd, athleteId, options, notes);
        if (twin is null) notes.Add("no fitted twin: performance is not predicted");

        return new WhatIfResult(
            Run(history, window, planStart, planEnd, twin, options, provenance),
            Run(history, changed, planStart, planEnd, twin, options, provenance),
            [.. changes.Select(c => c.Describe())],
            notes);
    }

    private static PlanTrajectory Run(IReadOnlyList<AthleteDay> history, List<PlannedSession> plan, DateOnly start, DateOnly end,
        TwinFit? twin, WhatIfOptions options, string provenance)
    {
        var engine = new DailyStateEngine(options.DailyState, provenance);
        if (history.Count > 0) engine.Restore(history);
        var days = end.DayNumber - start.DayNumber + 1;
        var loads = new double[days];
        foreach (var s in plan) loads[s.Date.DayNumber - start.DayNumber] += s.PlannedLoad;

        double[]? performance = null;
        if (twin is not null)
        {
            var series = history.Select(d => d.Load).Concat(loads).ToArray();
            performance = twin.Predict(series)[history.Count..];
        }

        var empty = new ReadinessResult(null, [], DayQualityFlags.None, []);
        var result = new List<TrajectoryDay>(days);
        for (var i = 0; i < days; i++)
        {
            var date = start.AddDays(i);
            SessionLoad[] sessions = loads[i] > 0 ? [new SessionLoad { Date = date, Load = loads[i], Source = LoadSource.None }] : [];
            var day = engine.Step(default, date, sessions, declaredRest: true, empty);
            var signals = new List<string>();
            if (day.AcwrEwma is { } acwr && acwr > options.AcwrWarning)
                signals.Add(Invariant($"EWMA acute:chronic ratio {acwr:0.00} above {options.AcwrWarning:0.0#}"));
            if (day.Monotony is { } monotony && monotony >= options.MonotonyWarning)
                signals.Add(Invariant($"monotony {monotony:0.00} at or above {options.MonotonyWarning:0.0#}"));
            if (day.RampRate is { } ramp && ramp > options.RampRateWarning)
                signals.Add(Invariant($"fitness ramp +{ramp:0.0} in {options.DailyState.RampDays} days above {options.RampRateWarning:0.#}"));
            result.Add(new TrajectoryDay(date, day.Load, day.Fitness!.Value, day.Fatigue!.Value, day.Form!.Value, performance?[i], day.RampRate,
                day.AcwrRollingCoupled, day.AcwrRollingUncoupled, day.AcwrEwma, day.Monotony, day.Strain, signals));
        }

        return new PlanTrajectory(plan, result);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
