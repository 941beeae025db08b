namespace Formcast.Formats.Sheets;

/// <summary>
/// Where one record field comes from and how its cell text becomes a value. Exactly one of
/// <see cref="Columns"/> and <see cref="Constant"/> is given. The JSON form is documented in docs/sheets.md.
/// </summary>
public sealed record ColumnSpec
{
    /// <summary>Header names to look for, in order of preference (matched trimmed and case-insensitively).</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>A value used for every row instead of a column (e.g. an injury type a sheet does not record).</summary>
    public string? Constant { get; init; }

    /// <summary>The unit the sheet uses, converted to the field's unit: "min" → hours, "lb" → kg, "F" → °C, "mi" → m...</summary>
    public string? Unit { get; init; }

    /// <summary>
    /// How to read the text: for dates "iso" (default), "day-first", "month-first", "unix-s", "unix-ms" or a .NET
    /// custom format such as "dd.MM.yyyy HH:mm"; for durations "h:mm" or "m:ss" (how to read a two-part "a:b");
    /// for injuries "dict" (a {'body_part': 'severity'} literal); for text "list" (a ['a', 'b'] literal, joined).
    /// </summary>
    public string? Format { get; init; }

    /// <summary>Cell text → replacement text before parsing (case-insensitive); a null replacement means "missing".</summary>
    public IReadOnlyDictionary<string, string?>? Values { get; init; }

    /// <summary>Linear rescale [fromLow, fromHigh, toLow, toHigh] applied after unit conversion, e.g. [1, 10, 1, 5].</summary>
    public IReadOnlyList<double>? Rescale { get; init; }

    /// <summary>Overrides whether a row without this value is an error (null: the field's own default).</summary>
    public bool? Required { get; init; }

    public static ColumnSpec Column(params string[] names) => new() { Columns = names };

    public static ColumnSpec Fixed(string value) => new() { Constant = value };
}
