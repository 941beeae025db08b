using System.Text.Json;
using Formcast.Learning.Tests.Trees;

namespace Formcast.Learning.Tests.Ensembles;

/// <summary>
/// Random forests against scikit-learn 1.2.1 (fixture forest.json from bench/parity/trees.py): 300 trees,
/// scikit-learn's defaults (√n features per split for classification, all for regression), five seeds on each side.
/// The generators differ, so the forests differ tree by tree; the mean test AUC (classification; macro one-vs-rest
/// for more than two classes) or R² (regression) and the mean out-of-bag accuracy or R² must agree within 0.01.
/// </summary>
public sealed class RandomForestParityTests
{
    private const int Seeds = 5;
    private const double Tolerance = 0.01;

    internal static readonly Lazy<Dictionary<string, JsonElement>> Cases = new(() =>
        ParityTables.Fixture("forest.json").RootElement.GetProperty("cases").EnumerateArray()
            .ToDictionary(c => c.GetProperty("table").GetString()!));

    [Theory]
    [InlineData("iris")]
    [InlineData("wine")]
    [InlineData("breast_cancer")]
    [InlineData("digits")]
    [InlineData("diabetes")]
    [InlineData("jovanovic_injury21")]
    [InlineData("pmdata_readiness")]
    public void TestAndOutOfBagScores_MatchScikitLearnWithin001(string name)
    {
        var c = Cases.Value[name];
        var table = ParityTables.Load(name);
        var (test, oob) = Run(table, c.GetProperty("trees").GetInt32());
        var expectedTest = c.GetProperty("test_mean").GetDouble();
        var expectedOob = c.GetProperty("oob_mean").GetDouble();
        Assert.InRange(test, expectedTest - Tolerance, expectedTest + Tolerance);
        Assert.InRange(oob, expectedOob - Tolerance, expectedOob + Tolerance);
    }

    /// <summary>Mean test metric and mean out-of-bag score over the seeds.</summary>
    internal static (double Test, double OutOfBag) Run(ParityTable table, int trees)
    {
        var test = new double[Seeds];
        var oob = new double[Seeds];
        for (var seed = 0; seed < Seeds; seed++)
        {
            var options = new RandomForestOptions { TreeCount = trees, Seed = (ulong)seed, ComputeOutOfBagScore = true };
            if (table.Classification)
            {
                var model = new RandomForestClassifier(options).Fit(table.Train);
                test[seed] = TestMetrics.Auc(table.Test.Target, model.PredictProbabilities(table.Test.Features), model.Classes);
                oob[seed] = model.OutOfBagScore!.Value;
            }
            else
            {
                var model = new RandomForestRegressor(options).Fit(table.Train);
                var predicted = new double[table.Test.Rows];
                model.Predict(table.Test.Features, predicted);
                test[seed] = TestMetrics.R2(table.Test.Target, predicted);
                oob[seed] = model.OutOfBagScore!.Value;
            }
        }

        return (test.Average(), oob.Average());
    }
}
