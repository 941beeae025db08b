using Formcast.Learning.Tests.Trees;

namespace Formcast.Learning.Tests.Ensembles;

public sealed class PermutationImportanceTests
{
    /// <summary>A model that returns its first feature: R² on y = x0 is exactly 1 and it ignores every other column.</summary>
    private sealed class FirstFeature : IRegressor
    {
        public string Kind => "first-feature";

        public int FeatureCount => 3;

        public double Predict(ReadOnlySpan<double> features) => features[0];

        public void WritePayload(ModelWriter writer) { }
    }

    [Fact]
    public void ShufflingTheUsedFeature_CostsAboutTwoR2_AndUnusedFeaturesCostNothing()
    {
        // With y = x0 and a model predicting x0, shuffling x0 gives E[Σ(y − y_π)²] = 2nσ², so R² ≈ 1 − 2 = −1 and
        // the drop is ≈ 2; the model never reads x1 or x2, so their drops are exactly 0.
        var rng = new Rng(2);
        var n = 4000;
        var x = new Matrix(n, 3);
        var y = new double[n];
        for (var r = 0; r < n; r++)
        {
            for (var f = 0; f < 3; f++) x[r, f] = rng.NextGaussian();
            y[r] = x[r, 0];
        }

        var result = PermutationImportance.Compute(new FirstFeature(), new Dataset(x, y), new PermutationImportanceOptions { Repeats = 4 });
        Assert.Equal(1.0, result.BaselineScore);
        Assert.InRange(result.Mean[0], 1.9, 2.1);
        Assert.Equal(0.0, result.Mean[1]);
        Assert.Equal(0.0, result.Mean[2]);
        Assert.Equal(4, result.Drops[0].Length);
    }

    [Fact]
    public void Results_DoNotDependOnTheThreadCount()
    {
        var data = TreeTestData.Synthetic(300, 5, classification: true);
        var model = new RandomForestClassifier(new RandomForestOptions { TreeCount = 10 }).Fit(data);
        var one = PermutationImportance.Compute(model, data, new PermutationImportanceOptions { MaxDegreeOfParallelism = 1 });
        var many = PermutationImportance.Compute(model, data, new PermutationImportanceOptions { MaxDegreeOfParallelism = 4 });
        Assert.Equal(one.Mean, many.Mean);
        Assert.True(one.Mean[0] > one.Mean[2]);
    }

    [Fact]
    public void ACustomScore_IsUsed()
    {
        var data = TreeTestData.Synthetic(100, 3, classification: false);
        var model = new DecisionTreeRegressor(new DecisionTreeOptions { MaxDepth = 2 }).Fit(data);
        var result = PermutationImportance.Compute(model, data, score: (_, _) => 7.0);
        Assert.Equal(7.0, result.BaselineScore);
        Assert.All(result.Mean, m => Assert.Equal(0.0, m));
    }
}
