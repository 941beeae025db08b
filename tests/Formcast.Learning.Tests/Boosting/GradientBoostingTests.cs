using Formcast.Learning.Tests.Trees;

namespace Formcast.Learning.Tests.Boosting;

public sealed class GradientBoostingTests
{
    private static readonly double[][] Line = [[1], [2], [3], [4]];

    private static GradientBoostingOptions OneStump => new() { Rounds = 1, MaxDepth = 1, LearningRate = 1, Lambda = 0 };

    [Fact]
    public void SquaredLoss_OneStump_HandComputed()
    {
        // Base score = mean 5; g = 5 − y = (5, 5, −5, −5), h = 1. Cutting below 3 gains 10²/2 + 10²/2 − 0 = 100;
        // leaves −G/H: −10/2 = −5 and +5, so predictions are 0 and 10.
        var model = new GradientBoostingRegressor(OneStump).Fit(TreeTestData.Make(Line, [0, 0, 10, 10]));
        Assert.Equal(5.0, model.BaseScore);
        Assert.Equal(0.0, model.Predict([2.9]));
        Assert.Equal(10.0, model.Predict([3.0]));
        Assert.Equal(4.0, model.Trees[0].Cover[0]);
    }

    [Fact]
    public void Lambda_ShrinksLeafWeights()
    {
        // λ = 1: leaf = −G/(H + λ) = −10/3, so the prediction is 5 − 10/3.
        var model = new GradientBoostingRegressor(OneStump with { Lambda = 1 }).Fit(TreeTestData.Make(Line, [0, 0, 10, 10]));
        Assert.Equal(5 - (10f / 3f), model.Predict([1.0]), 6);
    }

    [Fact]
    public void Gamma_AndMinChildWeight_StopSplits()
    {
        var data = TreeTestData.Make(Line, [0, 0, 10, 10]);
        // The split's loss change is 100 (see above); γ above it forbids the split, γ below allows it.
        Assert.Equal(1, new GradientBoostingRegressor(OneStump with { Gamma = 101 }).Fit(data).Trees[0].NodeCount);
        Assert.Equal(3, new GradientBoostingRegressor(OneStump with { Gamma = 99 }).Fit(data).Trees[0].NodeCount);
        // Each child of the best split holds hessian 2; requiring 3 leaves only the root.
        Assert.Equal(1, new GradientBoostingRegressor(OneStump with { MinChildWeight = 3 }).Fit(data).Trees[0].NodeCount);
    }

    [Fact]
    public void LogisticBaseMargin_IsTheLogOddsOfThePrior()
    {
        // Prior 1/4: margin log(0.25/0.75) = −ln 3 (computed in float, like XGBoost).
        var model = new GradientBoostingClassifier(new GradientBoostingOptions { Rounds = 1 }).Fit(TreeTestData.Make([[1], [1], [1], [1]], [0, 0, 0, 1]));
        Assert.Equal(-Math.Log(3), model.BaseMargins[0], 6);
        var p = new double[2];
        model.PredictProbabilities([1.0], p);
        Assert.Equal(0.25, p[1], 6);
    }

    [Fact]
    public void MissingValues_LearnTheirDirection()
    {
        // Rows with x missing all have y = 10: the best split separates missing from present values and sends
        // missing values right (the left-to-right scan finds it first).
        var data = TreeTestData.Make([[1], [2], [double.NaN], [double.NaN]], [0, 0, 10, 10]);
        var model = new GradientBoostingRegressor(OneStump).Fit(data);
        Assert.Equal(10.0, model.Predict([double.NaN]));
        Assert.Equal(0.0, model.Predict([1.5]));
        Assert.False(model.Trees[0].DefaultLeft[0]);
    }

    [Fact]
    public void QuantileLeaves_AreResidualQuantiles()
    {
        // α = ½: base = median of (1, 2, 3, 10, 11, 12) = 6.5; the stump cuts below 4; each leaf becomes the median
        // residual of its rows, −4.5 and +4.5, so predictions are 2 and 11.
        double[][] x = [[1], [2], [3], [4], [5], [6]];
        var model = new GradientBoostingRegressor(OneStump with { Loss = RegressionLoss.Quantile, QuantileAlpha = 0.5 })
            .Fit(TreeTestData.Make(x, [1, 2, 3, 10, 11, 12]));
        Assert.Equal(6.5, model.BaseScore);
        Assert.Equal(2.0, model.Predict([2.0]));
        Assert.Equal(11.0, model.Predict([5.0]));
    }

    [Fact]
    public void EarlyStopping_KeepsTheBestRound_AndEqualsAFitOfThatLength()
    {
        var data = TreeTestData.Synthetic(600, 5, classification: false, noise: 2.0);
        var train = data.Subset(Enumerable.Range(0, 450).ToArray());
        var validation = data.Subset(Enumerable.Range(450, 150).ToArray());
        var options = new GradientBoostingOptions { Rounds = 300, LearningRate = 0.3, EarlyStoppingRounds = 10 };
        var stopped = new GradientBoostingRegressor(options).Fit(train, validation);
        Assert.InRange(stopped.Rounds, 2, 299);
        var history = stopped.ValidationLoss;
        Assert.Equal(history.Min(), history[stopped.Rounds - 1]);
        Assert.Equal(stopped.Rounds + 10, history.Count);

        var plain = new GradientBoostingRegressor(options with { Rounds = stopped.Rounds, EarlyStoppingRounds = 0 }).Fit(train);
        Assert.Equal(TreeTestData.Bytes(plain), TreeTestData.Bytes(stopped));
    }

    [Fact]
    public void EarlyStopping_WithoutValidationData_HoldsOutWholeGroups()
    {
        var data = TreeTestData.Synthetic(400, 4, classification: true);
        var grouped = new Dataset(data.Features, data.Target, groups: Enumerable.Range(0, 400).Select(r => r % 8).ToArray());
        var model = new GradientBoostingClassifier(new GradientBoostingOptions { Rounds = 50, EarlyStoppingRounds = 5, ValidationFraction = 0.25 }).Fit(grouped);
        Assert.NotEmpty(model.ValidationLoss);
        Assert.True(model.Rounds <= 50);
    }

    [Fact]
    public void Fits_DoNotDependOnTheThreadCount()
    {
        // 6,000 rows span several histogram blocks; sampling exercises the per-tree generator streams.
        var data = TreeTestData.Synthetic(6000, 12, classification: true);
        var options = new GradientBoostingOptions
        {
            Rounds = 8, Subsample = 0.7, ColumnSampleByTree = 0.8, ColumnSampleByLevel = 0.8, ColumnSampleByNode = 0.7, Seed = 11,
        };
        var one = new GradientBoostingClassifier(options with { MaxDegreeOfParallelism = 1 }).Fit(data);
        var four = new GradientBoostingClassifier(options with { MaxDegreeOfParallelism = 4 }).Fit(data);
        Assert.Equal(TreeTestData.Bytes(one), TreeTestData.Bytes(four));
        Assert.NotEqual(TreeTestData.Bytes(one), TreeTestData.Bytes(new GradientBoostingClassifier(options with { Seed = 12 }).Fit(data)));
    }

    [Fact]
    public void ClassWeights_ActLikeScalePositiveWeight()
    {
        // Both multiply the weight of positive rows by 3 (with the base score fixed, which class weights would move).
        var data = TreeTestData.Synthetic(300, 4, classification: true);
        var baseline = new GradientBoostingOptions { Rounds = 5, BaseScore = 0.5 };
        var scaled = new GradientBoostingClassifier(baseline with { ScalePositiveWeight = 3 }).Fit(data);
        var weighted = new GradientBoostingClassifier(baseline with
        {
            ClassWeights = ClassWeighting.Explicit(new Dictionary<double, double> { [1] = 3 }),
        }).Fit(data);
        Assert.Equal(TreeTestData.Bytes(scaled), TreeTestData.Bytes(weighted));
        Assert.NotEqual(TreeTestData.Bytes(scaled), TreeTestData.Bytes(new GradientBoostingClassifier(baseline).Fit(data)));
    }

    [Fact]
    public void SavedAndLoaded_PredictsBitIdentically()
    {
        var binary = TreeTestData.Synthetic(300, 5, classification: true);
        var classifier = new GradientBoostingClassifier(new GradientBoostingOptions { Rounds = 10 }).Fit(binary);
        TreeTestData.SameProbabilities(classifier, TreeTestData.RoundTrip(classifier), binary.Features);

        var labels = binary.Target.Select((t, i) => t + (i % 3 == 0 ? 2 : 0)).ToArray();
        var multi = new Dataset(binary.Features, labels);
        var softmax = new GradientBoostingClassifier(new GradientBoostingOptions { Rounds = 6 }).Fit(multi);
        Assert.Equal(4, softmax.MarginCount);
        TreeTestData.SameProbabilities(softmax, TreeTestData.RoundTrip(softmax), multi.Features);

        var regression = TreeTestData.Synthetic(300, 5, classification: false);
        var regressor = new GradientBoostingRegressor(new GradientBoostingOptions { Rounds = 10 }).Fit(regression);
        TreeTestData.SamePredictions(regressor, TreeTestData.RoundTrip(regressor), regression.Features);

        var interval = new GradientBoostingIntervalRegressor(new GradientBoostingOptions { Rounds = 10 }).Fit(regression);
        var loaded = TreeTestData.RoundTrip(interval);
        for (var r = 0; r < regression.Rows; r++)
            Assert.Equal(interval.PredictInterval(regression.Features.Row(r)), loaded.PredictInterval(regression.Features.Row(r)));
    }

    [Fact]
    public void PredictionIntervals_CoverNewOutcomesAboutAsOftenAsNominal()
    {
        // y = 3·x0 + x1² + N(0, 1.5²): a 90 % interval from 2,000 training rows should cover 80–97 % of 2,000 new rows.
        var all = TreeTestData.Synthetic(4000, 3, classification: false, seed: 5, noise: 1.5);
        var train = all.Subset(Enumerable.Range(0, 2000).ToArray());
        var test = all.Subset(Enumerable.Range(2000, 2000).ToArray());
        var model = new GradientBoostingIntervalRegressor(new GradientBoostingOptions { Rounds = 100, LearningRate = 0.1, MaxDepth = 3 }, 0.9).Fit(train);
        var covered = Enumerable.Range(0, test.Rows).Count(r =>
        {
            var (low, high) = model.PredictInterval(test.Features.Row(r));
            return test.Target[r] >= low && test.Target[r] <= high;
        });
        Assert.InRange(covered / (double)test.Rows, 0.80, 0.97);
    }

    [Theory]
    [InlineData(nameof(GradientBoostingOptions.Rounds))]
    [InlineData(nameof(GradientBoostingOptions.LearningRate))]
    [InlineData(nameof(GradientBoostingOptions.MaxDepth))]
    [InlineData(nameof(GradientBoostingOptions.MaxLeaves))]
    [InlineData(nameof(GradientBoostingOptions.MinChildWeight))]
    [InlineData(nameof(GradientBoostingOptions.Lambda))]
    [InlineData(nameof(GradientBoostingOptions.Alpha))]
    [InlineData(nameof(GradientBoostingOptions.Gamma))]
    [InlineData(nameof(GradientBoostingOptions.Subsample))]
    [InlineData(nameof(GradientBoostingOptions.ColumnSampleByTree))]
    [InlineData(nameof(GradientBoostingOptions.ColumnSampleByLevel))]
    [InlineData(nameof(GradientBoostingOptions.ColumnSampleByNode))]
    [InlineData(nameof(GradientBoostingOptions.MaxBins))]
    [InlineData(nameof(GradientBoostingOptions.BaseScore))]
    [InlineData(nameof(GradientBoostingOptions.ScalePositiveWeight))]
    [InlineData(nameof(GradientBoostingOptions.QuantileAlpha))]
    [InlineData(nameof(GradientBoostingOptions.EarlyStoppingRounds))]
    [InlineData(nameof(GradientBoostingOptions.ValidationFraction))]
    public void InvalidOptions_AreRejectedByName(string option)
    {
        var o = new GradientBoostingOptions();
        var bad = option switch
        {
            nameof(o.Rounds) => o with { Rounds = 0 },
            nameof(o.LearningRate) => o with { LearningRate = 0 },
            nameof(o.MaxDepth) => o with { MaxDepth = -1 },
            nameof(o.MaxLeaves) => o with { MaxLeaves = 1 },
            nameof(o.MinChildWeight) => o with { MinChildWeight = -1 },
            nameof(o.Lambda) => o with { Lambda = double.NaN },
            nameof(o.Alpha) => o with { Alpha = -0.1 },
            nameof(o.Gamma) => o with { Gamma = -1 },
            nameof(o.Subsample) => o with { Subsample = 0 },
            nameof(o.ColumnSampleByTree) => o with { ColumnSampleByTree = 1.5 },
            nameof(o.ColumnSampleByLevel) => o with { ColumnSampleByLevel = 0 },
            nameof(o.ColumnSampleByNode) => o with { ColumnSampleByNode = -1 },
            nameof(o.MaxBins) => o with { MaxBins = 256 },
            nameof(o.BaseScore) => o with { BaseScore = double.PositiveInfinity },
            nameof(o.ScalePositiveWeight) => o with { ScalePositiveWeight = 0 },
            nameof(o.QuantileAlpha) => o with { QuantileAlpha = 1 },
            nameof(o.EarlyStoppingRounds) => o with { EarlyStoppingRounds = -1 },
            _ => o with { ValidationFraction = 1 },
        };
        Assert.Equal(option, Assert.Throws<ArgumentOutOfRangeException>(() => new GradientBoostingRegressor(bad)).ParamName);
    }

    [Fact]
    public void UnlimitedDepth_NeedsALeafLimit()
    {
        Assert.Equal("MaxDepth", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new GradientBoostingClassifier(new GradientBoostingOptions { MaxDepth = 0 })).ParamName);
        _ = new GradientBoostingClassifier(new GradientBoostingOptions { MaxDepth = 0, MaxLeaves = 8, Growth = TreeGrowthPolicy.LossGuide });
    }
}
