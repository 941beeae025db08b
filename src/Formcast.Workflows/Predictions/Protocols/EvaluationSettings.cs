using Formcast.Learning.Evaluation;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>Everything one evaluation run shares: seed, folds, bootstrap, the model families to choose from, and
/// whether to use the small test configuration.</summary>
internal sealed record EvaluationSettings
{
    public ulong Seed { get; init; } = 42;

    public int Folds { get; init; } = 5;

    public int BootstrapResamples { get; init; } = 1000;

    public double Confidence { get; init; } = 0.95;

    /// <summary>Small configurations (fewer families, trees and resamples) so tests stay fast.</summary>
    public bool Quick { get; init; }

    public int MaxDegreeOfParallelism { get; init; }

    public BootstrapOptions Bootstrap => new()
    {
        Resamples = BootstrapResamples,
        Confidence = Confidence,
        Seed = Seed,
        MaxDegreeOfParallelism = MaxDegreeOfParallelism,
    };

    public ReportProtocol Describe() => new(Seed, Folds, BootstrapResamples, Confidence, "BCa", Quick ? "quick" : "full");
}
