using Formcast.Learning;
using Formcast.Learning.Clustering;
using Formcast.Workflows.Predictions.Data;
using Formcast.Workflows.Predictions.Protocols;
using Formcast.Workflows.Predictions.Reporting;
using static Formcast.Workflows.Predictions.Reporting.Cells;

namespace Formcast.Workflows.Predictions.Profiles;

/// <summary>
/// Athlete profiles by k-means (k-means++, 10 starts) and by Ward hierarchical clustering on standardised 28-day profile
/// rows (<see cref="ProfileWindows"/>), for k = 2…4. Stability is the adjusted Rand index between the clustering of all
/// rows and the clustering of a bootstrap resample of whole athletes, every original row assigned to the nearest
/// centre of the resample's clusters (the stability idea of Hennig 2007, Comput Stat Data Anal 52:258, measured with
/// ARI); the k with the most stable k-means is described in plain words and followed over the season.
/// </summary>
internal sealed class ProfileEvaluation(EvaluationSettings settings, List<ReportedNumber> numbers)
{
    /// <summary>A cluster centre at least this many SD from the cohort mean on a feature gets that feature in its description.</summary>
    public const double DescribeAboveSd = 0.5;

    private static readonly int[] Ks = [2, 3, 4];

    public IReadOnlyList<ReportSection> Run(Cohort cohort, CancellationToken cancellationToken)
    {
        var windows = ProfileWindows.Build(cohort);
        var protocol = Invariant($"profile rows: {ProfileWindows.BlockDays}-day blocks per athlete, features median-filled and standardised over all rows; stability from {Resamples} bootstrap resamples of whole athletes (seed {settings.Seed})");
        var section = new SectionBuilder("profiles", "Athlete profiles", protocol, numbers);
        var athletes = windows.Athlete.Distinct().Count();
        if (windows.Rows < 2 * Ks[^1] || athletes < 3)
            return [section.Finding(Invariant($"{windows.Rows} profile rows of {athletes} athletes are too few to cluster.")).Build()];

        var z = Preprocessor.Fit(windows.Values, scale: true).Transform(windows.Values);
        var stability = new List<IReadOnlyList<string>>();
        var kmeansScores = new Dictionary<int, double>();
        foreach (var k in Ks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var kmeans = KMeans(z, k);
            var ward = Ward(z, k);
            var a = Stability(z, windows.Athlete, kmeans, (x, kk) => KMeans(x, kk), k, cancellationToken);
            var b = Stability(z, windows.Athlete, ward, Ward, k, cancellationToken);
            kmeansScores[k] = a.Mean;
            stability.Add([Count(k), Interval(a.Mean, a.Low, a.High), Interval(b.Mean, b.Low, b.High), Number(AdjustedRandIndex.Compute(kmeans, ward))]);
            section.Number(Invariant($"k-means k={k}"), "bootstrap_ari", a.Mean, a.Low, a.High).Number(Invariant($"ward k={k}"), "bootstrap_ari", b.Mean, b.Low, b.High);
        }

        section.Table("Profile rows", ["athletes", "rows (athlete-blocks)", "features"], [[Count(athletes), Count(windows.Rows), string.Join(", ", windows.Features.Select(f => f.Name))]]);
        section.Table("Cluster stability: mean adjusted Rand index between the full clustering and bootstrap clusterings [2.5th, 97.5th percentile]",
            ["k", "k-means", "Ward hierarchical", "k-means vs Ward (ARI)"], stability);
        var best = Ks.OrderByDescending(k => Math.Round(kmeansScores[k], 3)).ThenBy(k => k).First();
        var labels = Relabel(KMeans(z, best));
        Describe(section, windows, z, labels, best);
        Reassignment(section, cohort, windows, labels);
        section.Finding(Invariant($"k = {best} is the most stable k-means clustering (mean ARI {kmeansScores[best]:0.00}); ARI below about 0.6 means the clusters move with the sample and should be read as tendencies, not types."));
        return [section.Build()];
    }

    private int Resamples => settings.Quick ? 20 : 200;

    private int[] KMeans(Matrix z, int k) => [.. new KMeansLearner(new KMeansOptions { Clusters = k, Seed = settings.Seed, MaxDegreeOfParallelism = 1 }).Fit(z).Labels];

    private static int[] Ward(Matrix z, int k) => new AgglomerativeClustering(new AgglomerativeOptions { Linkage = Linkage.Ward }).Fit(z).CutIntoClusters(k);

    /// <summary>Mean and 2.5/97.5 percentiles of the ARI between <paramref name="reference"/> and clusterings of
    /// athlete-bootstrap resamples, each extended to all rows by nearest resample centroid.</summary>
    private (double Mean, double Low, double High) Stability(Matrix z, int[] athlete, int[] reference, Func<Matrix, int, int[]> cluster, int k, CancellationToken cancellationToken)
    {
        var ids = athlete.Distinct().Order().ToArray();
        var rowsOf = ids.ToDictionary(a => a, a => Enumerable.Range(0, athlete.Length).Where(r => athlete[r] == a).ToArray());
        var root = new Rng(settings.Seed);
        var scores = new List<double>();
        for (var b = 0; b < Resamples; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rng = root.Fork((ulong)b);
            var sample = Enumerable.Range(0, ids.Length).SelectMany(_ => rowsOf[ids[rng.NextInt(ids.Length)]]).ToArray();
            if (sample.Length < k) continue;
            var x = z.SelectRows(sample);
            var labels = cluster(x, k);
            var centres = Centroids(x, labels, k);
            var assigned = Enumerable.Range(0, z.Rows).Select(r => Nearest(z.Row(r), centres)).ToArray();
            scores.Add(AdjustedRandIndex.Compute(reference, assigned));
        }

        var sorted = scores.Order().ToArray();
        return (sorted.Average(), sorted[(int)(0.025 * (sorted.Length - 1))], sorted[(int)Math.Ceiling(0.975 * (sorted.Length - 1))]);
    }

    private static double[][] Centroids(Matrix x, int[] labels, int k)
    {
        var centres = new double[k][];
        for (var c = 0; c < k; c++)
        {
            var members = Enumerable.Range(0, x.Rows).Where(r => labels[r] == c).ToArray();
            centres[c] = members.Length == 0 ? Enumerable.Repeat(double.PositiveInfinity, x.Columns).ToArray()
                : [.. Enumerable.Range(0, x.Columns).Select(j => members.Average(r => x[r, j]))];
        }

        return centres;
    }

    private static int Nearest(ReadOnlySpan<double> row, double[][] centres)
    {
        var best = 0;
        var bestDistance = double.PositiveInfinity;
        for (var c = 0; c < centres.Length; c++)
        {
            double d = 0;
            for (var j = 0; j < row.Length; j++) d += (row[j] - centres[c][j]) * (row[j] - centres[c][j]);
            if (d < bestDistance)
            {
                bestDistance = d;
                best = c;
            }
        }

        return best;
    }

    /// <summary>Renumbers clusters by size, largest first, so labels A, B, C read the same across runs.</summary>
    private static int[] Relabel(int[] labels)
    {
        var order = labels.GroupBy(l => l).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select((g, i) => (g.Key, i)).ToDictionary(p => p.Key, p => p.i);
        return [.. labels.Select(l => order[l])];
    }

    internal static string Letter(int cluster) => ((char)('A' + cluster)).ToString();

    private static void Describe(SectionBuilder section, ProfileWindows windows, Matrix z, int[] labels, int k)
    {
        var rows = new List<IReadOnlyList<string>>();
        for (var c = 0; c < k; c++)
        {
            var members = Enumerable.Range(0, z.Rows).Where(r => labels[r] == c).ToArray();
            var centre = Enumerable.Range(0, z.Columns).Select(j => members.Average(r => z[r, j])).ToArray();
            var traits = Enumerable.Range(0, z.Columns).Where(j => Math.Abs(centre[j]) >= DescribeAboveSd).OrderByDescending(j => Math.Abs(centre[j])).Take(4)
                .Select(j =>
                {
                    var raw = members.Select(r => windows.Values[r, j]).Where(double.IsFinite).ToArray();
                    var mean = raw.Length == 0 ? double.NaN : raw.Average();
                    return Invariant($"{(centre[j] > 0 ? "higher" : "lower")} {windows.Features[j].Label} ({centre[j]:+0.0;−0.0} SD; mean {mean:0.##})");
                }).ToArray();
            rows.Add([Letter(c), Count(members.Length), Count(members.Select(r => windows.Athlete[r]).Distinct().Count()),
                traits.Length == 0 ? "close to the cohort average on every feature" : string.Join("; ", traits)]);
        }

        section.Table(Invariant($"The {k} k-means profiles, described against the cohort average"), ["profile", "rows", "athletes", "description"], rows);
    }

    private static void Reassignment(SectionBuilder section, Cohort cohort, ProfileWindows windows, int[] labels)
    {
        var rows = new List<IReadOnlyList<string>>();
        var moved = 0;
        var transitions = 0;
        var changes = 0;
        foreach (var athlete in windows.Athlete.Distinct().Order())
        {
            var sequence = Enumerable.Range(0, windows.Rows).Where(r => windows.Athlete[r] == athlete).OrderBy(r => windows.Block[r]).Select(r => labels[r]).ToArray();
            var changed = sequence.Zip(sequence.Skip(1)).Count(p => p.First != p.Second);
            transitions += Math.Max(0, sequence.Length - 1);
            changes += changed;
            if (changed > 0) moved++;
            rows.Add([cohort.Athletes[athlete].Name, string.Join(" → ", sequence.Select(Letter)), Count(changed)]);
        }

        section.Table("Reassignment over the season: each athlete's profile in consecutive 28-day blocks", ["athlete", "profiles by block", "changes"], rows);
        section.Finding(Invariant($"{moved} of {rows.Count} athletes changed profile at least once; {changes} of {transitions} block-to-block transitions changed profile."));
        section.Number("reassignment", "athletes_changed", moved).Number("reassignment", "transition_change_share", transitions == 0 ? double.NaN : (double)changes / transitions);
    }
}
