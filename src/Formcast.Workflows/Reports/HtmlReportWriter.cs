using System.Globalization;
using System.Text;
using System.Text.Json;
using Formcast.Analytics;
using Formcast.Core;
using Formcast.Storage;
using Formcast.Workflows.Athletes;
using Formcast.Workflows.Squad;
using static Formcast.Workflows.Numbers;
using static Formcast.Workflows.Reports.Html;

namespace Formcast.Workflows.Reports;

/// <summary>
/// Writes the static HTML report: <c>index.html</c> with the sortable squad table, and one page per athlete with the
/// day's state, fitness estimates and race predictions (server-side HTML) and the charts — fitness/fatigue/form over the
/// whole history, daily load with the acute:chronic ratios, readiness contributors today and over 8 weeks, time in
/// heart-rate zones over the last 4 weeks, data-quality caveats — drawn by Chart.js from the athlete's timeline embedded
/// as JSON. The charting library and the shared chart script are copied into <c>assets/</c>, so the report opens offline.
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>Files copied from the program's <c>assets/</c> folder into the report.</summary>
    public static IReadOnlyList<string> AssetFiles { get; } = ["chart.umd.js", "formcast-charts.js", "formcast-charts.css", "formcast-report.css"];

    /// <summary>Where the programs ship the assets: beside them (see Formcast.Workflows.csproj).</summary>
    public static string DefaultAssetsDirectory => Path.Combine(AppContext.BaseDirectory, "assets");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Writes the report into <paramref name="folder"/> (created if needed) as of the squad's last day with data,
    /// and returns the index path.</summary>
    public static async Task<string> WriteAsync(IFormcastStore store, AccessContext access, string folder, DailyStateOptions? options = null,
        string? assetsDirectory = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        options ??= new DailyStateOptions();
        CopyAssets(assetsDirectory ?? DefaultAssetsDirectory, Path.Combine(folder, "assets"));
        Directory.CreateDirectory(Path.Combine(folder, "athletes"));
        var squad = await SquadSummaryQuery.RunAsync(store, access, cancellationToken: cancellationToken).ConfigureAwait(false);
        var conventions = NumberConventions.From(options);
        var index = Path.Combine(folder, "index.html");
        await File.WriteAllTextAsync(index, RenderSquad(squad, conventions), Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        foreach (var line in squad.Athletes)
        {
            var athlete = await store.FindAthleteAsync(access, line.Id.ToString(), cancellationToken).ConfigureAwait(false);
            if (athlete is null) continue;
            var timeline = await AthleteTimelineQuery.RunAsync(store, access, athlete, null, squad.AsOf, options, cancellationToken).ConfigureAwait(false);
            var state = await AthleteStateQuery.RunAsync(store, access, athlete, squad.AsOf, options, cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(folder, "athletes", athlete.Handle + ".html"), RenderAthlete(state, timeline), Encoding.UTF8, cancellationToken)
                .ConfigureAwait(false);
        }

        return index;
    }

    /// <summary>The squad page: one sortable row per athlete with the day's numbers, flags and caveats.</summary>
    public static string RenderSquad(SquadSummary squad, NumberConventions conventions)
    {
        ArgumentNullException.ThrowIfNull(squad);
        ArgumentNullException.ThrowIfNull(conventions);
        var columns = SquadColumns(conventions);
        var html = Page("Formcast — squad overview", "")
            .Heading("h1", string.Create(CultureInfo.InvariantCulture, $"Squad overview as of {squad.AsOf:yyyy-MM-dd}"))
            .Paragraph(string.Create(CultureInfo.InvariantCulture,
                $"{squad.Athletes.Count} athletes · numbers of {squad.AsOf:yyyy-MM-dd} · load on the common scale (100 = one hour at threshold) · click a heading to sort"), "sub");
        html.Append("<table id=squad><thead><tr>");
        foreach (var (name, numeric, convention) in columns)
            html.Append(numeric ? "<th class=num" : "<th").Append(" title=\"").Append(E(convention)).Append("\">").Append(E(name)).Append("</th>");
        html.Append("</tr></thead><tbody>\n");
        foreach (var a in squad.Athletes)
        {
            html.Append("<tr data-athlete=\"").Append(E(a.Handle)).Append("\"><td><a href=\"athletes/").Append(E(a.Handle)).Append(".html\">").Append(E(a.Handle)).Append("</a></td>")
                .Append("<td>").Append(E(Names.Sport(a.Sport))).Append("</td>");
            Number(html, a.Load7Days, "0", "load");
            Number(html, a.Fitness, "0.0");
            Number(html, a.Fatigue, "0.0");
            Number(html, a.Form, "0.0", signed: true);
            Number(html, a.AcwrEwma, "0.00");
            Number(html, a.Monotony, "0.00");
            Number(html, a.Readiness, "0");
            Number(html, a.WellnessAnswered28Days * 100, "0");
            var flags = a.Flags ?? [];
            html.Append(flags.Count > 0 ? "<td class=flag>" : "<td>").Append(E(string.Join("; ", flags))).Append("</td>")
                .Append("<td class=note>").Append(E(string.Join("; ", a.Caveats ?? []))).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n").Heading("h2", "How each number is computed").Append("<dl class=conventions>");
        foreach (var (name, _, convention) in columns.Skip(2)) html.Append("<dt>").Append(E(name)).Append("</dt><dd>").Append(E(convention)).Append("</dd>");
        return html.Append("</dl>\n<script src=\"assets/formcast-charts.js\"></script>\n")
            .Append("<script>FormcastCharts.sortableTable(document.getElementById(\"squad\"));</script>\n</body></html>\n").ToString();
    }

    /// <summary>An athlete's page: the day's state as tables, the charts from the embedded timeline, estimates and races.</summary>
    public static string RenderAthlete(AthleteState state, AthleteTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(timeline);
        var a = state.Athlete;
        var html = Page($"Formcast — {a.Handle}", "../").Heading("h1", a.Handle);
        html.Append("<div class=sub>").Append(E(string.Join(" · ", new[] { a.Sport + (a.Discipline is { } d ? $" ({d})" : ""), a.Sex, a.Age is { } age ? $"{age} years" : null, a.Level, a.TimeZone }.OfType<string>())))
            .Append(" · <a href=\"../index.html\">squad</a></div>\n");

        html.Heading("h2", string.Create(CultureInfo.InvariantCulture, $"State on {state.Date:yyyy-MM-dd}")).Paragraph(StateTables.DayLine(state));
        if (state.Day is { } day)
        {
            html.Table(StateTables.Daily(day, state.Conventions), "state").Heading("h3", "Readiness contributors");
            if (day.Contributors.Count == 0) html.Paragraph("No wellness or HRV answers to compare on this day.", "note");
            html.Table(StateTables.Contributors(day), "contributors")
                .Paragraph(day.Caveats.Count == 0 ? "This day: no caveats." : "This day: " + string.Join("; ", day.Caveats) + ".", "note");
        }

        html.Heading("h2", "Charts").Append("<div id=charts></div>\n");

        html.Heading("h2", "Fitness estimates")
            .Table(StateTables.Estimates(state.Estimates), "estimates")
            .Table(StateTables.DanielsPaces(state.Estimates))
            .Table(StateTables.Zones(state.Estimates))
            .List(state.Estimates.Notes);
        html.Heading("h2", "Race predictions");
        if (state.RacePredictions.Count == 0) html.Paragraph("No race in the last 365 days to predict from.", "note");
        html.Table(StateTables.Races(state.RacePredictions), "races").List(StateTables.RaceInputs(state.RacePredictions));

        // System.Text.Json escapes <, > and & in strings, so the JSON cannot close the script element.
        return html.Append("<script type=\"application/json\" id=timeline>").Append(JsonSerializer.Serialize(timeline, Json)).Append("</script>\n")
            .Append("<script src=\"../assets/chart.umd.js\"></script>\n<script src=\"../assets/formcast-charts.js\"></script>\n")
            .Append("<script>FormcastCharts.renderAthlete(document.getElementById(\"charts\"), JSON.parse(document.getElementById(\"timeline\").textContent));</script>\n")
            .Append("</body></html>\n").ToString();
    }

    private static List<(string Name, bool Numeric, string Convention)> SquadColumns(NumberConventions c) =>
    [
        ("Athlete", false, "handle; the link opens the athlete's page"),
        ("Sport", false, "the athlete's sport"),
        ("7-day load", true, "sum of the last 7 daily loads; " + c.Load),
        ("Fitness", true, c.Fitness),
        ("Fatigue", true, c.Fatigue),
        ("Form", true, c.Form),
        ("ACWR (EWMA)", true, c.AcwrEwma),
        ("Monotony", true, c.Monotony),
        ("Readiness", true, c.Readiness),
        ("Wellness %", true, "share of the last 28 mornings with wellness answers"),
        ("Flags", false, "an injury still costing time; EWMA acute:chronic ratio above 1.5 or monotony at or above 2.0 (signals to discuss, not verdicts); a readiness contributor in the red or HRV below its normal band"),
        ("Caveats", false, "what the day's numbers rest on: missing answers, short history, HRV band still forming"),
    ];

    private static void Number(StringBuilder html, double? value, string format, string? data = null, bool signed = false)
    {
        html.Append("<td class=num data-value=\"").Append(value?.ToString("R", CultureInfo.InvariantCulture) ?? "").Append('"');
        if (data is not null) html.Append(" data-").Append(data);
        html.Append('>').Append(E(signed ? Signed(value, format) : Format(value, format))).Append("</td>");
    }

    private static void CopyAssets(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var name in AssetFiles)
        {
            var source = Path.Combine(from, name);
            if (!File.Exists(source)) throw new FileNotFoundException($"the report asset {name} is missing from {from}; rebuild Formcast", source);
            File.Copy(source, Path.Combine(to, name), overwrite: true);
        }
    }
}
