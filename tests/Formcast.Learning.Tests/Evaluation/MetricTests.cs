using Formcast.Learning.Evaluation;

namespace Formcast.Learning.Tests.Evaluation;

/// <summary>Metric definitions on hand-computed examples.</summary>
public sealed class MetricTests
{
    [Fact]
    public void RocAuc_CountsATiedPositiveNegativePairAsHalf()
    {
        // Pairs (positive, negative): (0.8, 0.1) 1, (0.8, 0.4) 1, (0.4, 0.1) 1, (0.4, 0.4) ½ → 3.5 / 4 (Mann–Whitney).
        double[] y = [1, 0, 1, 0];
        double[] s = [0.8, 0.4, 0.4, 0.1];
        Assert.Equal(0.875, RankingMetrics.RocAuc(y, s), 15);
    }

    [Fact]
    public void RocAuc_IsUndefinedWithOneClass()
    {
        Assert.True(double.IsNaN(RankingMetrics.RocAuc([1, 1, 1], [0.2, 0.5, 0.9])));
        Assert.True(double.IsNaN(RankingMetrics.AveragePrecision([0, 0], [0.2, 0.5])));
    }

    [Fact]
    public void AveragePrecision_IsTheStepAreaOverDistinctThresholds()
    {
        // Scores 0.9(+), 0.8(−), 0.7(+), 0.6(−): thresholds give (R, P) = (½, 1), (½, ½), (1, ⅔), (1, ½);
        // AP = ½·1 + 0·½ + ½·⅔ + 0 = 5/6.
        Assert.Equal(5.0 / 6.0, RankingMetrics.AveragePrecision([1, 0, 1, 0], [0.9, 0.8, 0.7, 0.6]), 15);
    }

    [Fact]
    public void PrecisionRecallF1_FollowTheirCountDefinitions()
    {
        // tp = 2, fp = 1, fn = 2 → P = 2/3, R = 1/2, F1 = 2PR/(P+R) = 4/7.
        double[] y = [1, 1, 1, 1, 0, 0];
        double[] p = [1, 1, 0, 0, 1, 0];
        var (precision, recall, f1) = ClassificationMetrics.PrecisionRecallF1(y, p);
        Assert.Equal(2.0 / 3.0, precision, 15);
        Assert.Equal(0.5, recall, 15);
        Assert.Equal(4.0 / 7.0, f1, 14);
    }

    [Fact]
    public void BrierAndLogLoss_ReproduceHandComputedValues()
    {
        // Brier: ((1−0.9)² + (0−0.2)²)/2 = 0.025; log loss: −(ln 0.9 + ln 0.8)/2.
        Assert.Equal(0.025, ClassificationMetrics.BrierScore([1, 0], [0.9, 0.2]), 15);
        Assert.Equal(-(Math.Log(0.9) + Math.Log(0.8)) / 2, ClassificationMetrics.LogLoss([1, 0], [0.9, 0.2]), 15);
    }

    [Fact]
    public void R2_OfTheMeanIsZeroAndOfATruthIsOne()
    {
        double[] y = [1, 2, 3, 4];
        Assert.Equal(0, RegressionMetrics.R2(y, [2.5, 2.5, 2.5, 2.5]), 15);
        Assert.Equal(1, RegressionMetrics.R2(y, y), 15);
        Assert.Equal(1 - (0.5 / 5.0), RegressionMetrics.R2(y, [1.5, 2, 3, 3.5]), 15);
    }

    [Fact]
    public void BinaryAveraging_RejectsSeveralClasses()
    {
        Assert.Throws<ArgumentException>(() => ClassificationMetrics.F1([0, 1, 2], [0, 1, 2]));
    }

    [Fact]
    public void Metric_RefusesPredictionsOfTheWrongKind()
    {
        var regression = Predictions.ForRegression([1, 2], [1, 2]);
        Assert.Throws<ArgumentException>(() => Metric.RocAuc.Compute(regression));
        var classification = Predictions.ForClassification([0, 1], [0, 1], Matrix.FromRows([[0.7, 0.3], [0.2, 0.8]]));
        Assert.Throws<ArgumentException>(() => Metric.R2.Compute(classification));
        Assert.Equal(1, Metric.Accuracy.Compute(classification));
    }
}
