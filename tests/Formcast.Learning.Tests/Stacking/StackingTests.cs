using System.Text.Json;
using Formcast.Learning.Baselines;
using Formcast.Learning.Ensembles;
using Formcast.Learning.Evaluation;
using Formcast.Learning.Tests.Evaluation;
using static Formcast.Learning.Tests.Evaluation.EvaluationFixtures;

namespace Formcast.Learning.Tests.Stacking;

public sealed class StackingTests
{
    private static readonly JsonElement Fixture = Load("stacking.json");

    /// <summary>
    /// StackingRegressor(k-NN 5, k-NN 20, mean; LinearRegression(positive=True); cv = KFold(5)) on diabetes, with and
    /// without passthrough, against scikit-learn 1.2.1: predictions and blend weights to 1e-9 (NNLS solved by
    /// different routines — SciPy's Fortran Lawson–Hanson and Formcast's QR-based one — agree to rounding).
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void StackingRegressor_MatchesScikitLearn(bool passthrough)
    {
        var expected = Fixture.Items("regressors").Single(r => r.GetProperty("passthrough").GetBoolean() == passthrough);
        var (train, test) = ReferenceSplit("diabetes");
        var model = (StackingRegressorModel)new StackingRegressor(
            [Knn(5), Knn(20), new DummyRegressor()],
            new StackingLinearBlender(),
            new StackingOptions { Splitter = new KFold(5), Passthrough = passthrough }).Fit(train);
        var blender = (StackingLinearBlenderModel)model.Meta;
        Close(expected.Doubles("coefficients"), blender.Weights.ToArray(), 1e-9, "weights");
        Close(expected.Double("intercept"), blender.Intercept, 1e-9, "intercept");
        var predicted = new double[test.Rows];
        ((IRegressor)model).Predict(test.Features, predicted);
        Close(expected.Doubles("predictions"), predicted, 1e-9, "predictions");
    }

    /// <summary>
    /// StackingClassifier(k-NN 5, k-NN 25; LogisticRegression(C = 1); cv = StratifiedKFold(5)) on breast cancer, its
    /// meta-model polished to the exact optimum by the fixture script: probabilities to 1e-9 with the test project's
    /// Newton logistic regression as meta-model (same penalty ½‖w‖², unpenalised intercept).
    /// </summary>
    [Fact]
    public void StackingClassifier_MatchesScikitLearn()
    {
        var expected = Fixture.GetProperty("classifier");
        var (train, test) = ReferenceSplit("breast_cancer");
        var model = new StackingClassifier(
            [new KNearestNeighborsClassifier(new KNearestNeighborsOptions { Neighbors = 5 }), new KNearestNeighborsClassifier(new KNearestNeighborsOptions { Neighbors = 25 })],
            new LogisticLearner(lambda: 1.0),
            new StackingOptions { Splitter = new StratifiedKFold(5) }).Fit(train);
        var probabilities = expected.Matrix("probabilities");
        var p = new double[2];
        for (var r = 0; r < test.Rows; r++)
        {
            model.PredictProbabilities(test.Features.Row(r), p);
            Close(probabilities.Row(r), p, 1e-9, $"row {r}");
        }
    }

    /// <summary>
    /// The documented fallback: when one base cannot predict a row (NaN, here because its only input is missing), the
    /// stack answers with its meta-model fitted without that base — exactly what a stack built without that base
    /// predicts; with two bases missing, their columns take their training means.
    /// </summary>
    [Fact]
    public void MissingBaseInput_FallsBackToTheMetaModelWithoutThatBase()
    {
        var data = RegressionData(240);
        var splitter = new KFold(4);
        ILearner<IRegressor> hrvOnly = new ColumnLearner(new DummyOnColumn(), [0]);
        ILearner<IRegressor> load = new ColumnLearner(Knn(7), [1, 2]);
        ILearner<IRegressor> sleep = new ColumnLearner(Knn(15), [3]);
        var full = new StackingRegressor([hrvOnly, load, sleep], options: new StackingOptions { Splitter = splitter }).Fit(data);
        var withoutHrv = new StackingRegressor([load, sleep], options: new StackingOptions { Splitter = splitter }).Fit(data);

        double[] complete = [0.4, 1.2, -0.3, 0.8];
        double[] noHrv = [double.NaN, 1.2, -0.3, 0.8];
        Assert.Equal(withoutHrv.Predict(noHrv), full.Predict(noHrv));
        Assert.NotEqual(full.Predict(complete), full.Predict(noHrv));
        Assert.False(double.IsNaN(full.Predict(noHrv)));

        // Two bases missing: mean imputation of their columns in the full meta-model.
        double[] twoMissing = [double.NaN, 1.2, -0.3, double.NaN];
        var model = (StackingRegressorModel)full;
        var blender = (StackingLinearBlenderModel)model.Meta;
        var sleepPrediction = ((IRegressor)model.Bases[2]).Predict(twoMissing);
        Assert.True(double.IsNaN(sleepPrediction));
        var loadPrediction = ((IRegressor)model.Bases[1]).Predict(twoMissing);
        var ct = TestContext.Current.CancellationToken;
        var hrvMean = CrossValidation.Run(hrvOnly, data, splitter, ct).Pooled.Values!.Average();
        var sleepMean = CrossValidation.Run(sleep, data, splitter, ct).Pooled.Values!.Average();
        var expected = blender.Intercept + (blender.Weights[0] * hrvMean) + (blender.Weights[1] * loadPrediction) + (blender.Weights[2] * sleepMean);
        Assert.Equal(expected, full.Predict(twoMissing), 12);
    }

    [Fact]
    public void MissingBaseInput_AlsoFallsBackForClassifiers()
    {
        var data = SplitterTests.Synthetic(200, groups: false);
        var splitter = new StratifiedKFold(4);
        ILearner<IClassifier> first = new ColumnClassifierLearner(new KNearestNeighborsClassifier(), [0]);
        ILearner<IClassifier> second = new ColumnClassifierLearner(new KNearestNeighborsClassifier(), [1]);
        var full = new StackingClassifier([first, second], new LogisticLearner(), new StackingOptions { Splitter = splitter }).Fit(data);
        var reduced = new StackingClassifier([second], new LogisticLearner(), new StackingOptions { Splitter = splitter }).Fit(data);
        double[] row = [double.NaN, 0.7];
        Assert.Equal(reduced.PredictPositiveProbability(Matrix.FromRows([row]))[0], full.PredictPositiveProbability(Matrix.FromRows([row]))[0]);
    }

    [Fact]
    public void Stacks_SurviveSaveAndLoad()
    {
        var data = RegressionData(150);
        var regressor = new StackingRegressor([Knn(3), Knn(12), new DummyRegressor()], options: new StackingOptions { Passthrough = true }).Fit(data);
        var loaded = (IRegressor)ModelFile.RoundTrip(regressor);
        for (var r = 0; r < data.Rows; r++) Assert.Equal(regressor.Predict(data.Features.Row(r)), loaded.Predict(data.Features.Row(r)));

        var labels = SplitterTests.Synthetic(150, groups: false);
        var classifier = new StackingClassifier(
            [new KNearestNeighborsClassifier(), new DummyClassifier()],
            new KNearestNeighborsClassifier(new KNearestNeighborsOptions { Neighbors = 9 })).Fit(labels);
        var loadedClassifier = (IClassifier)ModelFile.RoundTrip(classifier);
        Assert.Equal(classifier.PredictPositiveProbability(labels.Features), loadedClassifier.PredictPositiveProbability(labels.Features));
    }

    [Fact]
    public void Stacking_RefusesASplitterThatDoesNotTestEveryRowOnce()
    {
        var data = RegressionData(100);
        var withTime = new Dataset(data.Features, data.Target, time: Enumerable.Range(0, 100).Select(i => (double)i).ToArray());
        var error = Assert.Throws<ArgumentException>(() =>
            new StackingRegressor([Knn(3)], options: new StackingOptions { Splitter = new TimeForwardSplit(3) }).Fit(withTime));
        Assert.Contains("exactly once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blender_KeepsWeightsNonNegativeWhenABaseIsAnticorrelated()
    {
        // y = 2a; inputs a and −a: least squares would use −a too, NNLS must put weight 0 on it.
        var rng = new Rng(4);
        var rows = Enumerable.Range(0, 50).Select(_ => rng.NextGaussian()).Select(a => new[] { a + (0.01 * rng.NextGaussian()), -a }).ToArray();
        var y = rows.Select(r => -2 * r[1]).ToArray();
        var model = (StackingLinearBlenderModel)new StackingLinearBlender().Fit(new Dataset(Matrix.FromRows(rows), y));
        Assert.All(model.Weights, w => Assert.True(w >= 0));
        Assert.Equal(0, model.Weights[1]);
        Assert.InRange(model.Weights[0], 1.9, 2.1);
    }

    private static KNearestNeighborsRegressor Knn(int k) => new(new KNearestNeighborsOptions { Neighbors = k });

    /// <summary>Four features; the target depends on all of them.</summary>
    private static Dataset RegressionData(int rows)
    {
        var rng = new Rng(8);
        var x = new Matrix(rows, 4);
        var y = new double[rows];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < 4; c++) x[r, c] = rng.NextGaussian();
            y[r] = x[r, 0] + (2 * x[r, 1]) - x[r, 2] + (0.5 * x[r, 3]) + (0.1 * rng.NextGaussian());
        }

        return new Dataset(x, y);
    }

    /// <summary>Fits the inner learner on some columns; predicts NaN when any of them is missing.</summary>
    private sealed class ColumnLearner(ILearner<IRegressor> inner, int[] columns) : ILearner<IRegressor>
    {
        public IRegressor Fit(Dataset data) => new ColumnModel(inner.Fit(data.WithColumns(columns)), columns, data.Columns);
    }

    private sealed class ColumnModel(IRegressor inner, int[] columns, int featureCount) : IRegressor
    {
        public string Kind => "test-columns";

        public int FeatureCount => featureCount;

        public double Predict(ReadOnlySpan<double> features)
        {
            var selected = new double[columns.Length];
            for (var i = 0; i < columns.Length; i++) selected[i] = features[columns[i]];
            return selected.Any(double.IsNaN) ? double.NaN : inner.Predict(selected);
        }

        public void WritePayload(ModelWriter writer) => throw new NotSupportedException("test model");
    }

    /// <summary>Fits the inner classifier on some columns; predicts NaN probabilities when any of them is missing.</summary>
    private sealed class ColumnClassifierLearner(ILearner<IClassifier> inner, int[] columns) : ILearner<IClassifier>
    {
        public IClassifier Fit(Dataset data) => new ColumnClassifierModel(inner.Fit(data.WithColumns(columns)), columns, data.Columns);
    }

    private sealed class ColumnClassifierModel(IClassifier inner, int[] columns, int featureCount) : IClassifier
    {
        public string Kind => "test-column-classifier";

        public int FeatureCount => featureCount;

        public IReadOnlyList<double> Classes => inner.Classes;

        public void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities)
        {
            var selected = new double[columns.Length];
            for (var i = 0; i < columns.Length; i++) selected[i] = features[columns[i]];
            if (selected.Any(double.IsNaN)) probabilities[..Classes.Count].Fill(double.NaN);
            else inner.PredictProbabilities(selected, probabilities);
        }

        public void WritePayload(ModelWriter writer) => throw new NotSupportedException("test model");
    }

    /// <summary>y ≈ slope·x on a single column, by least squares.</summary>
    private sealed class DummyOnColumn : ILearner<IRegressor>
    {
        public IRegressor Fit(Dataset data) => new LeastSquaresLearner().Fit(data);
    }
}
