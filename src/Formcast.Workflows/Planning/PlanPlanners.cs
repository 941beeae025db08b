using System.Collections.Concurrent;
using Formcast.Core;
using Formcast.Learning.Svm;
using Formcast.Planning;

namespace Formcast.Workflows.Planning;

/// <summary>
/// The planners a recommendation can come from, by their short names. PPO uses the policy shipped with Formcast
/// (<see cref="ShippedPolicy"/>) unless a policy file is given. The genetic algorithm and the SVR planner learn on
/// simulated athletes of the athlete's own sport, level and sex; that costs seconds, so each is learnt once per
/// such group and process and then reused.
/// </summary>
public static class PlanPlanners
{
    public const string Ppo = "ppo";

    public static IReadOnlyList<string> Names { get; } = [Ppo, "fixed", "ga", "lp", "svr", "hrv"];

    /// <summary>Name of the embedded policy: PPO in the reference configuration with daily decisions, trained for
    /// 300,000 steps (seed 2025, university population) by <c>formcast plan train --steps 300000 --out FILE</c>. In the
    /// committed comparison (docs/results/plan-comparison.md) the 50,000-step policy gained no more than fixed
    /// periodisation, the 300,000-step one clearly more; training at request time would take minutes.</summary>
    public const string ShippedPolicyName = "ppo-daily-university-300k.policy";

    private static readonly Lazy<PpoPolicy> Shipped = new(() =>
    {
        using var stream = typeof(PlanPlanners).Assembly.GetManifestResourceStream($"Formcast.Workflows.Planning.{ShippedPolicyName}")
            ?? throw new InvalidOperationException($"the shipped policy {ShippedPolicyName} is missing from the build");
        return PpoPolicy.Load(stream);
    });

    private static readonly ConcurrentDictionary<(string Planner, Sport Sport, AthleteLevel Level, Sex Sex), Lazy<ITrainingPlanner>> Learnt = new();

    public static PpoPolicy ShippedPolicy => Shipped.Value;

    public static bool IsKnown(string name) => Names.Contains(name, StringComparer.Ordinal);

    /// <summary>The planner called <paramref name="name"/> for <paramref name="athlete"/>; learnt planners come from
    /// the cache. Planners keep per-episode state, so callers lock the returned instance while using it.</summary>
    public static ITrainingPlanner Create(string name, Athlete athlete, DateOnly today, PpoPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(athlete);
        return name switch
        {
            Ppo => new PolicyPlanner(policy ?? ShippedPolicy),
            "fixed" => new FixedPeriodisationPlanner(),
            "lp" => new LinearProgramPlanner(),
            "hrv" => new HrvGuidedPlanner(),
            "ga" or "svr" => Learnt.GetOrAdd((name, athlete.Sport, athlete.Level, athlete.Sex), key => new Lazy<ITrainingPlanner>(() => Learn(key.Planner, PopulationLike(athlete, today.Year)))).Value,
            _ => throw new ArgumentException($"unknown planner '{name}'", nameof(name)),
        };
    }

    /// <summary>Simulated athletes like <paramref name="athlete"/>: their sport, level and sex, their age ± 5 years (28 when unknown).</summary>
    public static PopulationSpec PopulationLike(Athlete athlete, int year)
    {
        ArgumentNullException.ThrowIfNull(athlete);
        var age = athlete.AgeIn(year) is { } a ? Math.Clamp(a, 12, 80) : 28;
        return new PopulationSpec($"{athlete.Sport} {athlete.Level} {athlete.Sex}".ToLowerInvariant(), [new PopulationStratum(athlete.Sport, athlete.Level)],
            [athlete.Sex], Math.Max(10, age - 5), Math.Min(85, age + 5));
    }

    /// <summary>Trains a PPO policy in the reference configuration with daily decisions (the shipped policy is this
    /// with the defaults).</summary>
    public static PpoTrainingResult TrainPolicy(int steps = 50_000, ulong seed = 2025, PopulationSpec? population = null, CancellationToken cancellationToken = default)
    {
        var environment = new EnvironmentOptions { Mode = DecisionMode.Daily };
        var athletes = population ?? PopulationSpec.University;
        return new PpoTrainer(new PpoOptions { TotalSteps = steps, Seed = seed })
            .Train(_ => new TrainingEnvironment(environment, athletes), cancellationToken: cancellationToken);
    }

    private static ITrainingPlanner Learn(string name, PopulationSpec population)
    {
        var daily = new EnvironmentOptions { Mode = DecisionMode.Daily };
        return name == "ga"
            ? GeneticAlgorithmPlanner.Optimize(population, daily, new GeneticAlgorithmOptions { Seed = 2025 })
            : RegressionPlanner.Train(new SvrLearner(PlanEvaluationWorkflow.Svr), population, daily, new RegressionPlannerOptions { Seed = 2025 }, "svr");
    }
}
