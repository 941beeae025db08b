using System.Diagnostics;
using System.Globalization;

namespace Formcast.Planning;

/// <summary>
/// Runs the planner comparison: every planner on the same held-out simulated athletes (all strata and sexes of the
/// training population, drawn with their own seed) for each seed — learning planners are trained anew per seed and
/// every environment's noise is seeded from it — then cross-population transfer and per-athlete fine-tuning.
/// Returns the report behind docs/results/plan-comparison.md.
/// </summary>
public static class PlanComparison
{
    private const string Fixed = "fixed-periodisation";
    private const string Hrv = "hrv-guided";
    private const string Lp = "linear-program";
    private const string Ga = "genetic-algorithm";
    private const string Ppo = "ppo";

    public static PlanComparisonReport Run(PlanComparisonOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var daily = options.Environment with { Mode = DecisionMode.Daily };
        var slots = options.Environment with { Mode = DecisionMode.TwentyMinuteSlots };
        var cohort = HeldOutCohort.Draw(options.TrainingPopulation, options.HeldOutPerCell, options.BaseSeed ^ 0x5EED_C0DEUL);
        var rows = new Dictionary<(string Planner, string Configuration), Accumulator>();
        var transfer = new Dictionary<(string Planner, string TestedOn, string TrainedOn), List<CohortScore>>();
        var fineTuning = new FineTuningAccumulator();
        var transferCohorts = options.TransferPopulations
            .Select((p, i) => (Population: p, Athletes: HeldOutCohort.Draw(p, options.TransferPerCell, options.BaseSeed ^ (0xA11CE0UL + (ulong)i))))
            .ToArray();
        var ppoSteps = options.Ppo.TotalSteps.ToString("N0", CultureInfo.InvariantCulture);

        void Add(string planner, string configuration, CohortScore score, double? convergence = null, double? seconds = null)
        {
            if (!rows.TryGetValue((planner, configuration), out var accumulator)) rows[(planner, configuration)] = accumulator = new Accumulator();
            accumulator.Scores.Add(score);
            if (convergence is { } c) accumulator.Convergence.Add(c);
            if (seconds is { } s) accumulator.Seconds.Add(s);
        }

        void AddTransfer(string planner, string testedOn, string trainedOn, CohortScore score)
        {
            if (!transfer.TryGetValue((planner, testedOn, trainedOn), out var list)) transfer[(planner, testedOn, trainedOn)] = list = [];
            list.Add(score);
        }

        for (var k = 0; k < options.Seeds; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var seed = options.BaseSeed + ((ulong)k * 1000);
            var evaluationSeed = seed + 500;
            progress?.Report($"seed {k + 1}/{options.Seeds}");

            Add(Fixed, "daily, rules", CohortScore.Evaluate(new FixedPeriodisationPlanner(), cohort, daily, evaluationSeed));
            Add(Hrv, "daily, rules (±0.5 SD band)", CohortScore.Evaluate(new HrvGuidedPlanner(), cohort, daily, evaluationSeed));
            Add(Lp, "weekly LP, daily sessions", CohortScore.Evaluate(new LinearProgramPlanner(), cohort, daily, evaluationSeed));

            var ga = Timed(() => GeneticAlgorithmPlanner.Optimize(options.TrainingPopulation, daily, options.GeneticAlgorithm with { Seed = seed }, progress, cancellationToken), out var gaSeconds);
            var gaConfiguration = $"daily, {options.GeneticAlgorithm.Generations} generations × {options.GeneticAlgorithm.PopulationSize}";
            Add(Ga, gaConfiguration, CohortScore.Evaluate(ga, cohort, daily, evaluationSeed), ga.ConvergenceRound, gaSeconds);

            RegressionPlanner? regression = null;
            if (options.RegressionLearner is { } learner)
            {
                regression = Timed(() => RegressionPlanner.Train(learner(), options.TrainingPopulation, daily, options.Regression with { Seed = seed }, options.RegressionName), out var regressionSeconds);
                Add(options.RegressionName, $"daily, {regression.TrainingRows.ToString("N0", CultureInfo.InvariantCulture)} simulated days", CohortScore.Evaluate(regression, cohort, daily, evaluationSeed), null, regressionSeconds);
            }

            var ppo = TrainPpo(options.Ppo with { Seed = seed }, daily, options.TrainingPopulation, progress);
            Add(Ppo, $"daily, {ppoSteps} steps", CohortScore.Evaluate(new PolicyPlanner(ppo.Policy), cohort, daily, evaluationSeed), ppo.ConvergenceRound, ppo.ElapsedSeconds);

            if (options.PpoStudySlots)
            {
                var slotPpo = TrainPpo(options.Ppo with { Seed = seed }, slots, options.TrainingPopulation, progress);
                Add(Ppo, $"20-min slots (study), {ppoSteps} steps", CohortScore.Evaluate(new PolicyPlanner(slotPpo.Policy), cohort, slots, evaluationSeed), slotPpo.ConvergenceRound, slotPpo.ElapsedSeconds);
            }

            if (options.PpoExtendedSteps is { } extended)
            {
                var longPpo = TrainPpo(options.Ppo with { Seed = seed, TotalSteps = extended }, daily, options.TrainingPopulation, progress);
                Add(Ppo, $"daily, {extended.ToString("N0", CultureInfo.InvariantCulture)} steps", CohortScore.Evaluate(new PolicyPlanner(longPpo.Policy), cohort, daily, evaluationSeed), longPpo.ConvergenceRound, longPpo.ElapsedSeconds);
            }

            var home = options.TrainingPopulation.Name;
            foreach (var (population, athletes) in transferCohorts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report($"transfer to {population.Name}");
                var name = population.Name;
                AddTransfer(Fixed, name, "—", CohortScore.Evaluate(new FixedPeriodisationPlanner(), athletes, daily, evaluationSeed));
                AddTransfer(Lp, name, "—", CohortScore.Evaluate(new LinearProgramPlanner(), athletes, daily, evaluationSeed));
                AddTransfer(Ppo, name, home, CohortScore.Evaluate(new PolicyPlanner(ppo.Policy), athletes, daily, evaluationSeed));
                var native = TrainPpo(options.Ppo with { Seed = seed }, daily, population, progress);
                AddTransfer(Ppo, name, name, CohortScore.Evaluate(new PolicyPlanner(native.Policy), athletes, daily, evaluationSeed));
                AddTransfer(Ga, name, home, CohortScore.Evaluate(ga, athletes, daily, evaluationSeed));
                var nativeGa = GeneticAlgorithmPlanner.Optimize(population, daily, options.GeneticAlgorithm with { Seed = seed }, progress, cancellationToken);
                AddTransfer(Ga, name, name, CohortScore.Evaluate(nativeGa, athletes, daily, evaluationSeed));
                if (regression is not null && options.RegressionLearner is { } make)
                {
                    AddTransfer(options.RegressionName, name, home, CohortScore.Evaluate(regression, athletes, daily, evaluationSeed));
                    var nativeRegression = RegressionPlanner.Train(make(), population, daily, options.Regression with { Seed = seed }, options.RegressionName);
                    AddTransfer(options.RegressionName, name, name, CohortScore.Evaluate(nativeRegression, athletes, daily, evaluationSeed));
                }
            }

            if (options.FineTuning is { } tuning)
            {
                progress?.Report("fine-tuning on the twin");
                var twin = tuning.Athlete();
                var twinCohort = Enumerable.Repeat(twin, tuning.EvaluationEpisodes).ToArray();
                fineTuning.Fixed.Add(CohortScore.Evaluate(new FixedPeriodisationPlanner(), twinCohort, daily, evaluationSeed));
                fineTuning.Before.Add(CohortScore.Evaluate(new PolicyPlanner(ppo.Policy), twinCohort, daily, evaluationSeed));
                var tuned = new PpoTrainer(options.Ppo with { Seed = seed + 7, TotalSteps = tuning.Steps })
                    .Train(_ => TrainingEnvironment.ForAthlete(twin, daily), ppo.Policy, cancellationToken: cancellationToken);
                fineTuning.After.Add(CohortScore.Evaluate(new PolicyPlanner(tuned.Policy), twinCohort, daily, evaluationSeed));
                fineTuning.Athlete = twin.Describe();
            }
        }

        var planners = rows.Select(r => PlannerResult.From(r.Key.Planner, r.Key.Configuration, r.Value.Scores, r.Value.Convergence, r.Value.Seconds)).ToArray();
        var transferResults = transfer
            .OrderBy(t => t.Key.TestedOn, StringComparer.Ordinal).ThenBy(t => t.Key.Planner, StringComparer.Ordinal).ThenBy(t => t.Key.TrainedOn == t.Key.TestedOn)
            .Select(t => new TransferResult(t.Key.Planner, t.Key.TestedOn, t.Key.TrainedOn,
                MetricInterval.From(t.Value.Select(s => s.PerformanceGainPercent)), MetricInterval.From(t.Value.Select(s => s.ImprovedPercent)), MetricInterval.From(t.Value.Select(s => s.Reward))))
            .ToArray();
        var fine = options.FineTuning is { } ft && fineTuning.Before.Count > 0 ? fineTuning.Result(ft) : null;
        return new PlanComparisonReport
        {
            Protocol = Protocol(options, cohort.Count, transferCohorts.Select(t => (t.Population.Name, t.Athletes.Count)).ToArray()),
            Planners = planners,
            Transfer = transferResults,
            FineTuning = fine,
            Findings = Findings(planners, transferResults, fine),
        };
    }

    private static PpoTrainingResult TrainPpo(PpoOptions options, EnvironmentOptions environment, PopulationSpec population, IProgress<string>? progress)
    {
        var result = new PpoTrainer(options).Train(_ => new TrainingEnvironment(environment, population));
        progress?.Report(string.Create(CultureInfo.InvariantCulture,
            $"ppo ({environment.Mode}, {population.Name}, seed {options.Seed}): {result.Steps:N0} steps in {result.ElapsedSeconds:0.0} s, last mean episode return {result.Iterations.LastOrDefault(i => !double.IsNaN(i.MeanEpisodeReturn))?.MeanEpisodeReturn ?? double.NaN:0.0}"));
        return result;
    }

    private static T Timed<T>(Func<T> run, out double seconds)
    {
        var start = Stopwatch.GetTimestamp();
        var result = run();
        seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return result;
    }

    private static string[] Protocol(PlanComparisonOptions o, int cohortSize, (string Name, int Count)[] transfer)
    {
        var env = o.Environment;
        var w = env.Reward;
        var ppo = o.Ppo;
        var ga = o.GeneticAlgorithm;
        var list = new List<string>
        {
            Invariant($"Simulator: Formcast.Planning athlete simulator (docs/planning.md); {env.HorizonDays}-day blocks; reward = {w.PerformanceGain}·gain − {w.Fatigue}·fatigue − {w.InjuryRisk}·injury risk − {w.Energy}·energy (gain unit {w.GainPercentPerDay} %/day, energy unit {w.EnergyKilowattHoursPerDay} kWh/day)."),
            Invariant($"Held-out athletes: {cohortSize} individuals of the {o.TrainingPopulation.Name} population, {o.HeldOutPerCell} per stratum × sex ({o.TrainingPopulation.Strata.Count} strata: {string.Join(", ", o.TrainingPopulation.Strata)}), drawn with their own seed; never used in training."),
            Invariant($"Seeds: {o.Seeds} (base {o.BaseSeed}); each seed retrains every learning planner and reseeds every environment. Intervals are 95 % Student-t intervals over seeds of the cohort means."),
            Invariant($"Decisions: once a day for all planners; PPO additionally in the study's configuration (one decision per 20-minute slot, {env.SlotsPerDay} slots a day, {env.HorizonDays * env.SlotsPerDay} steps per episode). Day-deciding planners give identical results in both modes (tested)."),
            Invariant($"PPO: actor and critic {string.Join("-", ppo.HiddenSizes)} ReLU (tanh mean / linear value), Adam lr {ppo.LearningRate}, γ {ppo.Gamma}, GAE λ {ppo.GaeLambda}, clip {ppo.ClipRange}, batch {ppo.StepsPerBatch}, {ppo.Epochs} epochs × {ppo.MinibatchesPerEpoch} minibatches = {ppo.Epochs * ppo.MinibatchesPerEpoch} updates per batch, entropy {ppo.EntropyCoefficient}, gradient-norm clip {ppo.MaxGradientNorm}, {ppo.Environments} parallel environments, {ppo.TotalSteps:N0} steps{(o.PpoExtendedSteps is { } x ? Invariant($" (plus a {x:N0}-step run)") : "")}; deterministic policy mean at evaluation."),
            Invariant($"Genetic algorithm: one open-loop weekly plan per sport, population {ga.PopulationSize}, {ga.Generations} generations, tournament {ga.TournamentSize}, BLX-α {ga.CrossoverAlpha}, mutation {ga.MutationRate}/{ga.MutationSd}, {ga.Elites} elites, scored on {ga.TrainingAthletes} training athletes per sport."),
            "Linear program: weekly allocation of template minutes by the two-phase simplex, group-mean response linearised (concave piecewise-linear gain), ramp, polarisation and session-count constraints.",
            "HRV-guided: fixed-periodisation week, hard sessions only when the 7-day ln rMSSD is within baseline mean ± 0.5 SD (Vesterinen et al. 2016).",
            "Rounds to convergence: first round whose 5-round trailing mean covers 95 % of the way from the first to the best trailing mean (PPO: iterations of 2048 steps; GA: generations, mean over sports).",
        };
        list.Add(o.RegressionLearner is null
            ? "Regression (SVR-driven) planner: not run (no learner supplied)."
            : Invariant($"Regression planner '{o.RegressionName}' ({o.RegressionDescription}): trained on {o.Regression.TrainingAthletes} simulated athletes' exploratory 60-day histories; target = discounted reward over {o.Regression.TargetDays} days; scores 37 candidate sessions each morning."));
        if (transfer.Length > 0)
            list.Add(Invariant($"Transfer cohorts: {string.Join(", ", transfer.Select(t => $"{t.Name} ({t.Count} athletes)"))}, {o.TransferPerCell} per stratum × sex."));
        if (o.FineTuning is { } f)
            list.Add(Invariant($"Fine-tuning: twin '{f.TwinName}' (p0 {f.Twin.P0}, k1 {f.Twin.K1}, τ1 {f.Twin.Tau1} d, k2 {f.Twin.K2}, τ2 {f.Twin.Tau2} d; load scale {f.LoadScale}); {f.Steps:N0} PPO steps from the population policy; {f.EvaluationEpisodes} evaluation episodes per seed."));
        return [.. list];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string[] Findings(PlannerResult[] planners, TransferResult[] transfer, FineTuningResult? fine)
    {
        var findings = new List<string>();
        string Best(Func<PlannerResult, double> metric, bool higher, out PlannerResult best)
        {
            best = higher ? planners.MaxBy(metric)! : planners.MinBy(metric)!;
            return $"{best.Planner} ({best.Configuration})";
        }

        findings.Add(Invariant($"Highest performance gain: {Best(p => p.PerformanceGainPercent.Mean, true, out var g)} at {g.PerformanceGainPercent.Mean:0.00} %."));
        findings.Add(Invariant($"Highest episode reward: {Best(p => p.Reward.Mean, true, out var r)} at {r.Reward.Mean:0.0}."));
        findings.Add(Invariant($"Fewest injuries: {Best(p => p.InjuriesPerAthlete.Mean, false, out var i)} at {i.InjuriesPerAthlete.Mean:0.00} per athlete."));
        findings.Add(Invariant($"Lowest venue energy: {Best(p => p.EnergyKilowattHoursPerDay.Mean, false, out var e)} at {e.EnergyKilowattHoursPerDay.Mean:0.0} kWh/day."));
        var fixedRow = planners.FirstOrDefault(p => p.Planner == Fixed);
        foreach (var ppo in planners.Where(p => p.Planner == Ppo))
        {
            if (fixedRow is null) break;
            var gap = ppo.PerformanceGainPercent.Mean - fixedRow.PerformanceGainPercent.Mean;
            var beats = planners.Where(p => p.Planner != Ppo && p.PerformanceGainPercent.Mean > ppo.PerformanceGainPercent.Mean).Select(p => p.Planner).ToArray();
            findings.Add(Invariant($"PPO ({ppo.Configuration}): {gap:+0.00;-0.00} points of performance gain against fixed periodisation; ") +
                (beats.Length == 0 ? "no classic planner gains more." : $"PPO does not win here: {string.Join(", ", beats)} gain{(beats.Length == 1 ? "s" : "")} more."));
        }

        foreach (var group in transfer.Where(t => t.Planner == Ppo).GroupBy(t => t.TestedOn))
        {
            var moved = group.FirstOrDefault(t => t.TrainedOn != t.TestedOn);
            var native = group.FirstOrDefault(t => t.TrainedOn == t.TestedOn);
            if (moved is null || native is null) continue;
            findings.Add(Invariant($"PPO on {group.Key}: trained elsewhere {moved.PerformanceGainPercent.Mean:0.00} % gain ({moved.ImprovedPercent.Mean:0} % improved) vs trained there {native.PerformanceGainPercent.Mean:0.00} % ({native.ImprovedPercent.Mean:0} %)."));
        }

        if (fine is not null)
            findings.Add(Invariant($"Fine-tuning on the twin changed PPO's performance gain by {fine.GainDifference.Format()} points and its reward by {fine.RewardDifference.Format("0.0")} (paired over seeds)."));
        return [.. findings];
    }

    private sealed class Accumulator
    {
        public List<CohortScore> Scores { get; } = [];

        public List<double> Convergence { get; } = [];

        public List<double> Seconds { get; } = [];
    }

    private sealed class FineTuningAccumulator
    {
        public List<CohortScore> Before { get; } = [];

        public List<CohortScore> After { get; } = [];

        public List<CohortScore> Fixed { get; } = [];

        public string Athlete { get; set; } = "";

        public FineTuningResult Result(FineTuningOptions options) => new(options.TwinName, Athlete, options.Steps,
            MetricInterval.From(Before.Select(s => s.PerformanceGainPercent)),
            MetricInterval.From(After.Select(s => s.PerformanceGainPercent)),
            MetricInterval.From(After.Zip(Before, (a, b) => a.PerformanceGainPercent - b.PerformanceGainPercent)),
            MetricInterval.From(Before.Select(s => s.Reward)),
            MetricInterval.From(After.Select(s => s.Reward)),
            MetricInterval.From(After.Zip(Before, (a, b) => a.Reward - b.Reward)),
            MetricInterval.From(Fixed.Select(s => s.PerformanceGainPercent)),
            MetricInterval.From(Fixed.Select(s => s.Reward)));
    }
}
