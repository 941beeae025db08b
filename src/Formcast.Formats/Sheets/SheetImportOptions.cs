using Formcast.Core;

namespace Formcast.Formats.Sheets;

/// <summary>Per-import choices that do not belong in a mapping file.</summary>
public sealed record SheetImportOptions
{
    public static SheetImportOptions Default { get; } = new();

    /// <summary>Athlete identifier for every row; overrides the mapping's athlete source (an explicit choice wins).</summary>
    public string? AthleteKey { get; init; }

    /// <summary>Overrides the mapping's <see cref="SheetMapping.TimeZone"/> (the athlete's own zone).</summary>
    public string? TimeZone { get; init; }

    /// <summary>Maps an athlete identifier to a stored athlete; when null, records carry a default AthleteId.</summary>
    public Func<string, AthleteId>? ResolveAthlete { get; init; }

    /// <summary>Diagnostics kept per sheet; the rest are counted in a final summary.</summary>
    public int MaxDiagnostics { get; init; } = 1000;

    /// <summary>Largest sheet accepted, characters (a decade of daily rows for a squad is a few MB).</summary>
    public long MaxCharacters { get; init; } = 256L * 1024 * 1024;
}
