using Formcast.Formats;

namespace Formcast.Workflows.Predictions;

/// <summary>The report when the evaluation ran, and every diagnostic of reading the data (errors mean no report).</summary>
public sealed record PredictionOutcome(PredictionReport? Report, IReadOnlyList<FormatDiagnostic> Diagnostics)
{
    public bool Succeeded => Report is not null && Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
}
