using Formcast.Learning;
using Formcast.Learning.Evaluation;
using Formcast.Workflows.Predictions.Performance;
using Formcast.Workflows.Predictions.Profiles;
using Formcast.Workflows.Predictions.Protocols;

namespace Formcast.Workflows.Tests.Predictions;

/// <summary>The evaluation building blocks against hand-computed values and published reference values.</summary>
public sealed class ProtocolTests
{
    [Fact]
    public void AlertBudget_FlagsTheTopScoresOfEachWeek()
    {
        // Week 1: rows 0–3, injured rows 1 and 3; week 2: rows 4–6, injured row 6.
        double[] label = [0, 1, 0, 1, 0, 0, 1];
        double[] score = [0.9, 0.8, 0.1, 0.2, 0.5, 0.4, 0.3];
        int[] week = [1, 1, 1, 1, 2, 2, 2];
        int[] rows = [0, 1, 2, 3, 4, 5, 6];

        // One flag a week: rows 0 and 4, neither injured.
        var one = AlertBudget.Evaluate(rows, label, score, week, 1);
        Assert.Equal((0.0, 0.0, 2, 0), one);

        // Two a week: rows 0, 1 (injured) and 4, 5: precision 1/4, recall 1/3.
        var two = AlertBudget.Evaluate(rows, label, score, week, 2);
        Assert.Equal(0.25, two.Precision, 12);
        Assert.Equal(1.0 / 3, two.Recall, 12);

        // Five a week: every row is flagged (week 2 has only three).
        var five = AlertBudget.Evaluate(rows, label, score, week, 5);
        Assert.Equal((3.0 / 7, 1.0, 7, 3), five);
    }

    [Fact]
    public void AlertBudget_BreaksTiesByRowOrderAndCountsRepeats()
    {
        double[] label = [1, 0];
        double[] score = [0.5, 0.5];
        int[] week = [1, 1];
        Assert.Equal(1.0, AlertBudget.Evaluate([0, 1], label, score, week, 1).Precision);
        Assert.Equal(0.0, AlertBudget.Evaluate([1, 0], label, score, week, 1).Precision);

        // A bootstrap resample drawing row 0 twice has two injured squad members.
        var repeated = AlertBudget.Evaluate([0, 0, 1], label, score, week, 1);
        Assert.Equal(0.5, repeated.Recall, 12);
    }

    /// <summary>Reference values from scikit-learn 1.2's <c>adjusted_rand_score</c> docstring.</summary>
    [Theory]
    [InlineData(new[] { 0, 0, 1, 1 }, new[] { 0, 0, 1, 1 }, 1.0)]
    [InlineData(new[] { 0, 0, 1, 1 }, new[] { 1, 1, 0, 0 }, 1.0)]
    [InlineData(new[] { 0, 0, 1, 2 }, new[] { 0, 0, 1, 1 }, 0.5714285714285715)]
    [InlineData(new[] { 0, 0, 1, 1 }, new[] { 0, 0, 1, 2 }, 0.5714285714285715)]
    [InlineData(new[] { 0, 0, 0, 0 }, new[] { 0, 1, 2, 3 }, 0.0)]
    [InlineData(new[] { 0, 0, 1, 1 }, new[] { 0, 1, 0, 1 }, -0.5)]
    public void AdjustedRandIndex_MatchesScikitLearn(int[] a, int[] b, double expected) =>
        Assert.Equal(expected, AdjustedRandIndex.Compute(a, b), 12);

    [Fact]
    public void WithinFoldAuc_IgnoresShiftsBetweenFoldsThatPoolingPunishes()
    {
        // Fold 0 predicts a constant 0.2 and holds the two injuries; fold 1 predicts a constant 0.3 and none: pooled, the
        // healthy rows of fold 1 outrank every injury (AUC 0.25); within folds a constant ranks nothing (0.5).
        double[] label = [1, 1, 0, 0, 0, 0];
        double[] score = [0.2, 0.2, 0.2, 0.2, 0.3, 0.3];
        int[] fold = [0, 0, 0, 0, 1, 1];
        int[] rows = [0, 1, 2, 3, 4, 5];
        Assert.Equal(0.5, RiskComparison.WithinFoldAuc(rows, label, score, fold), 12);
        Assert.Equal(0.25, RankingMetrics.RocAuc(label, score), 12);

        // Two folds with both classes: fold AUCs 1 (1×2 pairs) and 0 (1×1 pair) weigh 2:1.
        double[] label2 = [1, 0, 0, 1, 0];
        double[] score2 = [0.9, 0.1, 0.2, 0.1, 0.5];
        int[] fold2 = [0, 0, 0, 1, 1];
        Assert.Equal(2.0 / 3, RiskComparison.WithinFoldAuc([0, 1, 2, 3, 4], label2, score2, fold2), 12);
    }

    [Fact]
    public void Preprocessor_FillsScalesAndClipsWithTrainingStatisticsOnly()
    {
        var train = Matrix.FromRows([[1, 5, double.NaN], [3, 5, 2], [double.NaN, 5, 4]]);
        var p = Preprocessor.Fit(train, scale: true);
        Assert.Equal([2, 5, 3], p.Medians);
        Assert.Equal([2, 5, 3], p.Means);
        Assert.Equal(Math.Sqrt(2.0 / 3), p.Scales[0], 12);
        Assert.Equal(1, p.Scales[1]);

        var row = new double[3];
        p.Transform([double.NaN, 6, 1000], row);
        Assert.Equal(0, row[0], 12);
        Assert.Equal(1, row[1], 12);
        Assert.Equal(Preprocessor.ClipSd, row[2]);
    }

    [Fact]
    public void CrossConformalQuantile_TakesTheCeilingOfNPlusOneTimesCoverage()
    {
        // n = 9, coverage 0.8: ⌈10 × 0.8⌉ = 8th smallest.
        double[] residuals = [9, 1, 8, 2, 7, 3, 6, 4, 5];
        Assert.Equal(8, CrossConformal.Quantile(residuals, 0.8));

        // n = 4, coverage 0.9: ⌈5 × 0.9⌉ = 5 > n, the largest.
        Assert.Equal(4, CrossConformal.Quantile([1, 2, 3, 4], 0.9));
    }

    [Fact]
    public void ConformalisedQuantileCorrection_IsTheQuantileOfTheLargerMiss()
    {
        // Romano et al. (2019) score max(lo − y, y − hi) by hand: y inside [0, 10] at 4 → max(−4, −6) = −4; at 9 → −1;
        // y = 12 above → 2; y = −3 below → 3; y = 5 → −5. Sorted −5, −4, −1, 2, 3; n = 5, coverage 0.5: ⌈6 × 0.5⌉ = 3rd → −1.
        double[] lower = [0, 0, 0, 0, 0];
        double[] upper = [10, 10, 10, 10, 10];
        double[] actual = [4, 9, 12, -3, 5];
        Assert.Equal(-1, CrossConformal.QuantileCorrection(lower, upper, actual, 0.5));

        // Coverage 0.8: ⌈6 × 0.8⌉ = 5th → 3, widening each bound by 3 so that the interval [−3, 13] holds every outcome.
        Assert.Equal(3, CrossConformal.QuantileCorrection(lower, upper, actual, 0.8));
    }

    [Fact]
    public void IndividualLayer_UsesOnlyEarlierDaysOfTheSameAthlete()
    {
        // Athlete 0: residuals 2, 2, 2 on days 1, 2, 3; athlete 1: one row on day 2 with residual −4.
        int[] athlete = [0, 0, 0, 1];
        double[] time = [1, 2, 3, 2];
        double[] actual = [12, 12, 12, 6];
        double[] population = [10, 10, 10, 10];
        var individual = IndividualLayer.Apply([0, 1, 2, 3], athlete, time, actual, population, kappa: 1);
        Assert.Equal(10, individual[0], 12);
        Assert.Equal(10 + (2.0 / 2), individual[1], 12);
        Assert.Equal(10 + (4.0 / 3), individual[2], 12);
        Assert.Equal(10, individual[3], 12);
    }

    [Fact]
    public void IndividualLayerShrinkage_IsWithinOverBetweenVariance()
    {
        // Athlete means 1 and −1 with within-athlete residuals ±1: σ²within = 4·1/(6 − 2) = 1 (two athletes, 3 rows each:
        // deviations 0, 1, −1), σ²between = var(1, −1) − 1/3 = 2 − 1/3.
        (int, double)[] residuals = [(0, 1), (0, 2), (0, 0), (1, -1), (1, 0), (1, -2)];
        Assert.Equal(1 / (2 - (1.0 / 3)), IndividualLayer.Shrinkage(residuals), 12);

        // Identical athletes: no between-athlete variance, offsets stay near zero.
        Assert.Equal(IndividualLayer.NoBetweenAthleteVariance, IndividualLayer.Shrinkage([(0, 1), (0, -1), (1, 1), (1, -1)]));
        Assert.Equal("1-4", IndividualLayer.Band(4));
        Assert.Equal("5-12", IndividualLayer.Band(5));
        Assert.Equal("13+", IndividualLayer.Band(13));
    }

    [Fact]
    public void BalancedGroupKFold_SpreadsInjuredAthletesAndNeverSplitsOne()
    {
        // Six athletes of 10 rows; athletes 0, 1 and 2 have two injured rows each.
        var groups = Enumerable.Range(0, 60).Select(r => r / 10).ToArray();
        var target = Enumerable.Range(0, 60).Select(r => r / 10 < 3 && r % 10 < 2 ? 1.0 : 0.0).ToArray();
        var data = new Dataset(new Matrix(60, 1), target, groups: groups);
        var folds = new BalancedGroupKFold(3).Split(data);
        Assert.All(folds, f => Assert.Equal(2, f.Test.Count(r => target[r] == 1)));
        Assert.All(folds, f => Assert.Empty(f.Test.Select(r => groups[r]).Intersect(f.Train.Select(r => groups[r]))));
        Assert.Equal(60, folds.Sum(f => f.Test.Length));
    }

    [Fact]
    public void SubgroupAudit_FlagsSmallGroupsAndBalancesWeights()
    {
        // 10 athletes of 2 rows: athletes 0–7 "a", 8–9 "b"; the metric is the mean label.
        var cluster = Enumerable.Range(0, 20).Select(r => r / 2).ToArray();
        var label = Enumerable.Range(0, 20).Select(r => r % 4 == 0 ? 1.0 : 0.0).ToArray();
        string GroupOf(int r) => cluster[r] < 8 ? "a" : "b";
        var audit = SubgroupAudit.Run([("x", GroupOf)], [.. Enumerable.Range(0, 20)], cluster, label,
            rows => [rows.Average(r => label[r])], 1, countPositives: true, new BootstrapOptions { Resamples = 50 });
        var a = audit.Single(g => g.Group == "a");
        var b = audit.Single(g => g.Group == "b");
        Assert.Equal((16, 8, 4), (a.Rows, a.Athletes, a.Positives));
        Assert.Contains("4 positive rows", a.Flag, StringComparison.Ordinal);
        Assert.Contains("2 athletes", b.Flag, StringComparison.Ordinal);
        Assert.Equal(0.25, a.Metrics[0].Estimate, 12);

        // n ÷ (G·n_g): 20 / (2·16) for "a", 20 / (2·4) for "b"; both groups then weigh 10.
        var weights = SubgroupAudit.BalancingWeights(20, GroupOf);
        Assert.Equal(20.0 / 32, weights[0], 12);
        Assert.Equal(20.0 / 8, weights[19], 12);
        Assert.Equal(10, Enumerable.Range(0, 20).Where(r => GroupOf(r) == "b").Sum(r => weights[r]), 12);
    }
}
