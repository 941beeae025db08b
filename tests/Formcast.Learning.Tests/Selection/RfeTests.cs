using Formcast.Learning.Clustering;
using Formcast.Learning.Linear;
using Formcast.Learning.Selection;
using Formcast.Learning.Tests.KernelsSupport;

namespace Formcast.Learning.Tests.Selection;

public sealed class RfeTests
{
    // y = 3·x0 + 1·x2 + 0.1·x1 on independent standard columns: x3 and x1 go first, then x2; x0 stays.
    [Fact]
    public void Ranking_FollowsTheSizeOfTheTrueCoefficients()
    {
        var x = ModelChecks.Gaussian(200, 4, 15);
        var y = Enumerable.Range(0, 200).Select(i => (3 * x[i, 0]) + x[i, 2] + (0.1 * x[i, 1])).ToArray();
        var rfe = new RecursiveFeatureElimination<LinearRegressionModel>(new LinearRegressionLearner(), new RfeOptions { FeaturesToSelect = 1 });
        var result = rfe.Fit(new Dataset(x, y));
        Assert.Equal([1, 3, 2, 4], result.Ranking);
        Assert.Equal([0], result.SelectedColumns);
        Assert.Equal([true, false, false, false], result.Support);
        Assert.Equal(1, result.Model.FeatureCount);
        Assert.Equal(3, result.Model.Coefficients(0)[0], 0.05);
    }

    // A fractional step removes ⌊0.34·p⌋ = 2 features per round: 6 → 4 → 3.
    [Fact]
    public void FractionalStep_RemovesThatShareOfAllFeaturesPerRound()
    {
        var x = ModelChecks.Gaussian(100, 6, 16);
        var y = Enumerable.Range(0, 100).Select(i => Enumerable.Range(0, 6).Sum(j => (j + 1) * x[i, j])).ToArray();
        var result = new RecursiveFeatureElimination<LinearRegressionModel>(new LinearRegressionLearner(), new RfeOptions { FeaturesToSelect = 3, Step = 0.34 })
            .Fit(new Dataset(x, y));
        Assert.Equal([3, 3, 2, 1, 1, 1], result.Ranking);
    }

    [Fact]
    public void ModelsWithoutCoefficients_NeedAnImportanceFunction()
    {
        var x = ModelChecks.Gaussian(20, 3, 17);
        var learner = new KMeansLearner(new KMeansOptions { Clusters = 2 });
        var rfe = new RecursiveFeatureElimination<KMeansModel>(learner, new RfeOptions { FeaturesToSelect = 2 });
        Assert.Throws<InvalidOperationException>(() => rfe.Fit(new Dataset(x, new double[20])));
        var spread = new RecursiveFeatureElimination<KMeansModel>(learner, new RfeOptions { FeaturesToSelect = 2 },
            m => Enumerable.Range(0, m.FeatureCount).Select(j => Math.Abs(m.Centres[0, j] - m.Centres[1, j])).ToArray());
        Assert.Equal(2, spread.Fit(new Dataset(x, new double[20])).SelectedColumns.Length);
    }

    [Fact]
    public void InvalidOptions_AreRejectedByName()
    {
        ModelChecks.RejectsOption("Step", () => new RfeOptions { Step = 0 }.Validate());
        ModelChecks.RejectsOption("Step", () => new RfeOptions { Step = 1.5 }.Validate());
        ModelChecks.RejectsOption("FeaturesToSelect", () => new RfeOptions { FeaturesToSelect = -1 }.Validate());
    }
}
