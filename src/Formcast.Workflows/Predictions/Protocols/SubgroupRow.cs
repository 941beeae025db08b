using Formcast.Learning.Evaluation;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>One subgroup's size and held-out metrics; <see cref="Flag"/> says why it is under-represented, or null.</summary>
internal sealed record SubgroupRow(
    string Attribute, string Group, int Rows, int Athletes, int Positives, double ShareOfAthletes, IReadOnlyList<ConfidenceInterval> Metrics, string? Flag);
