using Formcast.Learning.Evaluation;
using static Formcast.Workflows.Predictions.Reporting.Cells;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>
/// Held-out metrics per subgroup (sex, age band, sport, level …), each with a cluster-bootstrap interval over the
/// group's own athletes, so a model that serves one group well and another badly shows it. A group is flagged as
/// under-represented when it has fewer than <see cref="MinimumAthletes"/> athletes, less than
/// <see cref="MinimumShare"/> of the athletes, or (for risk scores) fewer than <see cref="MinimumPositives"/> positive
/// rows: its numbers are then too uncertain to act on, and the flag says so rather than hiding the group.
/// </summary>
internal static class SubgroupAudit
{
    public const int MinimumAthletes = 5;

    public const double MinimumShare = 0.10;

    public const int MinimumPositives = 5;

    /// <summary>Audits <paramref name="tested"/> rows grouped by each attribute.</summary>
    /// <param name="attributes">Attribute name and the group of each row (null = not recorded).</param>
    /// <param name="tested">Rows with held-out predictions.</param>
    /// <param name="cluster">Athlete of each row (bootstrap unit).</param>
    /// <param name="label">Target of each row; positives are counted when <paramref name="countPositives"/>.</param>
    /// <param name="metrics">Metric values over a set of rows (indices into the full arrays, repeats allowed).</param>
    /// <param name="metricCount">How many values <paramref name="metrics"/> returns.</param>
    /// <param name="countPositives">Whether rows are classified (label 1 = positive).</param>
    /// <param name="options">Bootstrap settings.</param>
    public static IReadOnlyList<SubgroupRow> Run(
        IReadOnlyList<(string Attribute, Func<int, string?> GroupOf)> attributes, int[] tested, int[] cluster, double[] label,
        Func<int[], double[]> metrics, int metricCount, bool countPositives, BootstrapOptions options)
    {
        var totalAthletes = tested.Select(r => cluster[r]).Distinct().Count();
        var result = new List<SubgroupRow>();
        foreach (var (attribute, groupOf) in attributes)
        {
            var groups = tested.GroupBy(r => groupOf(r) ?? "not recorded").OrderBy(g => g.Key, StringComparer.Ordinal);
            foreach (var group in groups)
            {
                var rows = group.ToArray();
                var athletes = rows.Select(r => cluster[r]).Distinct().Count();
                var positives = countPositives ? rows.Count(r => label[r] == 1) : 0;
                ConfidenceInterval[] intervals;
                if (rows.Length >= 2)
                {
                    var clusters = rows.Select(r => cluster[r]).ToArray();
                    intervals = Bootstrap.Intervals(rows.Length, sample => metrics([.. sample.Select(i => rows[i])]), metricCount,
                        athletes >= 2 ? clusters : null, options);
                }
                else
                {
                    var point = metrics(rows);
                    intervals = [.. point.Select(v => new ConfidenceInterval(v, double.NaN, double.NaN, options.Confidence, options.Method, 0, 0, false, double.NaN))];
                }

                var share = (double)athletes / totalAthletes;
                var reasons = new List<string>();
                if (athletes < MinimumAthletes) reasons.Add(Invariant($"{athletes} athlete{(athletes == 1 ? "" : "s")}"));
                if (share < MinimumShare) reasons.Add(Invariant($"{share * 100:0} % of athletes"));
                if (countPositives && positives < MinimumPositives) reasons.Add(Invariant($"{positives} positive row{(positives == 1 ? "" : "s")}"));
                var flag = reasons.Count == 0 ? null : "under-represented (" + string.Join(", ", reasons) + ")";
                result.Add(new SubgroupRow(attribute, group.Key, rows.Length, athletes, positives, share, intervals, flag));
            }
        }

        return result;
    }

    /// <summary>Weights that give every group of one attribute the same total weight (n ÷ (G·n_g)), for an optional
    /// re-weighted fit; rows without a group keep weight 1.</summary>
    public static double[] BalancingWeights(int rows, Func<int, string?> groupOf)
    {
        var groups = Enumerable.Range(0, rows).Select(groupOf).ToArray();
        var counts = groups.Where(g => g is not null).GroupBy(g => g!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var known = counts.Values.Sum();
        return [.. groups.Select(g => g is null ? 1.0 : (double)known / (counts.Count * counts[g]))];
    }
}
