using System.Text.Json;
using Formcast.Learning.Baselines;
using static Formcast.Learning.Tests.Evaluation.EvaluationFixtures;

namespace Formcast.Learning.Tests.Evaluation;

/// <summary>
/// Baselines against scikit-learn 1.2.1 (bench/parity/evaluation.py): k-NN on breast cancer and diabetes (train rows
/// with index mod 3 ≠ 0, test the rest) and the dummy models. Uniform votes match to 1e-12; distance weights to 1e-9,
/// because scikit-learn computes Euclidean distances as √(‖x‖² − 2x·y + ‖y‖²), which rounds differently.
/// </summary>
public sealed class BaselineParityTests
{
    private static readonly JsonElement Fixture = Load("baselines.json");

    public static TheoryData<int> NeighborCases() => [.. Enumerable.Range(0, Fixture.GetProperty("neighbors").GetArrayLength())];

    public static string Describe(int index)
    {
        var c = Fixture.GetProperty("neighbors")[index];
        return $"{c.String("dataset")}, k = {c.Int("k")}, {c.String("weights")}";
    }

    [Theory]
    [MemberData(nameof(NeighborCases))]
    public void KNearestNeighbors_MatchScikitLearn(int index)
    {
        var c = Fixture.GetProperty("neighbors")[index];
        var options = new KNearestNeighborsOptions
        {
            Neighbors = c.Int("k"),
            Weighting = c.String("weights") == "distance" ? NeighborWeighting.Distance : NeighborWeighting.Uniform,
        };
        var tolerance = options.Weighting == NeighborWeighting.Distance ? 1e-9 : 1e-12;
        var (train, test) = ReferenceSplit(c.String("dataset"));
        if (c.String("task") == "classification")
        {
            var model = new KNearestNeighborsClassifier(options).Fit(train);
            var expected = c.Matrix("probabilities");
            var p = new double[model.Classes.Count];
            var labels = c.Doubles("labels");
            for (var r = 0; r < test.Rows; r++)
            {
                model.PredictProbabilities(test.Features.Row(r), p);
                Close(expected.Row(r), p, tolerance, $"row {r}");
                Assert.Equal(labels[r], model.PredictLabel(test.Features.Row(r)));
            }
        }
        else
        {
            var model = new KNearestNeighborsRegressor(options).Fit(train);
            var predicted = new double[test.Rows];
            model.Predict(test.Features, predicted);
            Close(c.Doubles("predictions"), predicted, tolerance, "predictions");
        }
    }

    [Fact]
    public void DummyModels_MatchScikitLearn()
    {
        var d = Fixture.GetProperty("dummy");
        var y = d.Doubles("y");
        var w = d.Doubles("weights");
        var yr = d.Doubles("y_regression");
        var x = new Matrix(y.Length, 2);
        var unweighted = (DummyClassifierModel)new DummyClassifier().Fit(new Dataset(x, y));
        var weighted = (DummyClassifierModel)new DummyClassifier().Fit(new Dataset(x, y, weights: w));
        Close(d.Doubles("prior_unweighted"), unweighted.Priors.ToArray(), 1e-12, "priors");
        Close(d.Doubles("prior_weighted"), weighted.Priors.ToArray(), 1e-12, "weighted priors");

        var mean = new DummyRegressor().Fit(new Dataset(x, yr, weights: w));
        var median = new DummyRegressor(new DummyRegressorOptions { Strategy = DummyRegressorStrategy.Median });
        Close(d.Double("mean_weighted"), mean.Predict(x.Row(0)), 1e-12, "weighted mean");
        Close(d.Double("median_unweighted"), median.Fit(new Dataset(x, yr)).Predict(x.Row(0)), 1e-12, "median");
        Close(d.Double("median_weighted"), median.Fit(new Dataset(x, yr, weights: w)).Predict(x.Row(0)), 1e-12, "weighted median");
    }
}
