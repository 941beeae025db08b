using Formcast.Learning.Evaluation;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>One risk score's held-out metrics with bootstrap intervals and its curves.</summary>
internal sealed record ScorerResult(
    string Name, ConfidenceInterval RocAuc, ConfidenceInterval AveragePrecision, ConfidenceInterval Brier,
    IReadOnlyList<BudgetResult> Budget, CurvePoints Roc, CurvePoints PrecisionRecall, CalibrationCurve Calibration);
