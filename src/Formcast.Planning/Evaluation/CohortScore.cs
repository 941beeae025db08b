namespace Formcast.Planning;

/// <summary>One planner on a cohort of athletes for one seed: the cohort means of the evaluation metrics.</summary>
public sealed record CohortScore
{
    public double PerformanceGainPercent { get; init; }

    /// <summary>Share of athletes whose performance index rose over the block, %.</summary>
    public double ImprovedPercent { get; init; }

    public double InjuriesPerAthlete { get; init; }

    public double MeanFatigue { get; init; }

    public double EnergyKilowattHoursPerDay { get; init; }

    public double CostPerDay { get; init; }

    public double Co2KilogramsPerDay { get; init; }

    public double TrainingMinutesPerDay { get; init; }

    public double Reward { get; init; }

    public double PlanningMillisecondsPerDay { get; init; }

    /// <summary>Runs <paramref name="planner"/> on every athlete; athlete i's environment is seeded with <paramref name="seed"/> + i.</summary>
    public static CohortScore Evaluate(ITrainingPlanner planner, IReadOnlyList<AthleteProfile> athletes, EnvironmentOptions options, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(athletes);
        var episodes = athletes.Select((a, i) => PlannerEpisode.Run(planner, a, options, seed + (ulong)i)).ToArray();
        return new CohortScore
        {
            PerformanceGainPercent = episodes.Average(e => e.Summary.PerformanceGainPercent),
            ImprovedPercent = 100.0 * episodes.Count(e => e.Summary.PerformanceGainPercent > 0) / episodes.Length,
            InjuriesPerAthlete = episodes.Average(e => (double)e.Summary.Injuries),
            MeanFatigue = episodes.Average(e => e.Summary.MeanFatigue),
            EnergyKilowattHoursPerDay = episodes.Average(e => e.Summary.EnergyKilowattHoursPerDay),
            CostPerDay = episodes.Average(e => e.Summary.CostPerDay),
            Co2KilogramsPerDay = episodes.Average(e => e.Summary.Co2KilogramsPerDay),
            TrainingMinutesPerDay = episodes.Average(e => e.Summary.TrainingMinutesPerDay),
            Reward = episodes.Average(e => e.Summary.TotalReward),
            PlanningMillisecondsPerDay = episodes.Average(e => e.PlanningMillisecondsPerDay),
        };
    }
}
