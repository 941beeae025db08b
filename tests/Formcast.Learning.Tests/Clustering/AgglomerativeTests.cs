using Formcast.Learning.Clustering;
using Formcast.Learning.Tests.KernelsSupport;

namespace Formcast.Learning.Tests.Clustering;

public sealed class AgglomerativeTests
{
    private static readonly Matrix Points = Matrix.FromRows([[0.0], [1.0], [3.0], [7.0]]);

    // Points 0, 1, 3, 7. Ward height = √(2·ΔSSE): {0}+{1}: ΔSSE ½ → 1; {0,1}+{3}: ΔSSE (2·1/3)·2.5² → √(25/3);
    // {0,1,3}+{7}: ΔSSE (3·1/4)·(17/3)² → √(289/6). Complete: 1, 3, 7. Average: 1, (3 + 2)/2, (7 + 6 + 4)/3.
    [Theory]
    [InlineData(Linkage.Ward, 1.0, 2.886751345948129, 6.940220937885672)]
    [InlineData(Linkage.Complete, 1.0, 3.0, 7.0)]
    [InlineData(Linkage.Average, 1.0, 2.5, 5.666666666666667)]
    public void FourPoints_MergeAtHandComputedHeights(Linkage linkage, double first, double second, double third)
    {
        var dendrogram = new AgglomerativeClustering(new AgglomerativeOptions { Linkage = linkage }).Fit(Points);
        Assert.Equal(new DendrogramMerge(0, 1, first, 2), dendrogram.Merges[0]);
        Assert.Equal(2, dendrogram.Merges[1].Left);
        Assert.Equal(4, dendrogram.Merges[1].Right);
        Assert.Equal(second, dendrogram.Merges[1].Height, 1e-12);
        Assert.Equal((3, 5), (dendrogram.Merges[2].Left, dendrogram.Merges[2].Right));
        Assert.Equal(third, dendrogram.Merges[2].Height, 1e-12);
        Assert.Equal([0, 0, 0, 0], dendrogram.CutIntoClusters(1));
        Assert.Equal([0, 0, 0, 1], dendrogram.CutIntoClusters(2));
        Assert.Equal([0, 0, 0, 1], dendrogram.CutAtHeight(dendrogram.Merges[2].Height));
        Assert.Equal([0, 0, 0, 0], dendrogram.CutAtHeight(third + 1));
        Assert.Equal(4, dendrogram.CutIntoClusters(4).Distinct().Count());
    }

    [Fact]
    public void SaveAndLoad_GiveIdenticalCuts()
    {
        var x = ModelChecks.Gaussian(40, 3, 12);
        var dendrogram = new AgglomerativeClustering().Fit(x);
        var loaded = Assert.IsType<Dendrogram>(ModelFile.RoundTrip(dendrogram));
        Assert.Equal(dendrogram.Merges, loaded.Merges);
        for (var k = 1; k <= 40; k += 3) Assert.Equal(dendrogram.CutIntoClusters(k), loaded.CutIntoClusters(k));
    }

    [Fact]
    public void InvalidCutsAndOptions_AreRejectedByName()
    {
        var dendrogram = new AgglomerativeClustering().Fit(Points);
        ModelChecks.RejectsOption("clusters", () => dendrogram.CutIntoClusters(5));
        ModelChecks.RejectsOption("clusters", () => dendrogram.CutIntoClusters(0));
        ModelChecks.RejectsOption("MaxRows", () => new AgglomerativeOptions { MaxRows = 0 }.Validate());
        Assert.Throws<ArgumentException>(() => new AgglomerativeClustering(new AgglomerativeOptions { MaxRows = 3 }).Fit(Points));
    }
}
