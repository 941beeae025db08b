namespace Formcast.Formats.Sheets;

/// <summary>
/// Where a row's athlete identifier comes from: a column, a folder name in the file's path (PMData keeps one folder
/// per participant: <c>p01/pmsys/wellness.csv</c> → "p01" at <see cref="PathLevel"/> 2), or a fixed value.
/// When a mapping has none, <see cref="SheetImportOptions.AthleteKey"/> must be given (it also overrides a source).
/// </summary>
public sealed record AthleteSource
{
    /// <summary>Header names of the identifier column, in order of preference.</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>1 = the name of the folder holding the file, 2 = that folder's parent, and so on.</summary>
    public int? PathLevel { get; init; }

    /// <summary>One identifier for every row.</summary>
    public string? Constant { get; init; }
}
