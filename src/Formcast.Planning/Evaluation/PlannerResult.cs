namespace Formcast.Planning;

/// <summary>One planner configuration on the held-out cohort: each metric's mean and 95 % CI over seeds.</summary>
public sealed record PlannerResult
{
    public required string Planner { get; init; }

    /// <summary>How it decides and was trained, e.g. "daily, 50,000 steps".</summary>
    public required string Configuration { get; init; }

    public MetricInterval PerformanceGainPercent { get; init; }

    public MetricInterval ImprovedPercent { get; init; }

    public MetricInterval InjuriesPerAthlete { get; init; }

    public MetricInterval MeanFatigue { get; init; }

    public MetricInterval EnergyKilowattHoursPerDay { get; init; }

    public MetricInterval CostPerDay { get; init; }

    public MetricInterval Co2KilogramsPerDay { get; init; }

    public MetricInterval Reward { get; init; }

    public MetricInterval PlanningMillisecondsPerDay { get; init; }

    /// <summary>Rounds (PPO iterations, GA generations) to convergence; undefined for planners that do not learn.</summary>
    public MetricInterval ConvergenceRound { get; init; } = new(double.NaN, double.NaN, double.NaN, 0);

    public MetricInterval TrainingSeconds { get; init; } = new(double.NaN, double.NaN, double.NaN, 0);

    /// <summary>Combines per-seed cohort scores.</summary>
    public static PlannerResult From(string planner, string configuration, IReadOnlyList<CohortScore> seeds,
        IReadOnlyList<double>? convergence = null, IReadOnlyList<double>? trainingSeconds = null)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        return new PlannerResult
        {
            Planner = planner,
            Configuration = configuration,
            PerformanceGainPercent = MetricInterval.From(seeds.Select(s => s.PerformanceGainPercent)),
            ImprovedPercent = MetricInterval.From(seeds.Select(s => s.ImprovedPercent)),
            InjuriesPerAthlete = MetricInterval.From(seeds.Select(s => s.InjuriesPerAthlete)),
            MeanFatigue = MetricInterval.From(seeds.Select(s => s.MeanFatigue)),
            EnergyKilowattHoursPerDay = MetricInterval.From(seeds.Select(s => s.EnergyKilowattHoursPerDay)),
            CostPerDay = MetricInterval.From(seeds.Select(s => s.CostPerDay)),
            Co2KilogramsPerDay = MetricInterval.From(seeds.Select(s => s.Co2KilogramsPerDay)),
            Reward = MetricInterval.From(seeds.Select(s => s.Reward)),
            PlanningMillisecondsPerDay = MetricInterval.From(seeds.Select(s => s.PlanningMillisecondsPerDay)),
            ConvergenceRound = MetricInterval.From(convergence ?? []),
            TrainingSeconds = MetricInterval.From(trainingSeconds ?? []),
        };
    }
}
