namespace Formcast.Planning;

/// <summary>A finished PPO training: the policy, every round's statistics, and timing.</summary>
public sealed record PpoTrainingResult(PpoPolicy Policy, IReadOnlyList<PpoIterationStats> Iterations, long Steps, double ElapsedSeconds)
{
    /// <summary>Interaction steps per second of wall time, updates included.</summary>
    public double StepsPerSecond => ElapsedSeconds > 0 ? Steps / ElapsedSeconds : double.NaN;

    /// <summary>The round at which the mean step reward converged (see <see cref="Convergence.Round"/>).</summary>
    public int? ConvergenceRound => Convergence.Round(Iterations.Select(i => i.MeanStepReward).ToArray());
}
