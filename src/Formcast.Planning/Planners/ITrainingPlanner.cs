namespace Formcast.Planning;

/// <summary>
/// Anything that plans training in <see cref="TrainingEnvironment"/>: a learned policy or a classic planner. The
/// evaluation calls <see cref="BeginEpisode"/> once per athlete, then <see cref="Act"/> at every step with the
/// day, slot and observation, and executes the action it writes.
/// </summary>
public interface ITrainingPlanner
{
    /// <summary>Short name used in reports and <see cref="Formcast.Core.PlannedSession.Planner"/>, e.g. "ppo".</summary>
    string Name { get; }

    void BeginEpisode(EpisodeContext context);

    void Act(int day, int slot, ReadOnlySpan<double> observation, Span<double> action);
}
