namespace Formcast.Planning;

/// <summary>
/// An episodic control task with continuous observations and actions, Gym style. <see cref="TrainingEnvironment"/>
/// is one; PPO also trains on any other (the tests use small known tasks).
/// </summary>
public interface IEpisodicEnvironment
{
    int ObservationSize { get; }

    int ActionSize { get; }

    /// <summary>Starts an episode from <paramref name="seed"/> and writes the first observation.</summary>
    void Reset(ulong seed, Span<double> observation);

    /// <summary>Executes an action (elements in [−1, 1]) and writes the next observation.</summary>
    StepResult Step(ReadOnlySpan<double> action, Span<double> observation);
}
