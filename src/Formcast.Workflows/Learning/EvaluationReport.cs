namespace Formcast.Workflows.Learning;

/// <summary>The result of an evaluation: what data went in, how it was split, and the numbers with their intervals.</summary>
public sealed record EvaluationReport(
    EvaluationDataSummary Data,
    EvaluationProtocol Protocol,
    IReadOnlyList<MetricEstimate> Metrics,
    IReadOnlyList<FoldSummary> Folds,
    IReadOnlyList<string> Notes);
