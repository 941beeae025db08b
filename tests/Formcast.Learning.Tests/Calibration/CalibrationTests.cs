using Formcast.Learning.Baselines;
using Formcast.Learning.Calibration;
using Formcast.Learning.Evaluation;
using Formcast.Learning.Tests.Evaluation;

namespace Formcast.Learning.Tests.Calibration;

public sealed class CalibrationTests
{
    [Fact]
    public void PoolAdjacentViolators_AveragesEachViolatingRun()
    {
        // Hand-computed: 3 > 2 pool to 2.5; 4 > 3.5 > 0.5 pool to 8/3, which is above 2.5, so the pools stand.
        var fitted = IsotonicRegression.Solve([1, 3, 2, 4, 3.5, 0.5, 6]);
        double[] expected = [1, 2.5, 2.5, 8.0 / 3, 8.0 / 3, 8.0 / 3, 6];
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], fitted[i], 14);
    }

    [Fact]
    public void PoolAdjacentViolators_HonoursWeights()
    {
        // Two violators with weights 3 and 1 pool to (3·2 + 1·1)/4 = 1.75.
        Assert.Equal([1.75, 1.75], IsotonicRegression.Solve([2, 1], [3, 1]));
    }

    [Fact]
    public void Isotonic_IsMonotoneAndNeverWorseThanTheDataInSquaredError()
    {
        var rng = new Rng(2);
        var x = Enumerable.Range(0, 200).Select(_ => rng.NextDouble()).ToArray();
        var y = x.Select(v => v + (0.3 * rng.NextGaussian())).ToArray();
        var f = IsotonicRegression.Fit(x, y);
        var order = x.Order().ToArray();
        for (var i = 1; i < order.Length; i++) Assert.True(f.Predict(order[i]) >= f.Predict(order[i - 1]) - 1e-15);
        var mean = y.Average();
        Assert.True(x.Select((v, i) => Math.Pow(f.Predict(v) - y[i], 2)).Sum() <= y.Sum(v => (v - mean) * (v - mean)));
    }

    [Fact]
    public void CalibratedClassifier_ImprovesTheBrierScoreOfAnOverconfidentModel()
    {
        // A 1-NN classifier says 0 or 1 for every row; held-out calibration pulls those to observed frequencies.
        var (train, test) = EvaluationFixtures.ReferenceSplit("breast_cancer");
        var raw = new KNearestNeighborsClassifier(new KNearestNeighborsOptions { Neighbors = 1 });
        var calibrated = new CalibratedClassifier(raw, new CalibratedClassifierOptions { Method = CalibrationMethod.Isotonic });
        var rawBrier = Metric.Brier.Compute(Predictions.Of(raw.Fit(train), test));
        var calibratedBrier = Metric.Brier.Compute(Predictions.Of(calibrated.Fit(train), test));
        Assert.True(calibratedBrier < rawBrier, $"calibrated {calibratedBrier} vs raw {rawBrier}");
    }

    [Fact]
    public void CalibratedClassifier_SurvivesSaveAndLoad()
    {
        var data = SplitterTests.Synthetic(150, groups: true);
        foreach (var method in new[] { CalibrationMethod.Sigmoid, CalibrationMethod.Isotonic })
        {
            var model = new CalibratedClassifier(new KNearestNeighborsClassifier(), new CalibratedClassifierOptions { Method = method }).Fit(data);
            var loaded = (IClassifier)ModelFile.RoundTrip(model);
            Assert.Equal(((IClassifier)model).PredictPositiveProbability(data.Features), loaded.PredictPositiveProbability(data.Features));
        }
    }

    [Fact]
    public void CalibratedClassifier_CalibratesOnHeldOutGroupsWhenTheDataHasGroups()
    {
        var data = SplitterTests.Synthetic(160, groups: true);
        var model = (CalibratedClassifierModel)new CalibratedClassifier(new DummyClassifier()).Fit(data);
        Assert.Equal(5, model.Members);
        var error = Assert.Throws<ArgumentException>(() =>
            new CalibratedClassifier(new DummyClassifier(), new CalibratedClassifierOptions { Splitter = new KFold(4) }).Fit(data));
        Assert.Contains("both sides", error.Message, StringComparison.Ordinal);
    }
}
