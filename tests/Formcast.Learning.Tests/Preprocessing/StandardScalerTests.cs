using Formcast.Learning.Svm;

namespace Formcast.Learning.Tests.Preprocessing;

public sealed class StandardScalerTests
{
    [Fact]
    public void Fit_UsesThePopulationStandardDeviation_AndLeavesConstantsAtScaleOne()
    {
        // Column 0: mean 2, population SD sqrt(2/3) (scikit-learn's StandardScaler divides by n); column 1 is constant.
        var x = Matrix.FromRows([[1.0, 5], [2, 5], [3, 5]]);
        var scaler = StandardScaler.Fit(x);
        Assert.Equal([2.0, 5.0], scaler.Means);
        Assert.Equal(Math.Sqrt(2.0 / 3.0), scaler.Scales[0], 15);
        Assert.Equal(1.0, scaler.Scales[1]);
        var z = scaler.Transform(x);
        Assert.Equal(-1.224744871391589, z[0, 0], 12);
        Assert.Equal(0.0, z[2, 1]);
    }

    [Fact]
    public void StandardizedSvr_IsInvariantToFeatureScale_AndSurvivesSaveLoad()
    {
        var random = new Random(4);
        var rows = Enumerable.Range(0, 80).Select(_ => new[] { random.NextDouble(), random.NextDouble() }).ToList();
        var y = rows.Select(r => Math.Sin(3 * r[0]) + r[1]).ToArray();
        var stretched = rows.Select(r => new[] { r[0] * 1000, r[1] * 0.001 }).ToList();
        var learner = StandardizedLearner.Regressor(new SvrLearner());

        var a = learner.Fit(new Dataset(Matrix.FromRows(rows), y));
        var b = learner.Fit(new Dataset(Matrix.FromRows(stretched), y));
        for (var i = 0; i < 10; i++) Assert.Equal(a.Predict(rows[i]), b.Predict(stretched[i]), 9);

        var loaded = (IRegressor)ModelFile.RoundTrip(b);
        for (var i = 0; i < 10; i++) Assert.Equal(b.Predict(stretched[i]), loaded.Predict(stretched[i]));
    }
}
