namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>What <see cref="RiskComparison"/> found: counts, each scorer's metrics, and the model's differences to
/// each baseline.</summary>
internal sealed record RiskComparisonResult(
    int Rows, int Positives, int Athletes, IReadOnlyList<ScorerResult> Scorers, IReadOnlyList<DifferenceResult> Differences);
