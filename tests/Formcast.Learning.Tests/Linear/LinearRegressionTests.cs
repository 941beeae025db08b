using Formcast.Learning.Linear;
using Formcast.Learning.Tests.KernelsSupport;

namespace Formcast.Learning.Tests.Linear;

public sealed class LinearRegressionTests
{
    // y = 2x + 1 exactly: least squares recovers slope and intercept.
    [Fact]
    public void LeastSquares_RecoversAnExactLine()
    {
        var data = new Dataset(Matrix.FromRows([[0.0], [1.0], [2.0], [5.0]]), [1, 3, 5, 11]);
        var model = new LinearRegressionLearner().Fit(data);
        Assert.Equal(2, model.Coefficients(0)[0], 1e-13);
        Assert.Equal(1, model.Intercept, 1e-13);
    }

    // x = 1, 2, 3 and y = x: centred x̃ = ỹ = (−1, 0, 1), so w = Σx̃ỹ / (Σx̃² + α) = 2 / (2 + 1) = 2/3 and
    // b = ȳ − w·x̄ = 2 − 4/3 = 2/3.
    [Fact]
    public void Ridge_MatchesTheHandComputedShrinkage()
    {
        var data = new Dataset(Matrix.FromRows([[1.0], [2.0], [3.0]]), [1, 2, 3]);
        var model = new LinearRegressionLearner(new LinearRegressionOptions { Alpha = 1 }).Fit(data);
        Assert.Equal(2.0 / 3, model.Coefficients(0)[0], 1e-14);
        Assert.Equal(2.0 / 3, model.Intercept, 1e-14);
    }

    // Two identical columns: the minimum-norm solution splits the slope equally (w = (1, 1) for y = 2x).
    [Fact]
    public void LeastSquares_WithCollinearColumns_ReturnsTheMinimumNormSolution()
    {
        var data = new Dataset(Matrix.FromRows([[1.0, 1.0], [2.0, 2.0], [4.0, 4.0]]), [2, 4, 8]);
        var model = new LinearRegressionLearner().Fit(data);
        Assert.Equal(1, model.Coefficients(0)[0], 1e-12);
        Assert.Equal(1, model.Coefficients(0)[1], 1e-12);
        Assert.Equal(0, model.Intercept, 1e-12);
    }

    // A row weight of 2 is the same as the row appearing twice.
    [Fact]
    public void RowWeights_EqualRepeatingRows()
    {
        var x = ModelChecks.Gaussian(12, 3, 1);
        var y = Enumerable.Range(0, 12).Select(i => x[i, 0] - (2 * x[i, 2]) + (0.1 * i)).ToArray();
        var weights = Enumerable.Range(0, 12).Select(i => i < 4 ? 2.0 : 1.0).ToArray();
        var weighted = new LinearRegressionLearner(new LinearRegressionOptions { Alpha = 0.5 }).Fit(new Dataset(x, y, weights: weights));
        int[] repeated = [.. Enumerable.Range(0, 12), 0, 1, 2, 3];
        var expanded = new LinearRegressionLearner(new LinearRegressionOptions { Alpha = 0.5 }).Fit(new Dataset(x, y).Subset(repeated));
        for (var j = 0; j < 3; j++) Assert.Equal(expanded.Coefficients(0)[j], weighted.Coefficients(0)[j], 1e-12);
        Assert.Equal(expanded.Intercept, weighted.Intercept, 1e-12);
    }

    [Fact]
    public void NoIntercept_FitsThroughTheOrigin()
    {
        var data = new Dataset(Matrix.FromRows([[1.0], [2.0]]), [3, 5]);
        var model = new LinearRegressionLearner(new LinearRegressionOptions { FitIntercept = false }).Fit(data);
        Assert.Equal(0, model.Intercept);
        Assert.Equal(13.0 / 5, model.Coefficients(0)[0], 1e-14); // Σxy / Σx² = (3 + 10) / 5
    }

    [Fact]
    public void SaveAndLoad_GiveIdenticalPredictions()
    {
        var x = ModelChecks.Gaussian(30, 4, 2);
        var y = Enumerable.Range(0, 30).Select(i => x[i, 1] + x[i, 3]).ToArray();
        var model = new LinearRegressionLearner(new LinearRegressionOptions { Alpha = 0.1 }).Fit(new Dataset(x, y));
        ModelChecks.RoundTrip(model, x, (m, row) => [m.Predict(row)]);
    }

    [Fact]
    public void InvalidOptionsAndInputs_AreRejectedByName()
    {
        ModelChecks.RejectsOption("Alpha", () => new LinearRegressionOptions { Alpha = -1 }.Validate());
        ModelChecks.RejectsOption("MaxDegreeOfParallelism", () => new LinearRegressionOptions { MaxDegreeOfParallelism = -2 }.Validate());
        var bad = new Dataset(Matrix.FromRows([[1.0], [double.NaN]]), [1, 2]);
        var error = Assert.Throws<ArgumentException>(() => new LinearRegressionLearner().Fit(bad));
        Assert.Contains("row 1, column 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DamagedModelFile_IsRejected()
    {
        var model = new LinearRegressionLearner().Fit(new Dataset(Matrix.FromRows([[0.0], [1.0]]), [0, 1]));
        using var buffer = new MemoryStream();
        ModelFile.Save(model, buffer);
        var bytes = buffer.ToArray();
        bytes[^40] ^= 0xFF;
        Assert.Throws<ModelFormatException>(() => ModelFile.Load(new MemoryStream(bytes)));
    }
}
