using System.Globalization;
using System.Net;
using System.Text;
using Formcast.Core;
using Formcast.Storage;
using Formcast.Workflows.Squad;

namespace Formcast.Workflows.Reports;

/// <summary>
/// Writes the static HTML report: <c>index.html</c> with the squad overview and one page per athlete with the last
/// four weeks of daily state. Self-contained files (no network access needed to open them).
/// </summary>
public static class HtmlReportWriter
{
    private const string Style = """
        body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1d2330;background:#fafbfc}
        h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin-top:2rem}
        .sub{color:#5b6475;margin-bottom:1.5rem}
        table{border-collapse:collapse;background:#fff;box-shadow:0 1px 2px #0001}
        th,td{padding:.35rem .7rem;border-bottom:1px solid #e6e8ee;text-align:left}
        th{background:#f0f2f6;font-weight:600}td.num{text-align:right;font-variant-numeric:tabular-nums}
        .flag{color:#b3261e;font-weight:600}a{color:#0b57d0;text-decoration:none}
        """;

    /// <summary>Writes the report into <paramref name="folder"/> (created if needed) and returns the index path.</summary>
    public static async Task<string> WriteAsync(IFormcastStore store, AccessContext access, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        Directory.CreateDirectory(folder);
        Directory.CreateDirectory(Path.Combine(folder, "athletes"));
        var squad = await SquadSummaryQuery.RunAsync(store, access, cancellationToken: cancellationToken).ConfigureAwait(false);
        var index = Path.Combine(folder, "index.html");
        await File.WriteAllTextAsync(index, RenderSquad(squad), Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        foreach (var line in squad.Athletes)
        {
            var days = await store.ListAthleteDaysAsync(access, line.Id, DateRange.Between(squad.AsOf.AddDays(-27), squad.AsOf), cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(folder, "athletes", line.Handle + ".html"), RenderAthlete(line, days), Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        }

        return index;
    }

    public static string RenderSquad(SquadSummary squad)
    {
        ArgumentNullException.ThrowIfNull(squad);
        var html = Page("Formcast — squad overview", $"Squad overview as of {squad.AsOf:yyyy-MM-dd}",
            $"{squad.Athletes.Count} athletes · load is session RPE × minutes (Foster 2001), summed over the last 7 days");
        html.Append("<table><thead><tr><th>Athlete</th><th>Sport</th><th>Sex</th><th>Age</th><th>Level</th><th>7-day load</th><th>Sessions</th><th>Minutes</th><th>Wellness answered (28 d)</th><th>Last session</th><th>Injury</th></tr></thead><tbody>\n");
        foreach (var a in squad.Athletes)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"athletes/{E(a.Handle)}.html\">{E(a.Handle)}</a></td><td>{E(Names.Sport(a.Sport))}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{E(Names.Sex(a.Sex))}</td><td class=num>{a.AgeYears}</td><td>{E(Names.Level(a.Level))}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=num data-load>{a.Load7Days:0}</td><td class=num>{a.Sessions7Days}</td><td class=num>{a.Minutes7Days:0}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=num>{a.WellnessAnswered28Days:P0}</td><td>{a.LastRecordedDay:yyyy-MM-dd}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=flag>{E(a.OpenInjury ?? "")}</td></tr>\n");
        }

        return html.Append("</tbody></table>\n</body></html>\n").ToString();
    }

    public static string RenderAthlete(AthleteSummary athlete, IReadOnlyList<AthleteDay> days)
    {
        ArgumentNullException.ThrowIfNull(athlete);
        ArgumentNullException.ThrowIfNull(days);
        var html = Page($"Formcast — {athlete.Handle}", athlete.Handle,
            $"{Names.Sport(athlete.Sport)} · {Names.Sex(athlete.Sex)} · {athlete.AgeYears} years · {Names.Level(athlete.Level)} · <a href=\"../index.html\">squad</a>");
        html.Append("<h2>Last four weeks</h2><table><thead><tr><th>Day</th><th>Status</th><th>Load</th><th>Source</th><th>Sessions</th><th>Minutes</th><th>Notes</th></tr></thead><tbody>\n");
        foreach (var d in days.OrderByDescending(d => d.Date))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{d.Date:yyyy-MM-dd ddd}</td><td>{E(Names.Status(d.Status))}</td><td class=num>{d.Load:0}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{E(Names.LoadSource(d.LoadSource))}</td><td class=num>{d.SessionCount}</td><td class=num>{d.TrainingMinutes:0}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{E(Names.Quality(d.Quality))}</td></tr>\n");
        }

        return html.Append("</tbody></table>\n</body></html>\n").ToString();
    }

    private static StringBuilder Page(string title, string heading, string subtitleHtml) =>
        new StringBuilder()
            .Append("<!doctype html>\n<html lang=en><head><meta charset=utf-8><meta name=viewport content=\"width=device-width\">")
            .Append(CultureInfo.InvariantCulture, $"<title>{E(title)}</title><style>{Style}</style></head><body>\n")
            .Append(CultureInfo.InvariantCulture, $"<h1>{E(heading)}</h1><div class=sub>{subtitleHtml}</div>\n");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
