using Formcast.Learning.Evaluation;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>Precision and recall at <see cref="FlagsPerWeek"/> flags per squad-week, with the raw counts.</summary>
internal sealed record BudgetResult(int FlagsPerWeek, ConfidenceInterval Precision, ConfidenceInterval Recall, int Flagged, int Caught);
