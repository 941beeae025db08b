using Formcast.Learning;

namespace Formcast.Planning;

/// <summary>
/// Options of <see cref="PpoTrainer"/>. Defaults are the reference study's configuration: actor and critic
/// 128-64-32 ReLU (tanh policy mean, linear value), Adam with learning rate 1e-4, γ = 0.98, clip 0.2, batch 2048 and
/// 80 update steps per batch, 50,000 interaction steps. "80 update steps" is read as 80 Adam steps per batch:
/// <see cref="Epochs"/> = 10 passes over the batch × <see cref="MinibatchesPerEpoch"/> = 8 minibatches of 256.
/// The rest are common PPO defaults (Schulman et al. 2017; Stable-Baselines3): GAE λ 0.95, value coefficient 0.5,
/// global gradient-norm clip 0.5, Adam ε 1e-5, initial log-σ −0.5, observation normalisation clipped at ±10, and
/// reward scaling by the running SD of discounted returns.
/// </summary>
public sealed record PpoOptions : LearnerOptions
{
    /// <summary>Interaction steps to take at least (training stops after the batch that reaches it).</summary>
    public int TotalSteps { get; init; } = 50_000;

    /// <summary>Interaction steps per batch (rollout) — the study's batch size 2048.</summary>
    public int StepsPerBatch { get; init; } = 2048;

    public int Epochs { get; init; } = 10;

    public int MinibatchesPerEpoch { get; init; } = 8;

    public double LearningRate { get; init; } = 1e-4;

    public double Gamma { get; init; } = 0.98;

    public double GaeLambda { get; init; } = 0.95;

    public double ClipRange { get; init; } = 0.2;

    public double EntropyCoefficient { get; init; } = 0.001;

    public double ValueCoefficient { get; init; } = 0.5;

    public double MaxGradientNorm { get; init; } = 0.5;

    public double AdamEpsilon { get; init; } = 1e-5;

    public IReadOnlyList<int> HiddenSizes { get; init; } = [128, 64, 32];

    public double InitialLogStd { get; init; } = -0.5;

    /// <summary>Parallel environments stepping in lock-step batches; each has its own random stream
    /// (<see cref="Rng.Fork"/>), so results do not depend on the number of cores.</summary>
    public int Environments { get; init; } = 8;

    /// <summary>Fixed number of chunks each minibatch's gradient is split into (summed in order), so parallel
    /// updates are deterministic.</summary>
    public int GradientChunks { get; init; } = 4;

    /// <summary>Steps per environment, taken before training with the initial policy, that only seed the
    /// observation statistics (they count towards <see cref="TotalSteps"/>).</summary>
    public int WarmupStepsPerEnvironment { get; init; } = 32;

    public bool NormalizeObservations { get; init; } = true;

    public bool NormalizeRewards { get; init; } = true;

    public double ObservationClip { get; init; } = 10;

    public override void Validate()
    {
        base.Validate();
        OptionCheck.Positive(TotalSteps, nameof(TotalSteps));
        OptionCheck.Positive(StepsPerBatch, nameof(StepsPerBatch));
        OptionCheck.Positive(Epochs, nameof(Epochs));
        OptionCheck.Positive(MinibatchesPerEpoch, nameof(MinibatchesPerEpoch));
        OptionCheck.Positive(LearningRate, nameof(LearningRate));
        OptionCheck.InRange(Gamma, 0, 1, nameof(Gamma));
        OptionCheck.InRange(GaeLambda, 0, 1, nameof(GaeLambda));
        OptionCheck.Positive(ClipRange, nameof(ClipRange));
        OptionCheck.NonNegative(EntropyCoefficient, nameof(EntropyCoefficient));
        OptionCheck.NonNegative(ValueCoefficient, nameof(ValueCoefficient));
        OptionCheck.Positive(MaxGradientNorm, nameof(MaxGradientNorm));
        OptionCheck.Positive(AdamEpsilon, nameof(AdamEpsilon));
        OptionCheck.InRange(InitialLogStd, -5, 1, nameof(InitialLogStd));
        OptionCheck.Positive(Environments, nameof(Environments));
        OptionCheck.Positive(GradientChunks, nameof(GradientChunks));
        OptionCheck.NonNegative(WarmupStepsPerEnvironment, nameof(WarmupStepsPerEnvironment));
        OptionCheck.Positive(ObservationClip, nameof(ObservationClip));
        if (HiddenSizes is null || HiddenSizes.Count == 0 || HiddenSizes.Any(h => h <= 0))
            throw new ArgumentOutOfRangeException(nameof(HiddenSizes), "hidden layer sizes must be positive");
        if (StepsPerBatch % Environments != 0)
            throw new ArgumentOutOfRangeException(nameof(StepsPerBatch), StepsPerBatch, $"{nameof(StepsPerBatch)} must be a multiple of {nameof(Environments)}");
        if (StepsPerBatch % MinibatchesPerEpoch != 0)
            throw new ArgumentOutOfRangeException(nameof(MinibatchesPerEpoch), MinibatchesPerEpoch, $"{nameof(StepsPerBatch)} must be a multiple of {nameof(MinibatchesPerEpoch)}");
        if (StepsPerBatch / MinibatchesPerEpoch < GradientChunks)
            throw new ArgumentOutOfRangeException(nameof(GradientChunks), GradientChunks, "a minibatch must have at least one row per gradient chunk");
    }
}
