namespace Formcast.Formats.Sheets.Internal;

/// <summary>
/// One target field: its type, dimension and unit, the accepted range (mirroring the Core record's Validate so that
/// an out-of-range value is reported at its cell) and whether a row needs it.
/// </summary>
internal sealed record FieldDef(string Name, FieldType Type, Dimension Dimension, string? Unit, double Min, double Max, bool Required, string Expected)
{
    public bool MinExclusive { get; init; }
}
