using Formcast.Learning.Baselines;
using Formcast.Learning.Evaluation;

namespace Formcast.Learning.Tests.Evaluation;

public sealed class MonteCarloPerturbationTests
{
    /// <summary>
    /// For the exact model y = 2x₀ and Gaussian noise of SD σ on x₀, each noisy MSE estimates E[(2ε)²] = 4σ²; with
    /// σ = 0.5 the mean over repeats is 1 ± 0.05 (n = 4000), and the CV of the error equals √(2/n) ≈ 0.022 for a mean
    /// of n squared Gaussians (±40 %).
    /// </summary>
    [Fact]
    public void InputNoise_RaisesTheErrorAsTheoryPredicts()
    {
        var rng = new Rng(1);
        const int n = 4000;
        var x = new Matrix(n, 2);
        for (var i = 0; i < x.Data.Length; i++) x.Data[i] = rng.NextGaussian();
        var y = Enumerable.Range(0, n).Select(r => 2 * x[r, 0]).ToArray();
        var result = MonteCarloPerturbation.PerturbInputs(new LinearModel([2, 0], 0), new Dataset(x, y), Metric.MeanSquaredError,
            new PerturbationOptions { Repeats = 50, NoiseStandardDeviations = [0.5, 3] });
        Assert.Equal(0, result.CleanScore, 12);
        Assert.InRange(result.Mean, 0.95, 1.05);
        Assert.InRange(result.CoefficientOfVariation, 0.6 * Math.Sqrt(2.0 / n), 1.4 * Math.Sqrt(2.0 / n));
    }

    [Fact]
    public void ZeroNoise_LeavesTheErrorUnchanged()
    {
        var data = SplitterTests.Synthetic(100, groups: false);
        var model = new KNearestNeighborsClassifier().Fit(data);
        var result = MonteCarloPerturbation.PerturbInputs(model, data, Metric.Brier, new PerturbationOptions { Repeats = 3, NoiseFraction = 0 });
        Assert.All(result.Scores, s => Assert.Equal(result.CleanScore, s));
        Assert.Equal(0, result.CoefficientOfVariation, 12);
    }

    [Fact]
    public void TrainingNoise_IsReproducibleForASeed()
    {
        var data = SplitterTests.Synthetic(120, groups: false);
        var regression = new Dataset(data.Features, data.Features.Column(0));
        var train = regression.Subset(Enumerable.Range(0, 80).ToArray());
        var test = regression.Subset(Enumerable.Range(80, 40).ToArray());
        var options = new PerturbationOptions { Repeats = 5, NoiseFraction = 0.2, Seed = 3 };
        var a = MonteCarloPerturbation.PerturbTraining(new KNearestNeighborsRegressor(), train, test, Metric.MeanAbsoluteError, options);
        var b = MonteCarloPerturbation.PerturbTraining(new KNearestNeighborsRegressor(), train, test, Metric.MeanAbsoluteError, options);
        Assert.Equal(a.Scores, b.Scores);
        Assert.True(a.StandardDeviation > 0);
    }

    [Fact]
    public void Options_AreValidatedByName()
    {
        var data = SplitterTests.Synthetic(20, groups: false);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            MonteCarloPerturbation.PerturbInputs(new DummyClassifier().Fit(data), data, Metric.Brier, new PerturbationOptions { Repeats = 1 }));
        Assert.Equal("Repeats", error.ParamName);
    }
}
