using System.Text.Json;
using Formcast.Learning.Tests.Trees;

namespace Formcast.Learning.Tests.Boosting;

/// <summary>
/// Quantile boosting against scikit-learn 1.2.1's HistGradientBoostingRegressor(loss="quantile") (fixture
/// quantile.json; XGBoost 1.7 has no quantile objective). Same growth (31 leaves, leaf-wise, ≥ 20 rows per leaf,
/// no L2, 100 rounds at 0.1) and the same leaf re-fit; the binning differs (scikit-learn cuts at midpoints), so the
/// test pinball loss must agree within 5 % and the share of outcomes at or below the predicted quantile within 0.05.
/// </summary>
public sealed class QuantileParityTests
{
    internal static readonly Lazy<JsonElement[]> Cases = new(() => ParityTables.Cases("quantile.json"));

    public static TheoryData<int> CaseIndices() => ParityTables.Indices(Cases.Value.Length);

    [Theory]
    [MemberData(nameof(CaseIndices))]
    public void PinballLossAndCoverage_MatchScikitLearn(int index)
    {
        var c = Cases.Value[index];
        var table = ParityTables.Load(c.GetProperty("table").GetString()!);
        var (pinball, coverage) = Run(table, c.GetProperty("alpha").GetDouble());
        var expectedPinball = c.GetProperty("test_pinball").GetDouble();
        var expectedCoverage = c.GetProperty("test_coverage").GetDouble();
        Assert.InRange(pinball, expectedPinball * 0.95, expectedPinball * 1.05);
        Assert.InRange(coverage, expectedCoverage - 0.05, expectedCoverage + 0.05);
    }

    /// <summary>Test mean pinball loss and share of outcomes at or below the predicted quantile.</summary>
    internal static (double Pinball, double Coverage) Run(ParityTable table, double alpha)
    {
        var model = new GradientBoostingRegressor(new GradientBoostingOptions
        {
            Loss = RegressionLoss.Quantile,
            QuantileAlpha = alpha,
            Rounds = 100,
            LearningRate = 0.1,
            Growth = TreeGrowthPolicy.LossGuide,
            MaxLeaves = 31,
            MaxDepth = 0,
            MinChildWeight = 20,
            Lambda = 0,
        }).Fit(table.Train);
        var test = table.Test;
        var q = new double[test.Rows];
        model.Predict(test.Features, q);
        var pinball = Enumerable.Range(0, q.Length).Average(i =>
        {
            var d = test.Target[i] - q[i];
            return d >= 0 ? alpha * d : (alpha - 1) * d;
        });
        var coverage = Enumerable.Range(0, q.Length).Count(i => test.Target[i] <= q[i]) / (double)q.Length;
        return (pinball, coverage);
    }
}
