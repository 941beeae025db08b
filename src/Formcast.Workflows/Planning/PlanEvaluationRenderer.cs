using System.Globalization;
using System.Net;
using System.Text;
using Formcast.Planning;

namespace Formcast.Workflows.Planning;

/// <summary>Writes the comparison as a Markdown document (the committed results page) or a standalone HTML page.</summary>
public static class PlanEvaluationRenderer
{
    /// <summary>The Markdown page: a header saying how it was made and what the numbers are (and are not), then the
    /// report's protocol, tables and findings.</summary>
    public static string ToMarkdown(PlanComparisonReport report, string command, DateTimeOffset generatedUtc, double minutes, string machine)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.Append("# Planner comparison on the simulated athletes\n\n");
        md.Append(CultureInfo.InvariantCulture, $"Generated {generatedUtc:yyyy-MM-dd HH:mm} UTC by `{command}` in {minutes:0.0} min ({machine}).\n");
        md.Append("The reference study's Tables 3 and 4 came from a private cohort and its own simulator; these numbers come from Formcast's\n");
        md.Append("documented simulator (docs/planning.md) and say how the planners compare there, nothing more. Study values for orientation:\n");
        md.Append("PPO +18.7 % training score, LP +10.3 %, SVR +13.9 %; 113.6 kWh/day (PPO) vs 138.4 (fixed) and 126.7 (GA); convergence at round 143\n");
        md.Append("(PPO) vs 314 (GA); decision latency 0.78 s (PPO), 0.31 s (LP), 2.45 s (SVR).\n\n");
        md.Append(report.ToMarkdown());
        return md.ToString();
    }

    /// <summary>The same page as HTML: headings, paragraphs, lists and tables of the Markdown, escaped.</summary>
    public static string ToHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Formcast planner comparison</title>\n");
        html.Append("<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:110rem}table{border-collapse:collapse;margin:1rem 0}")
            .Append("td,th{border:1px solid #ccc;padding:.25rem .5rem}td.n{text-align:right;font-variant-numeric:tabular-nums}</style></head><body>\n");
        var inList = false;
        var tableRow = 0;
        string[] align = [];
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (inList && !line.StartsWith("- ", StringComparison.Ordinal))
            {
                html.Append("</ul>\n");
                inList = false;
            }

            if (tableRow > 0 && !line.StartsWith('|'))
            {
                html.Append("</table>\n");
                tableRow = 0;
            }

            if (line.StartsWith('|'))
            {
                var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                if (tableRow == 0) html.Append("<table>\n<tr>").AppendJoin("", cells.Select(c => $"<th>{Inline(c)}</th>")).Append("</tr>\n");
                else if (tableRow == 1) align = cells;
                else html.Append("<tr>").AppendJoin("", cells.Select((c, i) => i < align.Length && align[i].EndsWith(':') ? $"<td class=\"n\">{Inline(c)}</td>" : $"<td>{Inline(c)}</td>")).Append("</tr>\n");
                tableRow++;
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                if (!inList) html.Append("<ul>\n");
                inList = true;
                html.Append("<li>").Append(Inline(line[2..])).Append("</li>\n");
            }
            else if (line.StartsWith('#'))
            {
                var level = line.TakeWhile(c => c == '#').Count();
                html.Append(CultureInfo.InvariantCulture, $"<h{level}>{Inline(line[level..].Trim())}</h{level}>\n");
            }
            else if (line.Length > 0)
            {
                html.Append("<p>").Append(Inline(line)).Append("</p>\n");
            }
        }

        if (inList) html.Append("</ul>\n");
        if (tableRow > 0) html.Append("</table>\n");
        return html.Append("</body></html>\n").ToString();
    }

    /// <summary>Escapes text and turns `code` spans into &lt;code&gt;.</summary>
    private static string Inline(string text)
    {
        var parts = WebUtility.HtmlEncode(text).Split('`');
        var result = new StringBuilder();
        for (var i = 0; i < parts.Length; i++) result.Append(i % 2 == 1 ? $"<code>{parts[i]}</code>" : parts[i]);
        return result.ToString();
    }
}
