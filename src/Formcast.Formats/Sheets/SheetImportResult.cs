using Formcast.Core;

namespace Formcast.Formats.Sheets;

/// <summary>What a sheet import produced: records by kind (each with its athlete identifier and line) and diagnostics.</summary>
public sealed record SheetImportResult
{
    public IReadOnlyList<SheetRow<WellnessEntry>> Wellness { get; init; } = [];

    public IReadOnlyList<SheetRow<SessionRpe>> SessionRpe { get; init; } = [];

    public IReadOnlyList<SheetRow<Injury>> Injuries { get; init; } = [];

    public IReadOnlyList<SheetRow<PerformanceTest>> Tests { get; init; } = [];

    public IReadOnlyList<SheetRow<RaceResult>> Races { get; init; } = [];

    public IReadOnlyList<FormatDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>Data rows read (excluding the header).</summary>
    public int RowCount { get; init; }

    /// <summary>Data rows that produced no record because of an error or because they were empty.</summary>
    public int SkippedRowCount { get; init; }

    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    public int RecordCount => Wellness.Count + SessionRpe.Count + Injuries.Count + Tests.Count + Races.Count;
}
