namespace Formcast.Formats.Sheets;

/// <summary>How a sheet's rows become records of one kind: a field name → <see cref="ColumnSpec"/> map.</summary>
public sealed record SheetRecordMapping
{
    public required SheetRecordKind Kind { get; init; }

    /// <summary>Field names as in docs/sheets.md (e.g. "date", "sleepDurationHours", "rpe"), case-insensitive.</summary>
    public required IReadOnlyDictionary<string, ColumnSpec> Fields { get; init; }

    /// <summary>
    /// For injuries: rows are periodic status reports (PMSys asks "are you injured?" every few days), so consecutive
    /// reports naming the same body part form one episode starting at the first of them; a report without that body
    /// part ends it.
    /// </summary>
    public bool MergeStatusReports { get; init; }
}
