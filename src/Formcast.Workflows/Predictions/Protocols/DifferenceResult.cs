using Formcast.Learning.Evaluation;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>Model minus baseline on the same rows and resamples: ROC AUC and average precision (positive = model
/// better) and Brier score (negative = model better).</summary>
internal sealed record DifferenceResult(string Model, string Baseline, ConfidenceInterval RocAuc, ConfidenceInterval AveragePrecision, ConfidenceInterval Brier)
{
    /// <summary>The model ranks injuries better than the baseline beyond resampling noise.</summary>
    public bool ModelBetterAuc => RocAuc.Lower > 0;

    /// <summary>The model is worse than the baseline beyond resampling noise.</summary>
    public bool ModelWorseAuc => RocAuc.Upper < 0;
}
