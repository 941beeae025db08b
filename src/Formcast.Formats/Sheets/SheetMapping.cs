using Formcast.Formats.Sheets.Internal;

namespace Formcast.Formats.Sheets;

/// <summary>
/// A declarative description of a sheet: its text conventions, where the athlete comes from, and one or more record
/// mappings (a single row can yield, say, a wellness entry and a session RPE). Built-in mappings are in
/// <see cref="SheetMappings"/>; users write their own as a small JSON file (docs/sheets.md) read by
/// <see cref="FromJson"/>.
/// </summary>
public sealed record SheetMapping
{
    /// <summary>Cell texts meaning "no value" when no value map says otherwise (compared trimmed, case-insensitively).</summary>
    public static IReadOnlyList<string> DefaultMissingValues { get; } = ["", "NA", "N/A", "NaN", "null", "-", "--"];

    public string Name { get; init; } = "custom";

    /// <summary>Field separator; null detects ',', ';', tab or '|' from the header line.</summary>
    public char? Delimiter { get; init; }

    /// <summary>
    /// IANA time zone that turns timestamps carrying an offset (e.g. "2019-11-01T08:31:40Z") into the athlete's
    /// calendar date; timestamps without offset are taken as local already. Overridable per import.
    /// </summary>
    public string TimeZone { get; init; } = "UTC";

    public AthleteSource? Athlete { get; init; }

    public IReadOnlyList<string> MissingValues { get; init; } = DefaultMissingValues;

    /// <summary>
    /// Cell texts that, when every mapped value of a row is one of them or missing, mark an empty submission: the row
    /// is skipped with a warning instead of failing on its required fields (PMSys writes "{}" for an unanswered list).
    /// </summary>
    public IReadOnlyList<string> EmptyRowMarkers { get; init; } = [];

    public required IReadOnlyList<SheetRecordMapping> Records { get; init; }

    /// <summary>Reads a mapping file's JSON; problems are diagnostics naming the JSON path (and line for syntax).</summary>
    public static DecodeResult<SheetMapping> FromJson(string json, string? file = null) => MappingJson.Parse(json, file);

    /// <summary>Reads a mapping file from disk.</summary>
    public static DecodeResult<SheetMapping> Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return DecodeResult.Failure<SheetMapping>(new FormatDiagnostic(DiagnosticSeverity.Error, "sheet.mapping.io", "the mapping file could not be read: " + ex.Message, path));
        }

        return FromJson(json, path);
    }

    /// <summary>Checks fields, units, formats and the time zone; an empty list means the mapping is usable.</summary>
    public IReadOnlyList<FormatDiagnostic> Check(string? file = null) => MappingCheck.Run(this, file);
}
