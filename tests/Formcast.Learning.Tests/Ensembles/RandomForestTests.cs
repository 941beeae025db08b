using Formcast.Learning.Tests.Trees;

namespace Formcast.Learning.Tests.Ensembles;

public sealed class RandomForestTests
{
    [Fact]
    public void TheForest_DoesNotDependOnTheThreadCount()
    {
        var data = TreeTestData.Synthetic(500, 8, classification: true);
        var options = new RandomForestOptions { TreeCount = 24, Seed = 3, ComputeOutOfBagScore = true };
        var one = new RandomForestClassifier(options with { MaxDegreeOfParallelism = 1 }).Fit(data);
        var four = new RandomForestClassifier(options with { MaxDegreeOfParallelism = 4 }).Fit(data);
        Assert.Equal(TreeTestData.Bytes(one), TreeTestData.Bytes(four));
        Assert.Equal(one.OutOfBagProbabilities, four.OutOfBagProbabilities);

        var regression = TreeTestData.Synthetic(500, 8, classification: false);
        Assert.Equal(
            TreeTestData.Bytes(new RandomForestRegressor(options with { MaxDegreeOfParallelism = 1 }).Fit(regression)),
            TreeTestData.Bytes(new RandomForestRegressor(options with { MaxDegreeOfParallelism = 3 }).Fit(regression)));
        Assert.NotEqual(TreeTestData.Bytes(one), TreeTestData.Bytes(new RandomForestClassifier(options with { Seed = 4 }).Fit(data)));
    }

    [Fact]
    public void SavedAndLoaded_PredictsBitIdentically()
    {
        var data = TreeTestData.Synthetic(400, 6, classification: true);
        var classifier = new RandomForestClassifier(new RandomForestOptions { TreeCount = 15, ComputeOutOfBagScore = true }).Fit(data);
        var loaded = TreeTestData.RoundTrip(classifier);
        TreeTestData.SameProbabilities(classifier, loaded, data.Features);
        Assert.Equal(classifier.OutOfBagScore, loaded.OutOfBagScore);
        Assert.Equal(classifier.PredictProbabilities(data.Features), loaded.PredictProbabilities(data.Features));

        var regression = TreeTestData.Synthetic(400, 6, classification: false);
        var regressor = new RandomForestRegressor(new RandomForestOptions { TreeCount = 15 }).Fit(regression);
        TreeTestData.SamePredictions(regressor, TreeTestData.RoundTrip(regressor), regression.Features);
    }

    [Fact]
    public void OneTreeWithoutBootstrap_IsTheDecisionTreeGrownFromTheSameStream()
    {
        // Tree t of a forest draws from Rng(Seed).Fork(t); without bootstrap and with every feature examined, tree 0
        // is exactly the CART tree given that stream, and the forest's average of one tree is that tree.
        var data = TreeTestData.Synthetic(300, 5, classification: true);
        var forest = new RandomForestClassifier(new RandomForestOptions
        {
            TreeCount = 1, Bootstrap = false, MaxFeatures = MaxFeatures.All, Seed = 9,
        }).Fit(data);
        var tree = new DecisionTreeClassifier(new DecisionTreeOptions()).Fit(data, new Rng(9).Fork(0).NextInt);
        TreeTestData.SameProbabilities(tree, forest, data.Features);
    }

    [Fact]
    public void OutOfBagPredictions_UseOnlyTreesThatLeftTheRowOut()
    {
        var data = TreeTestData.Synthetic(200, 4, classification: false);
        var few = new RandomForestRegressor(new RandomForestOptions { TreeCount = 2, ComputeOutOfBagScore = true }).Fit(data);
        // With two bootstrap samples, P(a row is in both) ≈ (1 − 1/e)² ≈ 0.40: some rows have no out-of-bag estimate.
        var missing = few.OutOfBagPredictions!.Count(double.IsNaN);
        Assert.InRange(missing, 40, 120);

        var many = new RandomForestRegressor(new RandomForestOptions { TreeCount = 60, ComputeOutOfBagScore = true }).Fit(data);
        Assert.DoesNotContain(many.OutOfBagPredictions!, double.IsNaN);
        Assert.InRange(many.OutOfBagScore!.Value, 0.6, 1.0);
    }

    [Fact]
    public void ImpurityImportance_PointsAtTheInformativeFeature()
    {
        // Target depends on x0 (strongly) and x1 (weakly); x2..x5 are noise.
        var data = TreeTestData.Synthetic(800, 6, classification: false);
        var importances = new RandomForestRegressor(new RandomForestOptions { TreeCount = 30 }).Fit(data).FeatureImportances();
        Assert.Equal(1.0, importances.Sum(), 12);
        Assert.Equal(0, Array.IndexOf(importances, importances.Max()));
        Assert.True(importances[1] > importances.Skip(2).Max());
    }

    [Theory]
    [InlineData(nameof(RandomForestOptions.TreeCount))]
    [InlineData(nameof(RandomForestOptions.MaxSamplesFraction))]
    [InlineData(nameof(RandomForestOptions.ComputeOutOfBagScore))]
    public void InvalidOptions_AreRejectedByName(string option)
    {
        var bad = option switch
        {
            nameof(RandomForestOptions.TreeCount) => new RandomForestOptions { TreeCount = 0 },
            nameof(RandomForestOptions.MaxSamplesFraction) => new RandomForestOptions { MaxSamplesFraction = 0 },
            _ => new RandomForestOptions { Bootstrap = false, ComputeOutOfBagScore = true },
        };
        Assert.Equal(option, Assert.Throws<ArgumentOutOfRangeException>(() => new RandomForestClassifier(bad)).ParamName);
    }
}
