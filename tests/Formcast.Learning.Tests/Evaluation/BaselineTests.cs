using Formcast.Learning.Baselines;

namespace Formcast.Learning.Tests.Evaluation;

public sealed class BaselineTests
{
    [Fact]
    public void Baselines_SurviveSaveAndLoadWithIdenticalPredictions()
    {
        var data = SplitterTests.Synthetic(80, groups: false);
        var regression = new Dataset(data.Features, data.Features.Column(0).Select((v, i) => (3 * v) + data.Target[i]).ToArray());
        IModel[] models =
        [
            new DummyClassifier().Fit(data),
            new DummyRegressor().Fit(regression),
            new KNearestNeighborsClassifier(new KNearestNeighborsOptions { Neighbors = 7, Standardize = true }).Fit(data),
            new KNearestNeighborsRegressor(new KNearestNeighborsOptions { Neighbors = 3, Weighting = NeighborWeighting.Distance }).Fit(regression),
        ];
        foreach (var model in models)
        {
            var loaded = ModelFile.RoundTrip(model);
            Assert.Equal(model.Kind, loaded.Kind);
            for (var r = 0; r < data.Rows; r++)
            {
                var row = data.Features.Row(r);
                if (model is IClassifier c) Assert.Equal(c.PredictPositiveProbability(data.Features)[r], ((IClassifier)loaded).PredictPositiveProbability(data.Features)[r]);
                else Assert.Equal(((IRegressor)model).Predict(row), ((IRegressor)loaded).Predict(row));
            }
        }
    }

    [Fact]
    public void KNearestNeighbors_StandardizingMakesDistancesUnitFree()
    {
        // Feature 1 in metres decides the label; feature 2 is in millimetres. Raw distance to (0, 0) is ≈ 400 and to
        // (1, 1000) ≈ 600, so the raw model follows feature 2; standardised, the query (0.8, −0.2) is nearer (1, 1).
        var data = new Dataset(Matrix.FromRows([[0.0, 0], [1, 1000]]), [0, 1]);
        double[] query = [0.9, 400];
        var scaled = new KNearestNeighborsClassifier(new KNearestNeighborsOptions { Neighbors = 1, Standardize = true }).Fit(data);
        var raw = new KNearestNeighborsClassifier(new KNearestNeighborsOptions { Neighbors = 1 }).Fit(data);
        Assert.Equal(0, raw.PredictLabel(query));
        Assert.Equal(1, scaled.PredictLabel(query));
    }

    [Fact]
    public void KNearestNeighbors_RejectsZeroNeighbours()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new KNearestNeighborsRegressor(new KNearestNeighborsOptions { Neighbors = 0 }).Fit(new Dataset(new Matrix(2, 1), [1, 2])));
        Assert.Equal("Neighbors", error.ParamName);
    }
}
