namespace Formcast.Planning;

/// <summary>One PPO round (a batch of interaction followed by its updates).</summary>
/// <param name="Iteration">1-based round number.</param>
/// <param name="Steps">Interaction steps so far (warm-up included).</param>
/// <param name="EpisodesCompleted">Episodes that ended during this round's interaction.</param>
/// <param name="MeanEpisodeReturn">Mean undiscounted, unscaled return of those episodes (NaN when none ended).</param>
/// <param name="MeanStepReward">Mean raw reward per step of this round's batch.</param>
/// <param name="PolicyLoss">Mean clipped surrogate loss over the round's updates.</param>
/// <param name="ValueLoss">Mean squared value error over the round's updates.</param>
/// <param name="ApproximateKl">Mean of (r − 1) − ln r, an estimate of KL(old‖new).</param>
/// <param name="ClipFraction">Share of rows whose ratio left [1 − ε, 1 + ε].</param>
/// <param name="Entropy">Policy entropy after the round.</param>
/// <param name="ElapsedSeconds">Wall time since training started.</param>
public sealed record PpoIterationStats(int Iteration, long Steps, int EpisodesCompleted, double MeanEpisodeReturn, double MeanStepReward,
    double PolicyLoss, double ValueLoss, double ApproximateKl, double ClipFraction, double Entropy, double ElapsedSeconds);
