using Formcast.Learning.Clustering;
using Formcast.Learning.Tests.KernelsSupport;

namespace Formcast.Learning.Tests.Clustering;

/// <summary>
/// Parity with scikit-learn 1.2.1 <c>KMeans(algorithm="lloyd")</c> and SciPy's <c>linkage</c> /
/// scikit-learn's <c>AgglomerativeClustering</c> (reference outputs: bench/parity/kernels.py →
/// Fixtures/kernels/clustering.json). Clustering uses all rows, standardised on all rows where the case says so.
/// </summary>
public sealed class ClusteringParityTests
{
    private const string File = "clustering.json";

    public static TheoryData<string> KMeansCases => KernelFixtures.Names(File, "kmeans");

    public static TheoryData<string> AgglomerativeCases => KernelFixtures.Names(File, "agglomerative");

    // Same algorithm from the same initial centres (scikit-learn's k-means++ draw, exported): identical labels and
    // iteration count; centres and inertia equal to rounding (1e-9 relative).
    [Theory]
    [MemberData(nameof(KMeansCases))]
    public void KMeans_FromTheSameCentres_ReachesTheSameClustering(string name)
    {
        var c = KernelFixtures.Case(File, name);
        var k = c.Integer("clusters");
        var initial = Matrix.FromRows(c.Rows("initialCentres"));
        var model = new KMeansLearner(new KMeansOptions { Clusters = k, InitialCentres = initial }).Fit(c.AllFeatures);
        Assert.Equal(c.Ints("labels"), model.Labels);
        Assert.Equal(c.Integer("iterations"), model.Iterations);
        var centres = c.Rows("centres");
        for (var j = 0; j < k; j++) Within.Scaled(centres[j], model.Centres.Row(j), 1e-9, $"centre {j}");
        Assert.Equal(c.Number("inertia"), model.Inertia, 1e-9 * c.Number("inertia"));
    }

    // With its own k-means++ starts (a different random stream), the best of 10 starts is as good as scikit-learn's
    // best of 10: inertia within 1 %.
    [Theory]
    [MemberData(nameof(KMeansCases))]
    public void KMeans_BestOfTenStarts_MatchesScikitLearnsInertia(string name)
    {
        var c = KernelFixtures.Case(File, name);
        var model = new KMeansLearner(new KMeansOptions { Clusters = c.Integer("clusters"), Starts = 10, Seed = 7 }).Fit(c.AllFeatures);
        var reference = c.Number("bestOfTenInertia");
        Assert.True(model.Inertia <= reference * 1.01, $"inertia {model.Inertia}, scikit-learn {reference}");
    }

    // Same merges (children), heights to 1e-10 relative, and identical flat labels for k = 2, 3, 5, 8 and for a
    // distance threshold.
    [Theory]
    [MemberData(nameof(AgglomerativeCases))]
    public void Agglomerative_MatchesScipyAndScikitLearn(string name)
    {
        var c = KernelFixtures.Case(File, name);
        var linkage = c.Text("linkage") switch
        {
            "ward" => Linkage.Ward,
            "complete" => Linkage.Complete,
            _ => Linkage.Average,
        };
        var dendrogram = new AgglomerativeClustering(new AgglomerativeOptions { Linkage = linkage }).Fit(c.AllFeatures);
        var children = c.Element("children").EnumerateArray().Select(e => e.EnumerateArray().Select(v => v.GetInt32()).ToArray()).ToArray();
        var heights = c.Doubles("heights");
        var sizes = c.Ints("sizes");
        Assert.Equal(children.Length, dendrogram.Merges.Count);
        for (var i = 0; i < children.Length; i++)
        {
            var merge = dendrogram.Merges[i];
            Assert.True(children[i][0] == merge.Left && children[i][1] == merge.Right,
                $"merge {i}: expected ({children[i][0]}, {children[i][1]}), got ({merge.Left}, {merge.Right})");
            Assert.Equal(heights[i], merge.Height, 1e-10 * Math.Max(1, heights[i]));
            Assert.Equal(sizes[i], merge.Size);
        }

        foreach (var cut in c.Element("cutLabels").EnumerateObject())
        {
            var k = int.Parse(cut.Name, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(cut.Value.EnumerateArray().Select(v => v.GetInt32()).ToArray(), dendrogram.CutIntoClusters(k));
        }

        Assert.Equal(c.Ints("thresholdLabels"), dendrogram.CutAtHeight(c.Number("threshold")));
    }
}
