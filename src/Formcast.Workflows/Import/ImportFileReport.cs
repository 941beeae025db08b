using Formcast.Formats;

namespace Formcast.Workflows.Import;

/// <summary>The result for one file (or archive entry).</summary>
/// <param name="Name">The file as the user knows it: its path, or "archive.zip/inner/path.fit".</param>
/// <param name="Format">"fit", "tcx", "gpx", "csv" or "unknown".</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Sha256">Content hash (the de-duplication key), when the bytes could be read.</param>
/// <param name="Athletes">Handles of the athletes its records went to.</param>
/// <param name="Activities">Activities written (one per sport segment).</param>
/// <param name="Records">Sheet rows written (wellness, RPE, injuries, tests, races).</param>
/// <param name="Diagnostics">Warnings and notes (validation flags, recovered damage), each naming where.</param>
/// <param name="Reason">For failures: the first error, one line.</param>
public sealed record ImportFileReport(
    string Name,
    string Format,
    ImportOutcome Outcome,
    string? Sha256,
    IReadOnlyList<string> Athletes,
    int Activities,
    int Records,
    IReadOnlyList<FormatDiagnostic> Diagnostics,
    string? Reason)
{
    public int Warnings => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
}
