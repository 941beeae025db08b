using System.Globalization;
using Formcast.Learning.Clustering;
using Formcast.Learning.Tests.KernelsSupport;

namespace Formcast.Learning.Tests.Clustering;

/// <summary>
/// Comparisons with scikit-learn 1.2.1 <c>KMeans(algorithm="lloyd")</c>, SciPy 1.10 <c>linkage</c> and scikit-learn's
/// <c>AgglomerativeClustering</c> (Fixtures/kernels/clustering.json from bench/parity/kernels.py). Clustering uses
/// all rows (standardised on all rows where the case says so).
/// </summary>
internal static class ClusteringParity
{
    public const string File = "clustering.json";

    // Same algorithm from the same initial centres (scikit-learn's k-means++ draw, exported): identical labels and
    // iteration count; centres and inertia to rounding (1e-9 relative). Our own k-means++ starts (another random
    // stream) must find, best of 10, an inertia within 1 % of scikit-learn's best of 10.
    public static ParityCheck KMeans(string name)
    {
        var c = KernelFixtures.Case(File, name);
        var check = new ParityCheck("kmeans", name, "sklearn KMeans (lloyd)");
        var k = c.Integer("clusters");
        var model = new KMeansLearner(new KMeansOptions { Clusters = k, InitialCentres = Matrix.FromRows(c.Rows("initialCentres")) }).Fit(c.AllFeatures);
        check.Identical("labels from the same centres", c.Ints("labels"), model.Labels.ToArray());
        check.Identical("iterations", [c.Integer("iterations")], [model.Iterations]);
        check.Relative("centres", c.Rows("centres").SelectMany(r => r).ToArray(), model.Centres.Data, 1e-9);
        check.Relative("inertia", [1.0], [model.Inertia / c.Number("inertia")], 1e-9);

        var best = new KMeansLearner(new KMeansOptions { Clusters = k, Starts = 10, Seed = 7 }).Fit(c.AllFeatures);
        var excess = Math.Max(0, (best.Inertia / c.Number("bestOfTenInertia")) - 1);
        check.Absolute("best-of-10 inertia excess over sklearn's (fraction)", [0.0], [excess], 0.01);
        return check;
    }

    // Same merges (children), heights to 1e-10 relative, identical flat labels for k = 2, 3, 5, 8 and for a height
    // threshold.
    public static ParityCheck Agglomerative(string name)
    {
        var c = KernelFixtures.Case(File, name);
        var check = new ParityCheck("agglomerative", name, "SciPy linkage, sklearn AgglomerativeClustering");
        var linkage = c.Text("linkage") switch
        {
            "ward" => Linkage.Ward,
            "complete" => Linkage.Complete,
            _ => Linkage.Average,
        };
        var dendrogram = new AgglomerativeClustering(new AgglomerativeOptions { Linkage = linkage }).Fit(c.AllFeatures);
        var children = c.Element("children").EnumerateArray().SelectMany(e => e.EnumerateArray().Select(v => v.GetInt32())).ToArray();
        check.Identical("merge children", children, dendrogram.Merges.SelectMany(m => new[] { m.Left, m.Right }).ToArray());
        check.Relative("merge heights", c.Doubles("heights"), dendrogram.Merges.Select(m => m.Height).ToArray(), 1e-10);
        check.Identical("merge sizes", c.Ints("sizes"), dendrogram.Merges.Select(m => m.Size).ToArray());
        foreach (var cut in c.Element("cutLabels").EnumerateObject())
        {
            var k = int.Parse(cut.Name, CultureInfo.InvariantCulture);
            check.Identical($"labels k={k}", cut.Value.EnumerateArray().Select(v => v.GetInt32()).ToArray(), dendrogram.CutIntoClusters(k));
        }

        check.Identical("labels at height threshold", c.Ints("thresholdLabels"), dendrogram.CutAtHeight(c.Number("threshold")));
        return check;
    }
}
