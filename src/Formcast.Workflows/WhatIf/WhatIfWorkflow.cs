using System.Globalization;
using Formcast.Analytics;
using Formcast.Core;
using Formcast.Storage;
using Formcast.Workflows.Athletes;

namespace Formcast.Workflows.WhatIf;

/// <summary>
/// Runs a what-if for one athlete with <see cref="WhatIfSimulator"/>: the stored athlete-days up to today are the start,
/// the unchanged plan is the last four weeks repeated (<see cref="BaselinePlan"/>), and performance comes from the twin
/// fitted to the athlete's most frequent kind of performance test when there are enough of them.
/// </summary>
public static class WhatIfWorkflow
{
    /// <summary>Longest plan simulated, weeks.</summary>
    public const int MaxWeeks = 52;

    /// <summary>Twin fit options: the weak time-constant priors (the Banister model is poorly identified from a handful of
    /// tests, Hellard et al. 2006) and the library's default bootstrap and leave-one-out.</summary>
    public static TwinFitOptions TwinOptions { get; } = new() { Priors = TwinPriors.WeakTimeConstants };

    /// <summary>Simulates <paramref name="changeText"/> over <paramref name="weeks"/> weeks from the day after the last stored
    /// day up to <paramref name="history"/>'s end (the caller brings days up to today first, see <see cref="CurrentDays"/>).</summary>
    public static async Task<WhatIfOutcome> RunAsync(IFormcastStore store, AccessContext access, Athlete athlete, IReadOnlyList<AthleteDay> history,
        string changeText, int weeks, WhatIfOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(athlete);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(weeks, MaxWeeks);
        options ??= new WhatIfOptions();
        var parse = PlanChangeParser.Parse(changeText);
        if (!parse.IsSuccess) return new WhatIfOutcome(null, parse.Error, parse.ErrorColumn);
        if (history.Count == 0) return new WhatIfOutcome(null, $"no stored days for '{athlete.Handle}': import sessions or wellness first", null);

        var planStart = history[^1].Date.AddDays(1);
        var planEnd = planStart.AddDays((7 * weeks) - 1);
        var plan = BaselinePlan.RepeatLastWeeks(history, planStart, planEnd);
        var tests = await store.ListTestsAsync(access, athlete.Id, cancellationToken).ConfigureAwait(false);
        var (twin, summary) = FitTwin(history, tests);
        var result = WhatIfSimulator.Simulate(history, plan, planStart, planEnd, parse.Changes, twin, options);

        var sign = summary.HigherIsBetter ? 1 : -1;
        var notes = new List<string>(result.Notes);
        if (plan.Count == 0) notes.Add("no load in the stored weeks to repeat: the unchanged plan is empty");
        var rows = result.Baseline.Days.Zip(result.Changed.Days, (b, c) => new TrajectoryRow(b.Date, Point(b, sign), Point(c, sign))).ToList();
        return new WhatIfOutcome(new WhatIfReport(
            AthleteHeader.From(athlete, planStart), history[0].Date, history[^1].Date, planStart, planEnd, BaselinePlan.Rule,
            result.AppliedChanges, notes, summary, Totals(result.Baseline, rows, r => r.Plan, summary.HigherIsBetter),
            Totals(result.Changed, rows, r => r.Changed, summary.HigherIsBetter), rows,
            Sessions(result.Baseline.Plan), Sessions(result.Changed.Plan), NumberConventions.From(options.DailyState),
            Invariant($"a day carries a signal when the EWMA acute:chronic ratio is above {options.AcwrWarning:0.0#}, monotony is at or above {options.MonotonyWarning:0.0#}, or fitness rose more than {options.RampRateWarning:0.#} in {options.DailyState.RampDays} days: load signals to discuss, not injury predictions")), null, null);
    }

    /// <summary>Fits the twin to the kind of test the athlete did most often in the history (ties: the first kind), when
    /// there are more tests than the model's five parameters.</summary>
    public static (TwinFit? Fit, TwinSummary Summary) FitTwin(IReadOnlyList<AthleteDay> history, IReadOnlyList<PerformanceTest> tests)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(tests);
        var inHistory = tests.Where(t => t.Kind != PerformanceTestKind.Other && t.Date >= history[0].Date && t.Date <= history[^1].Date).ToList();
        var most = inHistory.GroupBy(t => t.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault();
        if (most is null) return (null, NoTwin("no performance tests in the stored history: performance is not predicted", null, 0));
        var needed = BanisterParameters.Count + 1;
        if (most.Count() < needed)
        {
            return (null, NoTwin(Invariant(
                $"{most.Count()} {Names.Test(most.Key)} tests in the stored history (the most of any kind): the twin's {BanisterParameters.Count} parameters need at least {needed} tests of one kind, so performance is not predicted"),
                most.Key, most.Count()));
        }

        var fit = FitnessFatigueTwin.Fit(history, inHistory, most.Key, TwinOptions);
        var higher = PerformanceTestKinds.HigherIsBetter(most.Key);
        return (fit, new TwinSummary(
            true, null, Names.Test(most.Key), PerformanceTestKinds.UnitOf(most.Key), higher, most.Count(),
            BanisterParameters.Names.Select((name, j) => (name, j)).ToDictionary(p => p.name, p => Round(fit.Parameters[p.j]), StringComparer.Ordinal),
            fit.ConfidenceIntervals.ToDictionary(i => i.Name, i => new[] { Round(i.Low), Round(i.High) }, StringComparer.Ordinal),
            Round(fit.RSquared), Round(fit.Rmse), double.IsFinite(fit.LeaveOneOutRmse) ? Round(fit.LeaveOneOutRmse) : null,
            higher ? fit.Notes : [.. fit.Notes, "a time is fitted as its negative so that fitness gains stay positive; predictions are shown as times again"],
            fit.Provenance));
    }

    private static TwinSummary NoTwin(string reason, PerformanceTestKind? kind, int count) => new(
        false, reason, kind is { } k ? Names.Test(k) : null, kind is { } u ? PerformanceTestKinds.UnitOf(u) : null,
        kind is not { } h || PerformanceTestKinds.HigherIsBetter(h), count, new Dictionary<string, double>(), new Dictionary<string, double[]>(),
        null, null, null, [], null);

    private static TrajectoryPoint Point(TrajectoryDay d, int sign) => new(
        Round(d.Load), Round(d.Fitness), Round(d.Fatigue), Round(d.Form), d.Performance is { } p ? Round(sign * p) : null, Nullable(d.RampRate),
        Nullable(d.AcwrRollingCoupled), Nullable(d.AcwrRollingUncoupled), Nullable(d.AcwrEwma), Nullable(d.Monotony), Nullable(d.Strain), d.Signals);

    private static TrajectoryTotals Totals(PlanTrajectory trajectory, List<TrajectoryRow> rows, Func<TrajectoryRow, TrajectoryPoint> side, bool higherIsBetter)
    {
        var performances = rows.Where(r => side(r).Performance is not null).Select(r => (r.Date, Value: side(r).Performance!.Value)).ToList();
        // "Best" follows the test's direction: the highest jump, the shortest time.
        (DateOnly Date, double Value)? best = performances.Count == 0 ? null
            : higherIsBetter ? performances.MaxBy(p => p.Value) : performances.MinBy(p => p.Value);
        var last = rows.Count > 0 ? side(rows[^1]) : null;
        return new TrajectoryTotals(
            trajectory.Plan.Count, Round(trajectory.TotalLoad), last?.Fitness ?? 0, last?.Fatigue ?? 0, last?.Form ?? 0, last?.Performance,
            best?.Value, best?.Date, Nullable(trajectory.MaxAcwrEwma), Nullable(trajectory.MaxMonotony), Nullable(trajectory.MaxRampRate), trajectory.SignalDays);
    }

    private static List<PlannedSessionView> Sessions(IReadOnlyList<PlannedSession> plan) =>
        [.. plan.Select(s => new PlannedSessionView(s.Date, Names.Intensity(s.Intensity), Round(s.PlannedLoad), Round(s.DurationMinutes), s.Reason))];

    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    private static double? Nullable(double? value) => value is { } v && double.IsFinite(v) ? Round(v) : null;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
