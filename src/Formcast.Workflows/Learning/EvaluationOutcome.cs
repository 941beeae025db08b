using Formcast.Formats;

namespace Formcast.Workflows.Learning;

/// <summary>An evaluation's report, or the errors that prevented it, plus warnings (e.g. skipped columns) either way.</summary>
public sealed class EvaluationOutcome
{
    internal EvaluationOutcome(EvaluationReport? report, IReadOnlyList<FormatDiagnostic> diagnostics)
    {
        Report = report;
        Diagnostics = diagnostics;
    }

    public EvaluationReport? Report { get; }

    public IReadOnlyList<FormatDiagnostic> Diagnostics { get; }

    public bool Succeeded => Report is not null && Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
}
