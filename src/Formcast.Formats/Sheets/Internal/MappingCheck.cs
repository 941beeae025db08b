using System.Globalization;
using Formcast.Core;

namespace Formcast.Formats.Sheets.Internal;

/// <summary>Checks a <see cref="SheetMapping"/> before any row is read; each problem names its JSON path.</summary>
internal static class MappingCheck
{
    public static IReadOnlyList<FormatDiagnostic> Run(SheetMapping mapping, string? file)
    {
        var problems = new List<FormatDiagnostic>();
        void Fail(string path, string message) =>
            problems.Add(new FormatDiagnostic(DiagnosticSeverity.Error, "sheet.mapping.invalid", message, file, Field: path));

        if (!TimeZones.IsKnown(mapping.TimeZone)) Fail("timeZone", $"'{mapping.TimeZone}' is not a known IANA time zone such as Europe/Oslo or UTC");
        if (mapping.Delimiter is '"' or '\n' or '\r') Fail("delimiter", "a quote or line break cannot separate fields");
        if (mapping.Athlete is { } athlete)
        {
            var sources = (athlete.Columns.Count > 0 ? 1 : 0) + (athlete.PathLevel is null ? 0 : 1) + (athlete.Constant is null ? 0 : 1);
            if (sources != 1) Fail("athlete", "give exactly one of column, pathLevel or value");
            if (athlete.PathLevel is < 1 or > 32) Fail("athlete.pathLevel", "must be 1 (the file's folder) or more");
        }

        if (mapping.Records.Count == 0) Fail("records", "at least one record mapping is needed");
        for (var r = 0; r < mapping.Records.Count; r++)
        {
            var record = mapping.Records[r];
            var prefix = string.Create(CultureInfo.InvariantCulture, $"records[{r}]");
            CheckRecord(record, prefix, Fail);
        }

        return problems;
    }

    private static void CheckRecord(SheetRecordMapping record, string prefix, Action<string, string> fail)
    {
        var kind = record.Kind;
        if (record.MergeStatusReports && kind != SheetRecordKind.Injury) fail(prefix + ".mergeStatusReports", "applies to injury records only");
        var given = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, spec) in record.Fields)
        {
            var path = prefix + ".fields." + name;
            var def = FieldCatalog.Find(kind, name);
            if (def is null)
            {
                fail(path, $"'{name}' is not a field of {kind} records; known fields: {string.Join(", ", FieldCatalog.All(kind).Select(d => d.Name))}");
                continue;
            }

            given.Add(def.Name);
            CheckSpec(def, spec, kind, path, fail);
        }

        // Injuries need one of bodyPart and injuries, checked below; every other required field must be mapped.
        foreach (var def in FieldCatalog.All(kind).Where(d => d.Required && !given.Contains(d.Name) && d.Name is not ("bodyPart" or "injuries")))
            fail(prefix + ".fields", $"{kind} records need '{def.Name}' ({def.Expected})");

        if (kind == SheetRecordKind.Injury)
        {
            if (!given.Contains("bodyPart") && !given.Contains("injuries")) fail(prefix + ".fields", "injury records need 'bodyPart' or 'injuries'");
            if (given.Contains("bodyPart") && given.Contains("injuries")) fail(prefix + ".fields", "give 'bodyPart' or 'injuries', not both");
            if (!given.Contains("type")) fail(prefix + ".fields", "injury records need 'type' (a column, or a constant such as \"unspecified\")");
            if (record.MergeStatusReports && !given.Contains("injuries")) fail(prefix + ".mergeStatusReports", "needs the 'injuries' field (one report per row)");
        }
    }

    private static void CheckSpec(FieldDef def, ColumnSpec spec, SheetRecordKind kind, string path, Action<string, string> fail)
    {
        var hasColumn = spec.Columns.Count > 0 && spec.Columns.All(c => !string.IsNullOrWhiteSpace(c));
        if (hasColumn == (spec.Constant is not null)) fail(path, "give exactly one of column and value");
        if (spec.Unit is not null)
        {
            var unit = Units.Resolve(spec.Unit);
            var testValue = kind == SheetRecordKind.PerformanceTest && def.Name == "value";
            if (unit is null) fail(path + ".unit", $"'{spec.Unit}' is not a known unit; this field takes {Units.Known(def.Dimension)}");
            else if (!testValue && unit.Value.Dimension != def.Dimension) fail(path + ".unit", $"'{spec.Unit}' does not fit this field, which takes {Units.Known(def.Dimension)}");
        }

        if (spec.Format is { } format)
        {
            var ok = def.Type switch
            {
                FieldType.Date => SheetDates.NamedFormats.Contains(format, StringComparer.Ordinal) || LooksLikeDatePattern(format),
                FieldType.Number => def.Dimension == Dimension.Duration && format is "h:mm" or "m:ss",
                FieldType.InjuryList => format is "dict",
                FieldType.Text => format is "list",
                _ => false,
            };
            if (!ok) fail(path + ".format", $"'{format}' is not a format for this field ({FormatsFor(def)})");
        }

        if (spec.Rescale is { } rescale)
        {
            if (def.Type != FieldType.Number) fail(path + ".rescale", "applies to numeric fields only");
            else if (rescale.Count != 4 || !rescale.All(double.IsFinite) || rescale[0] == rescale[1])
                fail(path + ".rescale", "needs four finite numbers [fromLow, fromHigh, toLow, toHigh] with fromLow ≠ fromHigh");
        }

        if (spec.Constant is { } constant && def.Type == FieldType.Severity && !Enum.TryParse<InjurySeverity>(constant, true, out _))
            fail(path + ".value", $"'{constant}' is not a severity; expected {def.Expected}");
        if (spec.Constant is { } kindName && def.Type == FieldType.TestKind && !Enum.TryParse<PerformanceTestKind>(kindName, true, out _))
            fail(path + ".value", $"'{kindName}' is not a test kind; expected one of {string.Join(", ", Enum.GetNames<PerformanceTestKind>())}");
    }

    private static bool LooksLikeDatePattern(string format) =>
        format.Contains('y', StringComparison.Ordinal) && format.Contains('M', StringComparison.Ordinal) && format.Contains('d', StringComparison.Ordinal);

    private static string FormatsFor(FieldDef def) => def.Type switch
    {
        FieldType.Date => "iso, day-first, month-first, unix-s, unix-ms or a .NET pattern such as dd.MM.yyyy",
        FieldType.Number when def.Dimension == Dimension.Duration => "h:mm or m:ss",
        FieldType.InjuryList => "dict",
        FieldType.Text => "list",
        _ => "none",
    };
}
