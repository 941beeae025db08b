using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning.Tests.Trees;

public sealed class DecisionTreeTests
{
    private static readonly double[][] Line = [[1], [2], [3], [4]];

    [Fact]
    public void Gini_SplitsAtTheMidpointWithHandComputedImpurities()
    {
        // Two classes of two rows: root Gini = 1 − (½² + ½²) = 0.5; the split at (2 + 3)/2 gives pure children.
        var model = new DecisionTreeClassifier().Fit(TreeTestData.Make(Line, [0, 0, 1, 1]));
        var tree = model.Tree;
        Assert.Equal(3, tree.NodeCount);
        Assert.Equal(0, tree.Feature[0]);
        Assert.Equal(2.5, tree.Threshold[0]);
        Assert.Equal([0.5, 0.0, 0.0], tree.Impurity!);
        Assert.Equal([4, 2, 2], tree.SampleCount!);
        Assert.Equal([1.0, 0.0], tree.Value(1).ToArray());
        Assert.Equal([1.0], model.FeatureImportances());
    }

    [Fact]
    public void Entropy_OfAnEvenSplitIsOneBit()
    {
        var model = new DecisionTreeClassifier(new DecisionTreeOptions { Criterion = SplitCriterion.Entropy })
            .Fit(TreeTestData.Make(Line, [0, 0, 1, 1]));
        Assert.Equal(1.0, model.Tree.Impurity![0], 15);
    }

    [Fact]
    public void SquaredError_LeavesPredictMeansAndRootImpurityIsTheVariance()
    {
        // y = 1,1,1,5,5,5: mean 3, variance 4; the best cut separates the two plateaus at 3.5.
        double[][] x = [[1], [2], [3], [4], [5], [6]];
        var model = new DecisionTreeRegressor(new DecisionTreeOptions { MaxDepth = 1 }).Fit(TreeTestData.Make(x, [1, 1, 1, 5, 5, 5]));
        Assert.Equal(4.0, model.Tree.Impurity![0]);
        Assert.Equal(3.5, model.Tree.Threshold[0]);
        Assert.Equal(1.0, model.Predict([2.0]));
        Assert.Equal(5.0, model.Predict([6.0]));
    }

    [Fact]
    public void SampleWeights_SetLeafProportions()
    {
        // One constant feature: no split, the root leaf holds weighted proportions (2 : 1+1) = (0.5, 0.5).
        var data = TreeTestData.Make([[1], [1], [1]], [0, 1, 1], weights: [2, 1, 1]);
        var model = new DecisionTreeClassifier().Fit(data);
        var p = new double[2];
        model.PredictProbabilities([1.0], p);
        Assert.Equal([0.5, 0.5], p);
    }

    [Fact]
    public void BalancedClassWeights_EqualiseClassMass()
    {
        // n = 4, k = 2: class 0 weighs 4/(2·3) each, class 1 weighs 4/(2·1): both classes total 2.
        var data = TreeTestData.Make([[1], [1], [1], [1]], [0, 0, 0, 1]);
        var model = new DecisionTreeClassifier(new DecisionTreeOptions { ClassWeights = ClassWeighting.Balanced }).Fit(data);
        var p = new double[2];
        model.PredictProbabilities([1.0], p);
        Assert.Equal(0.5, p[0], 15);
        Assert.Equal(0.5, p[1], 15);
    }

    [Fact]
    public void ExplicitClassWeights_MultiplyTheirClass()
    {
        var data = TreeTestData.Make([[1], [1]], [0, 1]);
        var weights = ClassWeighting.Explicit(new Dictionary<double, double> { [1] = 3 });
        var model = new DecisionTreeClassifier(new DecisionTreeOptions { ClassWeights = weights }).Fit(data);
        var p = new double[2];
        model.PredictProbabilities([1.0], p);
        Assert.Equal([0.25, 0.75], p);
    }

    [Fact]
    public void MinImpurityDecrease_StopsWeakSplits()
    {
        // The only split lowers the weighted impurity by 4/4 · (0.5 − 2/4·0 − 2/4·0) = 0.5.
        var options = new DecisionTreeOptions { MinImpurityDecrease = 0.6 };
        Assert.Equal(1, new DecisionTreeClassifier(options).Fit(TreeTestData.Make(Line, [0, 0, 1, 1])).NodeCount);
        Assert.Equal(3, new DecisionTreeClassifier(options with { MinImpurityDecrease = 0.5 }).Fit(TreeTestData.Make(Line, [0, 0, 1, 1])).NodeCount);
    }

    [Fact]
    public void GrowthLimits_AreRespected()
    {
        var data = TreeTestData.Synthetic(600, 5, classification: true);
        var deep = new DecisionTreeClassifier().Fit(data);
        var shallow = new DecisionTreeClassifier(new DecisionTreeOptions { MaxDepth = 3 }).Fit(data);
        var leafy = new DecisionTreeClassifier(new DecisionTreeOptions { MinSamplesLeaf = 25 }).Fit(data);
        Assert.True(deep.Depth > 3);
        Assert.Equal(3, shallow.Depth);
        for (var i = 0; i < leafy.NodeCount; i++)
        {
            if (leafy.Tree.IsLeaf(i)) Assert.True(leafy.Tree.SampleCount![i] >= 25);
        }

        // Grown until pure: every training row is predicted right (no duplicate rows with different labels).
        Assert.All(Enumerable.Range(0, data.Rows), r => Assert.Equal(data.Target[r], ((IClassifier)deep).PredictLabel(data.Features.Row(r))));
    }

    [Theory]
    [InlineData(nameof(DecisionTreeOptions.MaxDepth))]
    [InlineData(nameof(DecisionTreeOptions.MinSamplesSplit))]
    [InlineData(nameof(DecisionTreeOptions.MinSamplesLeaf))]
    [InlineData(nameof(DecisionTreeOptions.MinWeightFractionLeaf))]
    [InlineData(nameof(DecisionTreeOptions.MinImpurityDecrease))]
    [InlineData(nameof(DecisionTreeOptions.MaxFeatures))]
    [InlineData(nameof(DecisionTreeOptions.MaxDegreeOfParallelism))]
    [InlineData(nameof(DecisionTreeOptions.ClassWeights))]
    public void InvalidOptions_AreRejectedByName(string option)
    {
        var bad = option switch
        {
            nameof(DecisionTreeOptions.MaxDepth) => new DecisionTreeOptions { MaxDepth = 0 },
            nameof(DecisionTreeOptions.MinSamplesSplit) => new DecisionTreeOptions { MinSamplesSplit = 1 },
            nameof(DecisionTreeOptions.MinSamplesLeaf) => new DecisionTreeOptions { MinSamplesLeaf = 0 },
            nameof(DecisionTreeOptions.MinWeightFractionLeaf) => new DecisionTreeOptions { MinWeightFractionLeaf = 0.6 },
            nameof(DecisionTreeOptions.MinImpurityDecrease) => new DecisionTreeOptions { MinImpurityDecrease = -1 },
            nameof(DecisionTreeOptions.MaxFeatures) => new DecisionTreeOptions { MaxFeatures = MaxFeatures.Fraction(1.5) },
            nameof(DecisionTreeOptions.MaxDegreeOfParallelism) => new DecisionTreeOptions { MaxDegreeOfParallelism = -1 },
            _ => new DecisionTreeOptions { ClassWeights = ClassWeighting.Explicit(new Dictionary<double, double> { [0] = -1 }) },
        };
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DecisionTreeClassifier(bad));
        Assert.Equal(option, error.ParamName);
    }

    [Fact]
    public void CriterionOfTheWrongTask_IsRejectedByName()
    {
        Assert.Equal("Criterion", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new DecisionTreeClassifier(new DecisionTreeOptions { Criterion = SplitCriterion.SquaredError })).ParamName);
        Assert.Equal("Criterion", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new DecisionTreeRegressor(new DecisionTreeOptions { Criterion = SplitCriterion.Gini })).ParamName);
    }

    [Fact]
    public void MissingFeatures_AreRejectedAtFitAndFollowTheHeavierChildAtPrediction()
    {
        var error = Assert.Throws<ArgumentException>(() => new DecisionTreeClassifier().Fit(TreeTestData.Make([[1], [double.NaN]], [0, 1])));
        Assert.Contains("row 1", error.Message, StringComparison.Ordinal);

        // Three rows left of the cut, one right: NaN goes left.
        var model = new DecisionTreeClassifier().Fit(TreeTestData.Make(Line, [0, 0, 0, 1]));
        Assert.Equal(0.0, ((IClassifier)model).PredictLabel([double.NaN]));
    }

    [Fact]
    public void SavedAndLoaded_PredictsBitIdentically()
    {
        var data = TreeTestData.Synthetic(400, 6, classification: true);
        var classifier = new DecisionTreeClassifier(new DecisionTreeOptions { MaxDepth = 6 }).Fit(data);
        TreeTestData.SameProbabilities(classifier, TreeTestData.RoundTrip(classifier), data.Features);
        Assert.Equal(classifier.FeatureImportances(), TreeTestData.RoundTrip(classifier).FeatureImportances());

        var regression = TreeTestData.Synthetic(400, 6, classification: false);
        var regressor = new DecisionTreeRegressor().Fit(regression);
        TreeTestData.SamePredictions(regressor, TreeTestData.RoundTrip(regressor), regression.Features);
    }

    [Fact]
    public void SameSeed_SameTree_RegardlessOfThreads()
    {
        var data = TreeTestData.Synthetic(300, 8, classification: true);
        var options = new DecisionTreeOptions { MaxFeatures = MaxFeatures.Sqrt, Seed = 5 };
        Assert.Equal(TreeTestData.Bytes(new DecisionTreeClassifier(options).Fit(data)),
            TreeTestData.Bytes(new DecisionTreeClassifier(options with { MaxDegreeOfParallelism = 1 }).Fit(data)));
        Assert.NotEqual(TreeTestData.Bytes(new DecisionTreeClassifier(options).Fit(data)),
            TreeTestData.Bytes(new DecisionTreeClassifier(options with { Seed = 6 }).Fit(data)));
    }

    [Fact]
    public void DamagedFiles_FailWithTheFieldNamed()
    {
        var model = new DecisionTreeClassifier().Fit(TreeTestData.Make(Line, [0, 0, 1, 1]));
        var bytes = TreeTestData.Bytes(model);
        bytes[^40] ^= 0xFF;
        Assert.Equal("checksum", Assert.Throws<ModelFormatException>(() => ModelFile.Load(new MemoryStream(bytes))).Field);

        // A child that points back at its parent would loop forever: the reader refuses it.
        var tree = model.Tree;
        var cyclic = new Tree(tree.Feature, tree.Threshold, [1, -1, 0], tree.Right, tree.DefaultLeft, tree.Cover, tree.Values, 2, tree.Impurity, tree.SampleCount);
        var bad = new DecisionTreeClassifierModel(cyclic, [0, 1], 1);
        var error = Assert.Throws<ModelFormatException>(() => ModelFile.RoundTrip(bad));
        Assert.Equal("tree.left", error.Field);
    }

    [Fact]
    public void WrongRowLength_IsAProgrammerError()
    {
        var model = new DecisionTreeRegressor().Fit(TreeTestData.Make(Line, [1, 2, 3, 4]));
        Assert.Throws<ArgumentException>(() => model.Predict([1.0, 2.0]));
    }
}
