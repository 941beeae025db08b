using Formcast.Learning.Clustering;
using Formcast.Learning.Tests.KernelsSupport;

namespace Formcast.Learning.Tests.Clustering;

public sealed class KMeansTests
{
    // {0, 1} and {10, 11}: centres 0.5 and 10.5, inertia 4 × 0.25 = 1.
    [Fact]
    public void TwoObviousGroups_GiveHandComputedCentresAndInertia()
    {
        var x = Matrix.FromRows([[0.0], [1.0], [10.0], [11.0]]);
        var model = new KMeansLearner(new KMeansOptions { Clusters = 2 }).Fit(x);
        var centres = new[] { model.Centres[0, 0], model.Centres[1, 0] }.Order().ToArray();
        Assert.Equal(0.5, centres[0], 1e-12);
        Assert.Equal(10.5, centres[1], 1e-12);
        Assert.Equal(1.0, model.Inertia, 1e-12);
        Assert.Equal(model.Labels[0], model.Labels[1]);
        Assert.NotEqual(model.Labels[0], model.Labels[2]);
        Assert.Equal(model.Labels[2], model.Predict([9.0]));
    }

    // Weight 3 on x = 0 pulls the centre of {0, 4} to (3·0 + 4) / 4 = 1.
    [Fact]
    public void RowWeights_GiveWeightedMeans()
    {
        var x = Matrix.FromRows([[0.0], [4.0], [100.0]]);
        var model = new KMeansLearner(new KMeansOptions { Clusters = 2 }).Fit(x, [3, 1, 1]);
        Assert.Contains(model.Centres.Data, c => Math.Abs(c - 1) < 1e-12);
        Assert.Equal((3 * 1.0) + 9, model.Inertia, 1e-12);
    }

    // k-means++ draws each further centre ∝ weight·D² (Arthur & Vassilvitskii 2007). Rows at 0, 0 and 10: whichever
    // location the first draw picks, the other location is the only one with D² > 0, so the two centres are 0 and 10
    // for every seed (a uniform second draw would repeat 0 half the time). With weight 0 on row 2, the first centre
    // must be at 0 (drawn ∝ weight).
    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    [InlineData(4UL)]
    public void PlusPlusSeeding_DrawsProportionalToWeightTimesSquaredDistance(ulong seed)
    {
        var x = Matrix.FromRows([[0.0], [0.0], [10.0]]);
        var centres = Formcast.Learning.Clustering.Internal.Seeding.PlusPlus(x, [1, 1, 1], 2, new Rng(seed), new ParallelOptions());
        Assert.Equal([0.0, 10.0], centres.Order());
        var first = Formcast.Learning.Clustering.Internal.Seeding.PlusPlus(x, [1, 1, 0], 1, new Rng(seed), new ParallelOptions());
        Assert.Equal([0.0], first);
    }

    [Fact]
    public void SameSeed_SameClustering_AndThreadCountDoesNotMatter()
    {
        var x = ModelChecks.Gaussian(5000, 3, 8);
        var a = new KMeansLearner(new KMeansOptions { Clusters = 5, Starts = 3, Seed = 11, MaxDegreeOfParallelism = 1 }).Fit(x);
        var b = new KMeansLearner(new KMeansOptions { Clusters = 5, Starts = 3, Seed = 11, MaxDegreeOfParallelism = 4 }).Fit(x);
        Assert.Equal(a.Labels, b.Labels);
        Assert.Equal(a.Centres.Data, b.Centres.Data);
        Assert.Equal(a.Inertia, b.Inertia);
    }

    [Fact]
    public void SaveAndLoad_GiveIdenticalAssignments()
    {
        var x = ModelChecks.Gaussian(50, 2, 9);
        var model = new KMeansLearner(new KMeansOptions { Clusters = 3 }).Fit(x);
        var loaded = ModelChecks.RoundTrip(model, x, (m, row) =>
        {
            var distances = new double[3];
            m.Transform(row, distances);
            return [m.Predict(row), .. distances];
        });
        Assert.Equal(model.Labels, loaded.Labels);
        Assert.Equal(model.Inertia, loaded.Inertia);
    }

    [Fact]
    public void InvalidOptions_AreRejectedByName()
    {
        ModelChecks.RejectsOption("Clusters", () => new KMeansOptions { Clusters = 0 }.Validate());
        ModelChecks.RejectsOption("Starts", () => new KMeansOptions { Starts = 0 }.Validate());
        ModelChecks.RejectsOption("Tolerance", () => new KMeansOptions { Tolerance = -1 }.Validate());
        ModelChecks.RejectsOption("InitialCentres", () => new KMeansOptions { Clusters = 3, InitialCentres = new Matrix(2, 1) }.Validate());
        Assert.Throws<ArgumentException>(() => new KMeansLearner(new KMeansOptions { Clusters = 5 }).Fit(new Matrix(3, 1)));
    }
}
