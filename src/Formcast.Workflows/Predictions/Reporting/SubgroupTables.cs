using Formcast.Workflows.Predictions.Protocols;
using static Formcast.Workflows.Predictions.Reporting.Cells;

namespace Formcast.Workflows.Predictions.Reporting;

/// <summary>Writes a subgroup audit: one table row per group, an interval chart of the first metric per attribute, and
/// a finding naming every under-represented group.</summary>
internal static class SubgroupTables
{
    public static void Write(SectionBuilder section, IReadOnlyList<SubgroupRow> audit, IReadOnlyList<string> metricLabels, string subject,
        IReadOnlyList<string> metricKeys, bool positives = true, int decimals = 3)
    {
        IReadOnlyList<string> columns = ["attribute", "group", "rows", "athletes", .. positives ? new[] { "positives" } : [], .. metricLabels, "flag"];
        section.Table("Held-out metrics by subgroup (95 % cluster-bootstrap intervals over the group's athletes)", columns,
            audit.Select(a => (IReadOnlyList<string>)[a.Attribute, a.Group, Count(a.Rows), Count(a.Athletes), .. positives ? new[] { Count(a.Positives) } : [],
                .. a.Metrics.Select(m => Interval(m, decimals)), a.Flag ?? ""]));
        foreach (var a in audit)
        {
            for (var m = 0; m < metricKeys.Count; m++) section.Number(subject + " | " + a.Attribute + "=" + a.Group, metricKeys[m], a.Metrics[m]);
        }

        foreach (var attribute in audit.Select(a => a.Attribute).Distinct())
        {
            var groups = audit.Where(a => a.Attribute == attribute && a.Group != "not recorded").ToArray();
            if (groups.Length == 0) continue;
            section.Chart(new ReportChart(Invariant($"{metricLabels[0]} by {attribute}"), ChartKind.Interval, attribute, metricLabels[0],
            [
                new ChartSeries(subject, [.. groups.Select((_, i) => (double)i)], [.. groups.Select(g => g.Metrics[0].Estimate)])
                {
                    Categories = [.. groups.Select(g => g.Group)],
                    Lower = [.. groups.Select(g => g.Metrics[0].Lower)],
                    Upper = [.. groups.Select(g => g.Metrics[0].Upper)],
                },
            ]));
        }

        var flagged = audit.Where(a => a.Flag is not null).ToArray();
        var missing = audit.Where(a => a.Group == "not recorded").Select(a => a.Attribute).Distinct().ToArray();
        if (flagged.Length > 0)
            section.Finding("Under-represented groups (numbers too uncertain to act on): " + string.Join("; ", flagged.Select(a => $"{a.Attribute} = {a.Group}: {a.Flag}")) + ".");
        if (missing.Length > 0) section.Finding("Not recorded in this dataset for some or all athletes: " + string.Join(", ", missing) + "; those rows form the group \"not recorded\".");
    }
}
