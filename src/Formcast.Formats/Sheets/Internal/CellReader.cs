using System.Globalization;
using Formcast.Formats.Common.Internal;

namespace Formcast.Formats.Sheets.Internal;

/// <summary>
/// Reads one cell for one field: missing-value and value-map handling, numbers (with a decimal comma when the sheet
/// is not comma-separated), clock durations, unit conversion, rescaling, ranges, dates, enums. A problem is reported
/// at the cell (line, column number, header) with the value found and what was expected; required fields make it an
/// error (the row is skipped), optional ones a warning (the value is left out).
/// </summary>
internal sealed class CellReader(SheetMapping mapping, char delimiter, TimeZoneInfo zone, DiagnosticCollector diagnostics)
{
    private readonly HashSet<string> _missing = new(mapping.MissingValues.Select(v => v.Trim()), StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _emptyMarkers = new(mapping.EmptyRowMarkers.Select(v => v.Trim()), StringComparer.OrdinalIgnoreCase);

    /// <summary>Set when a required field failed in the current row.</summary>
    public bool RowFailed { get; set; }

    /// <summary>The cell's text after the value map, or null when missing.</summary>
    public string? Text(FieldPlan plan, IReadOnlyList<CsvField> row)
    {
        var raw = Raw(plan, row);
        if (plan.Spec.Values is { } map && map.TryGetValue(raw, out var replaced)) return replaced?.Trim();
        return plan.IsConstant || !_missing.Contains(raw) ? raw : null;
    }

    /// <summary>True when the cell is missing or an empty-row marker (used to recognise empty submissions).</summary>
    public bool IsBlank(FieldPlan plan, IReadOnlyList<CsvField> row)
    {
        var raw = Raw(plan, row);
        return _missing.Contains(raw) || _emptyMarkers.Contains(raw);
    }

    public double? Number(FieldPlan plan, IReadOnlyList<CsvField> row, int line, string? targetUnit = null, double? min = null, double? max = null)
    {
        var text = Text(plan, row);
        if (text is null) return Missing(plan, row, line);

        var def = plan.Def;
        var target = Units.Resolve(targetUnit ?? def.Unit);
        double value;
        if (target?.Dimension == Dimension.Duration && text.Contains(':', StringComparison.Ordinal))
        {
            if (!TryClock(text, plan.Spec.Format ?? DefaultClock(target.Value.Unit), out var seconds))
                return Problem(plan, row, line, text, "a duration such as 1:02:03 (h:mm:ss)");
            value = Units.Convert(seconds, "s", target.Value.Unit);
        }
        else
        {
            if (!TryDecimal(text, out value)) return Problem(plan, row, line, text, "a number such as 7.5");
            if (plan.SheetUnit is { } from && target is { } to)
            {
                if (Units.Resolve(from)!.Value.Dimension != to.Dimension)
                    return Problem(plan, row, line, text, $"convertible: the mapping's unit '{from}' does not convert to {to.Unit}");
                value = Units.Convert(value, from, to.Unit);
            }
        }

        if (plan.Spec.Rescale is { Count: 4 } r) value = r[2] + ((value - r[0]) * (r[3] - r[2]) / (r[1] - r[0]));
        var low = min ?? def.Min;
        var high = max ?? def.Max;
        var belowMin = def.MinExclusive ? value <= low : value < low;
        if (belowMin || value > high)
        {
            return Report(plan, row, line, "csv.value.range",
                string.Create(CultureInfo.InvariantCulture, $"{Show(text)} gives {value:0.###}, outside {def.Expected}"));
        }

        return value;
    }

    public DateOnly? Date(FieldPlan plan, IReadOnlyList<CsvField> row, int line)
    {
        var text = Text(plan, row);
        if (text is null)
        {
            Missing(plan, row, line);
            return null;
        }

        if (SheetDates.TryParse(text, plan.Spec.Format, zone, out var date)) return date;
        Problem(plan, row, line, text, SheetDates.Expected(plan.Spec.Format));
        return null;
    }

    public string? String(FieldPlan? plan, IReadOnlyList<CsvField> row, int line)
    {
        if (plan is null) return null;
        var text = Text(plan, row);
        if (text is null)
        {
            Missing(plan, row, line);
            return null;
        }

        if (plan.Spec.Format == "list" && Literals.TryParseList(text, out var items)) return items.Count == 0 ? null : string.Join(", ", items);
        return text;
    }

    public TEnum? Choice<TEnum>(FieldPlan? plan, string? text, IReadOnlyList<CsvField> row, int line)
        where TEnum : struct, Enum
    {
        if (plan is null || text is null) return null;
        if (plan.Spec.Values is { } map && map.TryGetValue(text.Trim(), out var replaced)) text = replaced;
        if (text is not null && System.Enum.TryParse<TEnum>(text.Trim(), true, out var value) && System.Enum.IsDefined(value) && !int.TryParse(text, out _))
            return value;
        Problem(plan, row, line, text ?? "", plan.Def.Expected);
        return null;
    }

    /// <summary>Reports a problem at the cell of <paramref name="plan"/>; returns null for use as a value.</summary>
    public double? Problem(FieldPlan plan, IReadOnlyList<CsvField> row, int line, string text, string expected) =>
        Report(plan, row, line, "csv.value.invalid", $"{Show(text)} is not {expected}");

    private double? Missing(FieldPlan plan, IReadOnlyList<CsvField> row, int line)
    {
        if (!plan.Required) return null;
        RowFailed = true;
        diagnostics.Add(DiagnosticSeverity.Error, "csv.value.missing", $"{plan.Def.Name} is required but the cell is empty; the row is skipped",
            CellLine(plan, row, line), Column(plan), plan.HeaderName ?? plan.Def.Name);
        return null;
    }

    private double? Report(FieldPlan plan, IReadOnlyList<CsvField> row, int line, string code, string message)
    {
        var required = plan.Required;
        if (required) RowFailed = true;
        diagnostics.Add(
            required ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            code,
            $"{plan.Def.Name}: {message}; {(required ? "the row is skipped" : "the value is left out")}",
            CellLine(plan, row, line),
            Column(plan),
            plan.HeaderName ?? plan.Def.Name);
        return null;
    }

    private static string Raw(FieldPlan plan, IReadOnlyList<CsvField> row) =>
        plan.Spec.Constant?.Trim() ?? (plan.ColumnIndex < row.Count ? row[plan.ColumnIndex].Text.Trim() : "");

    private static int CellLine(FieldPlan plan, IReadOnlyList<CsvField> row, int line) =>
        plan.ColumnIndex >= 0 && plan.ColumnIndex < row.Count ? row[plan.ColumnIndex].Line : line;

    private static int? Column(FieldPlan plan) => plan.ColumnIndex >= 0 ? plan.ColumnIndex + 1 : null;

    private static string Show(string text) => "'" + Common.Internal.Text.Excerpt(text) + "'";

    private bool TryDecimal(string text, out double value)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value)) return true;

        // Sheets saved by spreadsheets in many European locales use ';' between fields and ',' for decimals.
        if (delimiter != ',' && text.Count(c => c == ',') == 1 && !text.Contains('.', StringComparison.Ordinal) &&
            double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        {
            return true;
        }

        return false;
    }

    /// <summary>Two-part clock text means h:mm for hour and minute fields (sleep 7:30), m:ss for seconds (a 4:35 km).</summary>
    private static string DefaultClock(string unit) => unit is "s" or "ms" ? "m:ss" : "h:mm";

    /// <summary>Parses "h:mm:ss[.f]", or a two-part clock read as <paramref name="format"/>; seconds.</summary>
    private static bool TryClock(string text, string format, out double seconds)
    {
        seconds = 0;
        var parts = text.Trim().Split(':');
        if (parts.Length is < 2 or > 3) return false;
        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var styles = i == parts.Length - 1 ? NumberStyles.AllowDecimalPoint : NumberStyles.None;
            if (parts[i].Length == 0 || !double.TryParse(parts[i], styles, CultureInfo.InvariantCulture, out values[i])) return false;
            if (i > 0 && values[i] >= 60) return false;
        }

        seconds = parts.Length == 3
            ? (values[0] * 3600) + (values[1] * 60) + values[2]
            : format == "m:ss" ? (values[0] * 60) + values[1] : (values[0] * 3600) + (values[1] * 60);
        return true;
    }
}
