using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Formcast.Workflows.Predictions;

/// <summary>
/// Writes a <see cref="PredictionReport"/> as a self-contained HTML page: tables under their protocols, and the ROC,
/// precision–recall, calibration and subgroup charts drawn by Chart.js, which is copied from the program's
/// <c>assets/chart.umd.js</c> into the report folder so the page opens offline.
/// </summary>
public static class PredictionReportHtml
{
    public const string ChartScript = "chart.umd.js";

    private static readonly string[] Palette = ["#0b57d0", "#b3261e", "#1e8e3e", "#e37400", "#7b1fa2", "#00796b", "#5f6368", "#c2185b"];

    private static readonly int[] Dash = [4, 4];

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Default };

    private const string Style = """
        body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1d2330;background:#fafbfc;max-width:1200px}
        h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin-top:2.2rem;border-bottom:1px solid #d5d9e0}
        .protocol{color:#4a5365;font-style:italic;margin:.3rem 0 .8rem}.caption{font-weight:600;margin-top:1rem}
        table{border-collapse:collapse;background:#fff;box-shadow:0 1px 2px #0001;margin:.3rem 0 1rem}
        th,td{padding:.3rem .6rem;border-bottom:1px solid #e6e8ee;text-align:left;vertical-align:top}
        th{background:#f0f2f6;font-weight:600}.findings li{margin:.25rem 0}
        .charts{display:flex;flex-wrap:wrap;gap:1rem}.chart{width:380px;height:320px;background:#fff;box-shadow:0 1px 2px #0001;padding:.5rem}
        """;

    /// <summary>Writes <c>index.html</c> (and the chart script) into <paramref name="folder"/>; returns the page's path
    /// and whether the chart script was found beside the program (without it the tables still read, the charts do not draw).</summary>
    public static (string Page, bool Charts) Write(PredictionReport report, string folder, string? assetsFolder = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(folder);
        var script = Path.Combine(assetsFolder ?? Path.Combine(AppContext.BaseDirectory, "assets"), ChartScript);
        var charts = File.Exists(script);
        if (charts) File.Copy(script, Path.Combine(folder, ChartScript), overwrite: true);
        var page = Path.Combine(folder, "index.html");
        File.WriteAllText(page, Render(report), Encoding.UTF8);
        return (page, charts);
    }

    public static string Render(PredictionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=en><head><meta charset=utf-8><meta name=viewport content=\"width=device-width\">")
            .Append(CultureInfo.InvariantCulture, $"<title>{E(report.Title)}</title><style>{Style}</style>")
            .Append(CultureInfo.InvariantCulture, $"<script src=\"{ChartScript}\"></script></head><body>\n")
            .Append(CultureInfo.InvariantCulture, $"<h1>{E(report.Title)}</h1>\n<p>{E(report.DataSummary)}<br>{E(PredictionReportRenderer.Describe(report.Protocol))}</p>\n");
        if (report.DataNotes.Count > 0)
        {
            html.Append("<ul>");
            foreach (var note in report.DataNotes) html.Append("<li>").Append(E(note)).Append("</li>");
            html.Append("</ul>\n");
        }

        var chartId = 0;
        var scripts = new StringBuilder();
        foreach (var section in report.Sections)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2 id=\"{E(section.Id)}\">{E(section.Title)}</h2>\n<div class=protocol>Protocol: {E(section.Protocol)}</div>\n");
            foreach (var table in section.Tables)
            {
                html.Append(CultureInfo.InvariantCulture, $"<div class=caption>{E(table.Caption)}</div><table><thead><tr>");
                foreach (var c in table.Columns) html.Append("<th>").Append(E(c)).Append("</th>");
                html.Append("</tr></thead><tbody>\n");
                foreach (var row in table.Rows)
                {
                    html.Append("<tr>");
                    foreach (var cell in row) html.Append("<td>").Append(E(cell)).Append("</td>");
                    html.Append("</tr>\n");
                }

                html.Append("</tbody></table>\n");
            }

            if (section.Charts.Count > 0)
            {
                html.Append("<div class=charts>");
                foreach (var chart in section.Charts)
                {
                    var id = string.Create(CultureInfo.InvariantCulture, $"chart{chartId++}");
                    html.Append(CultureInfo.InvariantCulture, $"<div class=chart><canvas id=\"{id}\"></canvas></div>");
                    scripts.Append(CultureInfo.InvariantCulture, $"draw('{id}',{JsonSerializer.Serialize(Config(chart), Json)});\n");
                }

                html.Append("</div>\n");
            }

            if (section.Findings.Count > 0)
            {
                html.Append("<ul class=findings>");
                foreach (var f in section.Findings) html.Append("<li>").Append(E(f)).Append("</li>");
                html.Append("</ul>\n");
            }
        }

        html.Append("<script>\nfunction draw(id,config){if(typeof Chart==='undefined')return;new Chart(document.getElementById(id),config);}\n")
            .Append(scripts).Append("</script>\n</body></html>\n");
        return html.ToString();
    }

    /// <summary>The Chart.js configuration of one chart (plain data; no functions, so it serialises as JSON).</summary>
    private static Dictionary<string, object> Config(ReportChart chart)
    {
        var title = new Dictionary<string, object> { ["display"] = true, ["text"] = chart.Title };
        var plugins = new Dictionary<string, object> { ["title"] = title, ["legend"] = new Dictionary<string, object> { ["labels"] = new Dictionary<string, object> { ["boxWidth"] = 12 } } };
        if (chart.Kind == ChartKind.Interval)
        {
            var series = chart.Series[0];
            var categories = series.Categories ?? [];
            return new Dictionary<string, object>
            {
                ["type"] = "bar",
                ["data"] = new Dictionary<string, object>
                {
                    ["labels"] = categories,
                    ["datasets"] = new object[]
                    {
                        new Dictionary<string, object?>
                        {
                            ["type"] = "bar", ["label"] = "95 % interval", ["backgroundColor"] = "#0b57d033",
                            ["data"] = categories.Select((_, i) => new[] { Finite(series.Lower?[i]), Finite(series.Upper?[i]) }).ToArray(),
                        },
                        new Dictionary<string, object?>
                        {
                            ["type"] = "line", ["label"] = series.Name, ["showLine"] = false, ["pointRadius"] = 5, ["backgroundColor"] = Palette[0], ["borderColor"] = Palette[0],
                            ["data"] = series.Y.Select(v => Finite(v)).ToArray(),
                        },
                    },
                },
                ["options"] = new Dictionary<string, object>
                {
                    ["maintainAspectRatio"] = false,
                    ["plugins"] = plugins,
                    ["scales"] = new Dictionary<string, object> { ["y"] = Axis(chart.YLabel, null, null), ["x"] = new Dictionary<string, object> { ["title"] = Title(chart.XLabel) } },
                },
            };
        }

        var datasets = chart.Series.Select((s, i) => (object)new Dictionary<string, object?>
        {
            ["label"] = s.Name,
            ["data"] = s.X.Select((x, k) => new Dictionary<string, double?> { ["x"] = Finite(x), ["y"] = Finite(s.Y[k]) }).ToArray(),
            ["showLine"] = chart.Kind == ChartKind.Line || chart.Kind == ChartKind.Calibration,
            ["pointRadius"] = chart.Kind == ChartKind.Line ? 0 : 4,
            ["borderColor"] = Palette[i % Palette.Length],
            ["backgroundColor"] = Palette[i % Palette.Length],
            ["borderWidth"] = 1.5,
        }).ToList();
        if (chart.Kind is ChartKind.Calibration or ChartKind.Line && chart.XLabel != "recall")
        {
            datasets.Add(new Dictionary<string, object?>
            {
                ["label"] = chart.Kind == ChartKind.Calibration ? "perfect calibration" : "chance",
                ["data"] = new[] { new Dictionary<string, double> { ["x"] = 0, ["y"] = 0 }, new Dictionary<string, double> { ["x"] = 1, ["y"] = 1 } },
                ["showLine"] = true, ["pointRadius"] = 0, ["borderColor"] = "#9aa0a6", ["borderDash"] = Dash, ["borderWidth"] = 1,
            });
        }

        return new Dictionary<string, object>
        {
            ["type"] = "scatter",
            ["data"] = new Dictionary<string, object> { ["datasets"] = datasets },
            ["options"] = new Dictionary<string, object>
            {
                ["maintainAspectRatio"] = false,
                ["plugins"] = plugins,
                ["scales"] = new Dictionary<string, object> { ["x"] = Axis(chart.XLabel, 0, 1), ["y"] = Axis(chart.YLabel, 0, 1) },
            },
        };
    }

    private static Dictionary<string, object> Axis(string label, double? min, double? max)
    {
        var axis = new Dictionary<string, object> { ["title"] = Title(label) };
        if (min is { } a) axis["min"] = a;
        if (max is { } b) axis["max"] = b;
        return axis;
    }

    private static Dictionary<string, object> Title(string text) => new() { ["display"] = true, ["text"] = text };

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
