using Formcast.Learning.Evaluation;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>One risk score's held-out metrics with bootstrap intervals and its curves. <see cref="RocAuc"/> pairs rows
/// of the same fold only; <see cref="PooledRocAuc"/> pools every tested row (see <see cref="RiskComparison"/>).</summary>
internal sealed record ScorerResult(
    string Name, ConfidenceInterval RocAuc, ConfidenceInterval PooledRocAuc, ConfidenceInterval AveragePrecision, ConfidenceInterval Brier,
    IReadOnlyList<BudgetResult> Budget, CurvePoints Roc, CurvePoints PrecisionRecall, CalibrationCurve Calibration);
