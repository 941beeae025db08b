using System.Text.Json;
using Formcast.Learning.Evaluation;
using static Formcast.Learning.Tests.Evaluation.EvaluationFixtures;

namespace Formcast.Learning.Tests.Evaluation;

/// <summary>Metric values against scikit-learn 1.2.1 (fixtures from bench/parity/evaluation.py), tolerance 1e-12.</summary>
public sealed class MetricParityTests
{
    private const double Tolerance = 1e-12;
    private static readonly JsonElement Fixture = Load("metrics.json");

    public static TheoryData<string> BinaryCases() => [.. Fixture.Items("binary").Select(c => c.String("name"))];

    public static TheoryData<string> MulticlassCases() => [.. Fixture.Items("multiclass").Select(c => c.String("name"))];

    public static TheoryData<string> ProbabilityCases() => [.. Fixture.Items("probabilities").Select(c => c.String("name"))];

    public static TheoryData<string> RegressionCases() => [.. Fixture.Items("regression").Select(c => c.String("name"))];

    public static TheoryData<string> CurveCases() => [.. Fixture.Items("calibration_curves").Select(c => c.String("name"))];

    [Theory]
    [MemberData(nameof(BinaryCases))]
    public void BinaryMetrics_MatchScikitLearn(string name)
    {
        var c = Case("binary", name);
        var y = c.Doubles("y");
        var s = c.Doubles("score");
        var w = c.DoublesOrNull("weights");
        var labels = s.Select(v => v >= 0.5 ? 1.0 : 0.0).ToArray();
        Close(c.Double("roc_auc"), RankingMetrics.RocAuc(y, s, 1, w), Tolerance, "roc_auc");
        Close(c.Double("average_precision"), RankingMetrics.AveragePrecision(y, s, 1, w), Tolerance, "average_precision");
        Close(c.Double("brier"), ClassificationMetrics.BrierScore(y, s, 1, w), Tolerance, "brier");
        Close(c.Double("log_loss"), ClassificationMetrics.LogLoss(y, s, 1, w), Tolerance, "log_loss");
        Close(c.Double("accuracy"), ClassificationMetrics.Accuracy(y, labels, w), Tolerance, "accuracy");
        Close(c.Double("precision"), ClassificationMetrics.Precision(y, labels, Averaging.Binary, 1, w), Tolerance, "precision");
        Close(c.Double("recall"), ClassificationMetrics.Recall(y, labels, Averaging.Binary, 1, w), Tolerance, "recall");
        Close(c.Double("f1"), ClassificationMetrics.F1(y, labels, Averaging.Binary, 1, w), Tolerance, "f1");

        var curve = RankingMetrics.RocCurve(y, s, 1, w);
        var expected = c.GetProperty("roc_curve");
        Close(expected.Doubles("fpr"), curve.FalsePositiveRate, Tolerance, "fpr");
        Close(expected.Doubles("tpr"), curve.TruePositiveRate, Tolerance, "tpr");
        Close(expected.Doubles("thresholds"), curve.Thresholds, Tolerance, "thresholds");
    }

    [Theory]
    [MemberData(nameof(MulticlassCases))]
    public void LabelMetricsOverSeveralClasses_MatchScikitLearn(string name)
    {
        var c = Case("multiclass", name);
        var y = c.Doubles("y");
        var p = c.Doubles("predicted");
        var w = c.DoublesOrNull("weights");
        Close(c.Double("accuracy"), ClassificationMetrics.Accuracy(y, p, w), Tolerance, "accuracy");
        foreach (var (key, averaging) in new[] { ("micro", Averaging.Micro), ("macro", Averaging.Macro), ("weighted", Averaging.Weighted) })
        {
            var expected = c.GetProperty(key);
            var (precision, recall, f1) = ClassificationMetrics.PrecisionRecallF1(y, p, averaging, 1, w);
            Close(expected.Double("precision"), precision, Tolerance, key + " precision");
            Close(expected.Double("recall"), recall, Tolerance, key + " recall");
            Close(expected.Double("f1"), f1, Tolerance, key + " f1");
        }

        var confusion = ClassificationMetrics.ConfusionMatrix(y, p, weights: w);
        var expectedRows = c.GetProperty("confusion").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();
        for (var i = 0; i < expectedRows.Length; i++)
        {
            for (var j = 0; j < expectedRows[i].Length; j++) Close(expectedRows[i][j], confusion[i, j], Tolerance, $"confusion[{i},{j}]");
        }
    }

    [Theory]
    [MemberData(nameof(ProbabilityCases))]
    public void ProbabilityMetricsOverSeveralClasses_MatchScikitLearn(string name)
    {
        var c = Case("probabilities", name);
        var y = c.Doubles("y");
        var classes = c.Doubles("classes");
        var w = c.DoublesOrNull("weights");
        Close(c.Double("log_loss"), ClassificationMetrics.LogLoss(y, c.Matrix("probabilities"), classes, w), Tolerance, "log_loss");
        var normalized = c.Matrix("normalized_probabilities");
        Close(c.Double("roc_auc_ovr_macro"), RankingMetrics.RocAucOneVsRest(y, normalized, classes, Averaging.Macro, w), Tolerance, "ovr macro");
        Close(c.Double("roc_auc_ovr_weighted"), RankingMetrics.RocAucOneVsRest(y, normalized, classes, Averaging.Weighted, w), Tolerance, "ovr weighted");
    }

    [Theory]
    [MemberData(nameof(RegressionCases))]
    public void RegressionMetrics_MatchScikitLearn(string name)
    {
        var c = Case("regression", name);
        var y = c.Doubles("y");
        var p = c.Doubles("predicted");
        var w = c.DoublesOrNull("weights");
        Close(c.Double("mse"), RegressionMetrics.MeanSquaredError(y, p, w), Tolerance, "mse");
        Close(c.Double("mae"), RegressionMetrics.MeanAbsoluteError(y, p, w), Tolerance, "mae");
        Close(c.Double("r2"), RegressionMetrics.R2(y, p, w), Tolerance, "r2");
    }

    [Theory]
    [MemberData(nameof(CurveCases))]
    public void CalibrationCurve_MatchesScikitLearn(string name)
    {
        var c = Case("calibration_curves", name);
        var binning = c.String("strategy") == "quantile" ? CalibrationBinning.Quantile : CalibrationBinning.Uniform;
        var curve = CalibrationCurve.Compute(c.Doubles("y"), c.Doubles("probability"), c.Int("bins"), binning);
        Close(c.Doubles("observed"), curve.ObservedFrequency, Tolerance, "observed");
        Close(c.Doubles("mean_predicted"), curve.MeanPredicted, Tolerance, "mean predicted");
        Assert.Equal(c.Doubles("y").Length, curve.Counts.Sum());
    }

    private static JsonElement Case(string section, string name) => Fixture.Items(section).Single(c => c.String("name") == name);
}
