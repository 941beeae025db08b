using Formcast.Learning.Evaluation;
using Formcast.Learning.Explanations;
using Formcast.Learning.Tests.Evaluation;

namespace Formcast.Learning.Tests.Explanations;

public sealed class PermutationImportanceTests
{
    [Fact]
    public void UnusedFeatures_HaveExactlyZeroImportance()
    {
        var (data, model) = OnlyFirstFeatureMatters();
        var importances = PermutationImportance.Compute(model, data, Metric.MeanSquaredError);
        Assert.True(importances[0].Mean > 1);
        Assert.All(importances.Skip(1), i => Assert.Equal(0, i.Mean));
        Assert.All(importances.Skip(1), i => Assert.Equal(0, i.StandardDeviation));
    }

    /// <summary>
    /// For y = 2x₀ with x₀ standard normal and the true model, shuffling x₀ raises the MSE to E[(2x₀ − 2x₀')²] = 8
    /// (independent copies); with 2000 rows and 10 repeats the mean lies within 8 ± 0.6.
    /// </summary>
    [Fact]
    public void Importance_MatchesTheExpectedLossIncrease()
    {
        var (data, model) = OnlyFirstFeatureMatters(rows: 2000);
        var importance = PermutationImportance.Compute(model, data, Metric.MeanSquaredError, new PermutationImportanceOptions { Repeats = 10 })[0];
        Assert.InRange(importance.Mean, 7.4, 8.6);
    }

    [Fact]
    public void Results_DoNotDependOnThreads()
    {
        var (data, model) = OnlyFirstFeatureMatters();
        var one = PermutationImportance.Compute(model, data, Metric.R2, new PermutationImportanceOptions { MaxDegreeOfParallelism = 1 });
        var many = PermutationImportance.Compute(model, data, Metric.R2, new PermutationImportanceOptions { MaxDegreeOfParallelism = 3 });
        Assert.Equal(one.Select(i => i.Mean), many.Select(i => i.Mean));
    }

    [Fact]
    public void WithinGroups_IgnoresAFeatureThatOnlyIdentifiesTheAthlete()
    {
        // Feature 1 is an athlete-level constant the model uses; shuffling it within an athlete changes nothing.
        var rng = new Rng(6);
        var rows = 240;
        var x = new Matrix(rows, 2);
        var y = new double[rows];
        var groups = new int[rows];
        for (var r = 0; r < rows; r++)
        {
            groups[r] = r % 12;
            x[r, 0] = rng.NextGaussian();
            x[r, 1] = groups[r] * 0.5;
            y[r] = x[r, 0] + x[r, 1];
        }

        var data = new Dataset(x, y, groups: groups);
        var model = new LinearModel([1, 1], 0);
        var across = PermutationImportance.Compute(model, data, Metric.MeanSquaredError);
        var within = PermutationImportance.Compute(model, data, Metric.MeanSquaredError, new PermutationImportanceOptions { WithinGroups = true });
        Assert.True(across[1].Mean > 1);
        Assert.Equal(0, within[1].Mean);
        Assert.True(within[0].Mean > 1);
    }

    private static (Dataset Data, IRegressor Model) OnlyFirstFeatureMatters(int rows = 300)
    {
        var rng = new Rng(12);
        var x = new Matrix(rows, 3);
        for (var i = 0; i < x.Data.Length; i++) x.Data[i] = rng.NextGaussian();
        var y = Enumerable.Range(0, rows).Select(r => 2 * x[r, 0]).ToArray();
        return (new Dataset(x, y, ["hrv", "sleep", "load"]), new LinearModel([2, 0, 0], 0));
    }
}
