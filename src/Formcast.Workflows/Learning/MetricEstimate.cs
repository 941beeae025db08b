namespace Formcast.Workflows.Learning;

/// <summary>A metric on the pooled out-of-fold predictions with its bootstrap interval, and its spread over folds
/// (mean and population SD of the per-fold values, undefined folds left out).</summary>
public sealed record MetricEstimate(
    string Name,
    bool HigherIsBetter,
    double Value,
    double Lower,
    double Upper,
    int UsedResamples,
    double FoldMean,
    double FoldStandardDeviation);
