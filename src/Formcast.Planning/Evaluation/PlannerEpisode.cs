using System.Diagnostics;

namespace Formcast.Planning;

/// <summary>One planner on one athlete for one block: the episode totals and how long the planner took to decide.</summary>
/// <param name="Summary">The environment's totals.</param>
/// <param name="PlanningMillisecondsPerDay">Wall time spent inside the planner per simulated day (all its decisions that day).</param>
/// <param name="DecisionsPerDay">Planner calls per day (1 in daily mode, 30 in slot mode).</param>
public sealed record PlannerEpisode(EpisodeSummary Summary, double PlanningMillisecondsPerDay, int DecisionsPerDay)
{
    /// <summary>Runs <paramref name="planner"/> on <paramref name="athlete"/> in an environment seeded with <paramref name="seed"/>.</summary>
    public static PlannerEpisode Run(ITrainingPlanner planner, AthleteProfile athlete, EnvironmentOptions options, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(planner);
        var env = TrainingEnvironment.ForAthlete(athlete, options);
        var observation = new double[ObservationLayout.Dimension];
        var action = new double[ActionCodec.Dimension];
        env.Reset(seed, observation);
        planner.BeginEpisode(env.Context);
        long ticks = 0;
        while (!env.Done)
        {
            var start = Stopwatch.GetTimestamp();
            planner.Act(env.Day, env.Slot, observation, action);
            ticks += Stopwatch.GetTimestamp() - start;
            env.Step(action, observation);
        }

        var milliseconds = ticks * 1000.0 / Stopwatch.Frequency;
        return new PlannerEpisode(env.Summary(), milliseconds / options.HorizonDays, options.StepsPerDay);
    }
}
