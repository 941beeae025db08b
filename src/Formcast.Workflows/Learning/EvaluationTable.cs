using System.Globalization;
using Formcast.Formats;
using Formcast.Learning;
using Formcast.Workflows.Learning.Internal;

namespace Formcast.Workflows.Learning;

/// <summary>
/// A CSV table turned into a <see cref="Dataset"/> for evaluation. Every column other than the target, group and time
/// columns is a feature when all its non-missing cells are numbers (invariant culture); other columns are skipped and
/// reported. Missing cells are empty or one of NA, N/A, NaN, null, None (any case). The target is numeric, or text
/// labels coded 0…k−1 in ordinal order (the positive label, when given, last). Groups may be any text; time is a
/// number (any unit) or an ISO 8601 date/date-time, turned into days since 1970-01-01 UTC.
/// </summary>
public sealed class EvaluationTable
{
    private static readonly string[] MissingTokens = ["", "NA", "N/A", "NAN", "NULL", "NONE"];

    private EvaluationTable(Dataset data, IReadOnlyList<SkippedColumn> skipped, IReadOnlyList<string>? labels, bool targetIsNumeric,
        int missingCells, int groupCount, bool timeIsDate)
    {
        Data = data;
        Skipped = skipped;
        Labels = labels;
        TargetIsNumeric = targetIsNumeric;
        MissingCells = missingCells;
        GroupCount = groupCount;
        TimeIsDate = timeIsDate;
    }

    public Dataset Data { get; }

    public IReadOnlyList<SkippedColumn> Skipped { get; }

    /// <summary>Text labels by code when the target is text; null for a numeric target.</summary>
    public IReadOnlyList<string>? Labels { get; }

    public bool TargetIsNumeric { get; }

    /// <summary>Missing feature cells (left as NaN for imputation).</summary>
    public int MissingCells { get; }

    public int GroupCount { get; }

    /// <summary>True when the time column held dates (time unit: days).</summary>
    public bool TimeIsDate { get; }

    /// <summary>Reads <paramref name="reader"/> (named <paramref name="file"/> in diagnostics).</summary>
    public static (EvaluationTable? Table, IReadOnlyList<FormatDiagnostic> Diagnostics) Read(TextReader reader, string file, string target,
        string? group = null, string? time = null, MissingValuePolicy missing = MissingValuePolicy.Error, string? positiveLabel = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(target);
        var (table, csvError) = CsvTable.Read(reader, file);
        if (table is null) return (null, [csvError!]);

        var diagnostics = new List<FormatDiagnostic>();
        FormatDiagnostic Error(string code, string message, int? line = null, string? field = null) =>
            new(DiagnosticSeverity.Error, code, message, file, Line: line, Field: field);

        int Find(string name, string role)
        {
            var exact = Array.IndexOf(table.Header, name);
            if (exact >= 0) return exact;
            var loose = table.Header.Select((h, i) => (h, i)).Where(p => string.Equals(p.h, name, StringComparison.OrdinalIgnoreCase)).ToArray();
            if (loose.Length == 1) return loose[0].i;
            diagnostics.Add(Error("evaluate.column", $"no {role} column '{name}'; columns are: {string.Join(", ", table.Header)}", 1, name));
            return -1;
        }

        var targetIndex = Find(target, "target");
        var groupIndex = group is null ? -1 : Find(group, "group");
        var timeIndex = time is null ? -1 : Find(time, "time");
        if (diagnostics.Count > 0) return (null, diagnostics);
        if (table.Rows.Count < 2) return (null, [Error("evaluate.rows", $"the table has {table.Rows.Count} data rows; evaluation needs more")]);

        // Target: numeric when every cell parses; otherwise text labels.
        var targetCells = table.Rows.Select(r => r[targetIndex].Trim()).ToArray();
        for (var r = 0; r < targetCells.Length; r++)
        {
            if (IsMissing(targetCells[r])) return (null, [Error("evaluate.target.missing", $"the target '{table.Header[targetIndex]}' is missing", table.Lines[r], table.Header[targetIndex])]);
        }

        var numericTarget = targetCells.All(c => TryNumber(c, out _));
        double[] y;
        string[]? labels = null;
        if (numericTarget)
        {
            y = targetCells.Select(c => Number(c)).ToArray();
            if (positiveLabel is not null)
            {
                if (!TryNumber(positiveLabel, out var positive) || !y.Contains(positive))
                    return (null, [Error("evaluate.positive", $"positive label '{positiveLabel}' is not a value of the target", field: table.Header[targetIndex])]);
                if (y.Distinct().Max() != positive)
                    return (null, [Error("evaluate.positive", $"for a numeric target the positive class is the largest value ({y.Max()}); '{positiveLabel}' is not", field: table.Header[targetIndex])]);
            }
        }
        else
        {
            var distinct = targetCells.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (positiveLabel is not null)
            {
                if (!distinct.Remove(positiveLabel))
                    return (null, [Error("evaluate.positive", $"positive label '{positiveLabel}' is not a value of the target", field: table.Header[targetIndex])]);
                distinct.Add(positiveLabel);
            }

            labels = [.. distinct];
            var code = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => (double)p.i, StringComparer.Ordinal);
            y = targetCells.Select(c => code[c]).ToArray();
        }

        int[]? groups = null;
        var groupCount = 0;
        if (groupIndex >= 0)
        {
            var cells = table.Rows.Select(r => r[groupIndex].Trim()).ToArray();
            for (var r = 0; r < cells.Length; r++)
            {
                if (IsMissing(cells[r])) return (null, [Error("evaluate.group.missing", $"the group '{table.Header[groupIndex]}' is missing", table.Lines[r], table.Header[groupIndex])]);
            }

            var ids = cells.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i, StringComparer.Ordinal);
            groups = cells.Select(c => ids[c]).ToArray();
            groupCount = ids.Count;
        }

        double[]? times = null;
        var timeIsDate = false;
        if (timeIndex >= 0)
        {
            var cells = table.Rows.Select(r => r[timeIndex].Trim()).ToArray();
            times = new double[cells.Length];
            timeIsDate = !cells.All(c => TryNumber(c, out _));
            for (var r = 0; r < cells.Length; r++)
            {
                var ok = timeIsDate ? TryDays(cells[r], out times[r]) : TryNumber(cells[r], out times[r]);
                if (!ok)
                    return (null, [Error("evaluate.time", $"time '{cells[r]}' is neither a number nor an ISO 8601 date", table.Lines[r], table.Header[timeIndex])]);
            }
        }

        // Features: every other column whose non-missing cells are all numbers.
        var skipped = new List<SkippedColumn>();
        var featureColumns = new List<int>();
        for (var c = 0; c < table.Header.Length; c++)
        {
            if (c == targetIndex || c == groupIndex || c == timeIndex) continue;
            var firstText = -1;
            var present = 0;
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var cell = table.Rows[r][c].Trim();
                if (IsMissing(cell)) continue;
                present++;
                if (firstText < 0 && !TryNumber(cell, out _)) firstText = r;
            }

            if (present == 0) skipped.Add(new SkippedColumn(table.Header[c], "every cell is missing"));
            else if (firstText >= 0)
                skipped.Add(new SkippedColumn(table.Header[c], string.Create(CultureInfo.InvariantCulture, $"not numeric (line {table.Lines[firstText]}: '{table.Rows[firstText][c].Trim()}')")));
            else featureColumns.Add(c);
        }

        foreach (var s in skipped) diagnostics.Add(new FormatDiagnostic(DiagnosticSeverity.Warning, "evaluate.column.skipped", s.Reason, file, Line: 1, Field: s.Name));
        if (featureColumns.Count == 0) return (null, [.. diagnostics, Error("evaluate.features", "no numeric feature column remains")]);

        var x = new Matrix(table.Rows.Count, featureColumns.Count);
        var missingCells = 0;
        (int Line, string Column)? firstMissing = null;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var j = 0; j < featureColumns.Count; j++)
            {
                var cell = table.Rows[r][featureColumns[j]].Trim();
                if (IsMissing(cell))
                {
                    x[r, j] = double.NaN;
                    missingCells++;
                    firstMissing ??= (table.Lines[r], table.Header[featureColumns[j]]);
                }
                else
                {
                    x[r, j] = Number(cell);
                }
            }
        }

        if (missingCells > 0 && missing == MissingValuePolicy.Error)
        {
            var (line, column) = firstMissing!.Value;
            return (null, [.. diagnostics, Error("evaluate.missing", string.Create(CultureInfo.InvariantCulture,
                $"{missingCells} feature cells are missing, the first in column '{column}'; fill them or ask for median imputation"), line, column)]);
        }

        var names = featureColumns.Select(c => table.Header[c]).ToArray();
        var data = new Dataset(x, y, names, groups, time: times);
        return (new EvaluationTable(data, skipped, labels, numericTarget, missingCells, groupCount, timeIsDate), diagnostics);
    }

    private static bool IsMissing(string cell) => MissingTokens.Contains(cell.ToUpperInvariant());

    private static bool TryNumber(string cell, out double value) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static double Number(string cell) => double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static bool TryDays(string cell, out double days)
    {
        days = 0;
        if (!DateTimeOffset.TryParse(cell, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var value)) return false;
        days = (value.UtcDateTime - DateTime.UnixEpoch).TotalDays;
        return true;
    }
}
