using System.Net;
using System.Text;

namespace Formcast.Workflows.Reports;

/// <summary>Small HTML writing helpers: every text goes through <see cref="E"/>.</summary>
internal static class Html
{
    public static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A page head with the report's style sheets; <paramref name="root"/> leads to the report folder ("" or "../").</summary>
    public static StringBuilder Page(string title, string root) =>
        new StringBuilder()
            .Append("<!doctype html>\n<html lang=en><head><meta charset=utf-8><meta name=viewport content=\"width=device-width\">")
            .Append("<title>").Append(E(title)).Append("</title>")
            .Append("<link rel=icon href=\"data:,\">")
            .Append("<link rel=stylesheet href=\"").Append(root).Append("assets/formcast-report.css\">")
            .Append("<link rel=stylesheet href=\"").Append(root).Append("assets/formcast-charts.css\"></head><body>\n");

    public static StringBuilder Heading(this StringBuilder html, string tag, string text, string? id = null) =>
        html.Append('<').Append(tag).Append(id is null ? "" : $" id={id}").Append('>').Append(E(text)).Append("</").Append(tag).Append(">\n");

    public static StringBuilder Paragraph(this StringBuilder html, string text, string? className = null) =>
        html.Append(className is null ? "<p>" : $"<p class={className}>").Append(E(text)).Append("</p>\n");

    public static StringBuilder List(this StringBuilder html, IEnumerable<string> items)
    {
        html.Append("<ul>");
        foreach (var item in items) html.Append("<li>").Append(E(item)).Append("</li>");
        return html.Append("</ul>\n");
    }

    /// <summary>A <see cref="TextTable"/> as an HTML table (nothing for one without rows).</summary>
    public static StringBuilder Table(this StringBuilder html, TextTable table, string? id = null)
    {
        if (table.Rows.Count == 0) return html;
        html.Append(id is null ? "<table>" : $"<table id={id}>").Append("<thead><tr>");
        for (var k = 0; k < table.Headers.Count; k++) html.Append(table.Numeric[k] ? "<th class=num>" : "<th>").Append(E(table.Headers[k])).Append("</th>");
        html.Append("</tr></thead><tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var k = 0; k < row.Count; k++) html.Append(table.Numeric[k] ? "<td class=num>" : "<td>").Append(E(row[k])).Append("</td>");
            html.Append("</tr>\n");
        }

        return html.Append("</tbody></table>\n");
    }
}
