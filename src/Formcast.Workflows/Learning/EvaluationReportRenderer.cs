using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Formcast.Workflows.Learning;

/// <summary>Renders an <see cref="EvaluationReport"/> as an aligned text report for terminals or as JSON (snake_case
/// keys, undefined numbers as null, text escaped for JSON only — the output is not meant for embedding in HTML). Both
/// are invariant-culture and deterministic.</summary>
public static class EvaluationReportRenderer
{
    private const int ListedFeatures = 12;

    private static readonly bool[] MetricAlignment = [false, true, false, false];
    private static readonly string[] FoldHeader = ["fold", "train", "test", "groups"];

    public static string ToText(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var d = report.Data;
        var p = report.Protocol;
        var text = new StringBuilder();
        text.Append("Formcast evaluation\n");
        var head = new List<(string Key, string Value)>
        {
            ("model", $"{p.Model} — {p.ModelDescription}"),
            ("data", Invariant($"{d.File}: {d.Rows} rows, {d.Features.Count} features ({FeatureList(d.Features)})")),
        };
        head.AddRange(d.Skipped.Select(s => ("skipped", $"{s.Name}: {s.Reason}")));
        var target = d.Task == ModelTask.Classification
            ? $"{d.Target}: classification ({d.TaskReason}); classes {string.Join(", ", d.Classes)}{(d.PositiveClass is null ? "" : $"; positive {d.PositiveClass}")}"
            : $"{d.Target}: regression ({d.TaskReason})";
        head.Add(("target", target));
        if (d.GroupColumn is not null) head.Add(("groups", Invariant($"{d.GroupColumn}: {d.Groups}")));
        if (d.TimeColumn is not null) head.Add(("time", $"{d.TimeColumn} ({d.TimeUnit})"));
        if (d.MissingCells > 0) head.Add(("missing", Invariant($"{d.MissingCells} feature cells, filled with training-fold medians")));
        head.Add(("protocol", Invariant($"{p.Split}; seed {p.Seed}")));
        head.Add(("tested", Invariant($"{d.TestedRows} of {d.Rows} rows, out of fold")));
        head.Add(("intervals", Invariant($"{Percent(p.Confidence)} {p.Interval} bootstrap, {p.BootstrapResamples} resamples{(p.BootstrapClusters is null ? " of rows" : $" of {p.BootstrapClusters} groups")}")));
        foreach (var (key, value) in head) text.Append("  ").Append(key.PadRight(10)).Append(value).Append('\n');

        text.Append('\n');
        var metricRows = new List<string[]> { new[] { "metric", "pooled", $"{Percent(p.Confidence)} interval", "folds mean ± SD" } };
        metricRows.AddRange(report.Metrics.Select(m => new[]
        {
            m.Name + (m.HigherIsBetter ? " ↑" : " ↓"),
            Number(m.Value),
            $"[{Number(m.Lower)}, {Number(m.Upper)}]",
            $"{Number(m.FoldMean)} ± {Number(m.FoldStandardDeviation)}",
        }));
        AppendTable(text, metricRows, MetricAlignment);

        text.Append('\n');
        var names = report.Folds.Count == 0 ? [] : report.Folds[0].Scores.Select(s => s.Key).ToArray();
        var foldRows = new List<string[]> { FoldHeader.Concat(names).ToArray() };
        foldRows.AddRange(report.Folds.Select(f => new[]
        {
            Invariant($"{f.Fold}"), Invariant($"{f.TrainRows}"), Invariant($"{f.TestRows}"), d.GroupColumn is null ? "-" : Invariant($"{f.TestGroups}"),
        }.Concat(f.Scores.Select(s => Number(s.Value))).ToArray()));
        AppendTable(text, foldRows, rightAligned: Enumerable.Repeat(true, foldRows[0].Length).ToArray());

        if (report.Notes.Count > 0)
        {
            text.Append("\nnotes\n");
            foreach (var note in report.Notes) text.Append("  - ").Append(note).Append('\n');
        }

        return text.ToString();
    }

    public static string ToJson(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var d = report.Data;
            var p = report.Protocol;
            json.WriteStartObject();
            json.WriteStartObject("model");
            json.WriteString("name", p.Model);
            json.WriteString("description", p.ModelDescription);
            json.WriteEndObject();

            json.WriteStartObject("data");
            json.WriteString("file", d.File);
            json.WriteNumber("rows", d.Rows);
            json.WriteNumber("tested_rows", d.TestedRows);
            Strings(json, "features", d.Features);
            json.WriteStartArray("skipped");
            foreach (var s in d.Skipped)
            {
                json.WriteStartObject();
                json.WriteString("column", s.Name);
                json.WriteString("reason", s.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("target", d.Target);
            json.WriteString("task", d.Task.ToString().ToLowerInvariant());
            json.WriteString("task_reason", d.TaskReason);
            Strings(json, "classes", d.Classes);
            NullableString(json, "positive_class", d.PositiveClass);
            NullableString(json, "group_column", d.GroupColumn);
            json.WriteNumber("groups", d.Groups);
            NullableString(json, "time_column", d.TimeColumn);
            NullableString(json, "time_unit", d.TimeUnit);
            json.WriteNumber("missing_cells", d.MissingCells);
            json.WriteString("missing_values", d.Missing == MissingValuePolicy.Error ? "error" : "impute_median");
            json.WriteEndObject();

            json.WriteStartObject("protocol");
            json.WriteString("split", p.Split);
            json.WriteNumber("folds", p.Folds);
            json.WriteNumber("seed", p.Seed);
            json.WriteNumber("bootstrap_resamples", p.BootstrapResamples);
            json.WriteNumber("confidence", p.Confidence);
            json.WriteString("interval", p.Interval);
            NullableString(json, "bootstrap_clusters", p.BootstrapClusters);
            json.WriteEndObject();

            json.WriteStartArray("metrics");
            foreach (var m in report.Metrics)
            {
                json.WriteStartObject();
                json.WriteString("name", m.Name);
                json.WriteBoolean("higher_is_better", m.HigherIsBetter);
                NumberOrNull(json, "pooled", m.Value);
                NumberOrNull(json, "lower", m.Lower);
                NumberOrNull(json, "upper", m.Upper);
                json.WriteNumber("used_resamples", m.UsedResamples);
                NumberOrNull(json, "fold_mean", m.FoldMean);
                NumberOrNull(json, "fold_sd", m.FoldStandardDeviation);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("folds");
            foreach (var f in report.Folds)
            {
                json.WriteStartObject();
                json.WriteNumber("fold", f.Fold);
                json.WriteNumber("train_rows", f.TrainRows);
                json.WriteNumber("test_rows", f.TestRows);
                json.WriteNumber("test_groups", f.TestGroups);
                json.WriteStartObject("scores");
                foreach (var s in f.Scores) NumberOrNull(json, s.Key, s.Value);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Strings(json, "notes", report.Notes);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Four decimals, or four significant digits for magnitudes above 10,000 or below 0.001.</summary>
    private static string Number(double value)
    {
        if (double.IsNaN(value)) return "n/a";
        var magnitude = Math.Abs(value);
        return magnitude != 0 && (magnitude >= 1e4 || magnitude < 1e-3)
            ? value.ToString("G4", CultureInfo.InvariantCulture)
            : value.ToString("F4", CultureInfo.InvariantCulture);
    }

    /// <summary>Up to <see cref="ListedFeatures"/> names, then a count of the rest (JSON lists them all).</summary>
    private static string FeatureList(IReadOnlyList<string> features) => features.Count <= ListedFeatures
        ? string.Join(", ", features)
        : string.Join(", ", features.Take(ListedFeatures - 2)) + Invariant($", … and {features.Count - ListedFeatures + 2} more");

    private static string Percent(double confidence) => (confidence * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void AppendTable(StringBuilder text, List<string[]> rows, bool[] rightAligned)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, c) => rightAligned[c] ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]));
            text.Append(string.Join("  ", cells).TrimEnd()).Append('\n');
        }
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(v);
        json.WriteEndArray();
    }

    private static void NullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }

    private static void NumberOrNull(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value)) json.WriteNumber(name, value);
        else json.WriteNull(name);
    }
}
