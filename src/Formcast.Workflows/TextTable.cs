namespace Formcast.Workflows;

/// <summary>A table of display strings, drawn by the command line as a terminal table and by the report as HTML, so
/// both show the same rows. <see cref="Numeric"/> marks right-aligned columns.</summary>
public sealed record TextTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<bool> Numeric)
{
    public static TextTable Of(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, params int[] numericColumns) =>
        new(headers, [.. rows], [.. headers.Select((_, k) => numericColumns.Contains(k))]);
}
