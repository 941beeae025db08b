using System.Globalization;
using System.Text.Json;
using Formcast.Learning.Tests.Boosting;
using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning.Tests.Trees;

/// <summary>
/// TreeSHAP against three oracles: (1) brute-force Shapley values, Σ over all feature subsets S of
/// |S|!(M − |S| − 1)!/M! · (v(S ∪ {i}) − v(S)), with v(S) the tree's cover-weighted expectation given the features in S
/// (Lundberg et al. 2018, Algorithm 1), to 1e-12; (2) local accuracy, expected value + Σ φ = the model output, for
/// every model kind and output; (3) XGBoost 1.7.4's own pred_contribs on the boosting parity cases whose trees
/// Formcast reproduces exactly, to 1e-5 (XGBoost accumulates in float).
/// </summary>
public sealed class TreeShapTests
{
    [Fact]
    public void DecisionTree_MatchesBruteForceShapley()
    {
        var data = TreeTestData.Synthetic(300, 6, classification: false, seed: 3);
        var model = new DecisionTreeRegressor(new DecisionTreeOptions { MaxDepth = 6 }).Fit(data);
        AssertBruteForce(model, data.Features, count: 12);
    }

    [Fact]
    public void RandomForestClassifier_MatchesBruteForceShapleyForEveryClass()
    {
        var data = TreeTestData.Synthetic(200, 5, classification: true, seed: 4);
        var model = new RandomForestClassifier(new RandomForestOptions { TreeCount = 6, MaxDepth = 5 }).Fit(data);
        AssertBruteForce(model, data.Features, count: 8);
    }

    [Fact]
    public void BoostedTrees_MatchBruteForceShapley_IncludingRepeatedFeaturesOnAPath()
    {
        // Depth 5 on 4 features: many paths split on the same feature twice, which exercises UNWIND.
        var data = TreeTestData.Synthetic(300, 4, classification: false, seed: 6);
        var model = new GradientBoostingRegressor(new GradientBoostingOptions { Rounds = 8, MaxDepth = 5 }).Fit(data);
        AssertBruteForce(model, data.Features, count: 10);
    }

    [Fact]
    public void LocalAccuracy_HoldsForEveryModelAndOutput()
    {
        var classification = TreeTestData.Synthetic(300, 6, classification: true, seed: 8);
        var labels = classification.Target.Select((t, i) => t + (i % 4 == 0 ? 2 : 0)).ToArray();
        var multi = new Dataset(classification.Features, labels);
        var regression = TreeTestData.Synthetic(300, 6, classification: false, seed: 9);
        IModel[] models =
        [
            new DecisionTreeClassifier().Fit(multi),
            new DecisionTreeRegressor().Fit(regression),
            new RandomForestClassifier(new RandomForestOptions { TreeCount = 10 }).Fit(multi),
            new RandomForestRegressor(new RandomForestOptions { TreeCount = 10 }).Fit(regression),
            new GradientBoostingClassifier(new GradientBoostingOptions { Rounds = 10 }).Fit(classification),
            new GradientBoostingClassifier(new GradientBoostingOptions { Rounds = 10 }).Fit(multi),
            new GradientBoostingRegressor(new GradientBoostingOptions { Rounds = 10 }).Fit(regression),
        ];
        foreach (var model in models)
        {
            var rows = model is IClassifier ? classification.Features : regression.Features;
            for (var output = 0; output < TreeShap.OutputCount(model); output++)
            {
                var shap = TreeShap.Explain(model, rows, output);
                var ensemble = ((ITreeEnsembleSource)model).Ensemble;
                for (var r = 0; r < rows.Rows; r++)
                    Assert.Equal(ensemble.Predict(rows.Row(r), output), shap.Prediction(r), 10);
            }
        }
    }

    [Fact]
    public void MissingValues_FollowTheLearnedDirection_AndKeepLocalAccuracy()
    {
        var data = TreeTestData.Synthetic(400, 4, classification: false, seed: 12);
        for (var r = 0; r < data.Rows; r += 3) data.Features[r, 0] = double.NaN;
        var model = new GradientBoostingRegressor(new GradientBoostingOptions { Rounds = 10, MaxDepth = 4 }).Fit(data);
        var shap = TreeShap.Explain(model, data.Features);
        for (var r = 0; r < data.Rows; r++) Assert.Equal(model.Predict(data.Features.Row(r)), shap.Prediction(r), 10);
        AssertBruteForce(model, data.Features, count: 6);
    }

    [Fact]
    public void ForestProbabilities_AreWhatIsExplained()
    {
        var data = TreeTestData.Synthetic(200, 4, classification: true, seed: 2);
        var model = new RandomForestClassifier(new RandomForestOptions { TreeCount = 5 }).Fit(data);
        var shap = TreeShap.Explain(model, data.Features);
        Assert.Equal("probability of class 1", shap.Output);
        var p = new double[2];
        model.PredictProbabilities(data.Features.Row(0), p);
        Assert.Equal(p[1], shap.Prediction(0), 12);
        Assert.Equal(shap.Values, TreeShap.Explain(model, data.Features, maxDegreeOfParallelism: 1).Values);
    }

    [Fact]
    public void NonTreeModels_AreRejected()
    {
        var bagging = new BalancedBaggingClassifier(new DecisionTreeClassifier()).Fit(TreeTestData.Synthetic(50, 2, classification: true));
        Assert.False(TreeShap.Supports(bagging));
        Assert.Throws<ArgumentException>(() => TreeShap.Explain(bagging, new Matrix(1, 2)));
    }

    public static TheoryData<int> ExactBoostingCases()
    {
        var data = new TheoryData<int>();
        var cases = ParityTables.Fixture("boosting.json").RootElement.GetProperty("cases").EnumerateArray().ToArray();
        for (var i = 0; i < cases.Length; i++)
        {
            if (cases[i].GetProperty("exact_bins").GetBoolean()) data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExactBoostingCases))]
    public void BoostedModels_MatchXGBoostPredContribs(int index)
    {
        var c = ParityTables.Fixture("boosting.json").RootElement.GetProperty("cases")[index];
        var (worst, label) = CompareWithXGBoost(c);
        Assert.True(worst <= 1e-5, $"{label}: relative difference {worst.ToString("R", CultureInfo.InvariantCulture)} from XGBoost");
    }

    /// <summary>Largest difference between Formcast's SHAP values (and expected value) and XGBoost's pred_contribs,
    /// relative to max(1, |value|), and where it is.</summary>
    internal static (double Worst, string Where) CompareWithXGBoost(JsonElement c)
    {
        var table = ParityTables.Load(c.GetProperty("table").GetString()!);
        var options = BoostingParityTests.Options(c.GetProperty("params"));
        IModel model = table.Classification
            ? new GradientBoostingClassifier(options).Fit(table.Train)
            : new GradientBoostingRegressor(options).Fit(table.Train);
        var shape = c.GetProperty("shap_shape").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var contribs = CartParityTests.Doubles(c, "shap_contribs");
        var rows = shape[0];
        var outputs = shape.Length == 3 ? shape[1] : 1;
        var width = shape[^1];
        var x = table.Test.Features.SelectRows(Enumerable.Range(0, rows).ToArray());
        var worst = 0.0;
        var where = table.Name;
        for (var k = 0; k < outputs; k++)
        {
            var shap = TreeShap.Explain(model, x, k);
            for (var r = 0; r < rows; r++)
            {
                var offset = ((r * outputs) + k) * width;
                for (var f = 0; f < width; f++)
                {
                    var expected = contribs[offset + f];
                    var actual = f == width - 1 ? shap.ExpectedValue : shap.Values[(r * (width - 1)) + f];
                    var difference = Math.Abs(expected - actual) / Math.Max(1, Math.Abs(expected));
                    if (difference <= worst) continue;
                    worst = difference;
                    where = string.Create(CultureInfo.InvariantCulture, $"{table.Name} output {k} row {r} column {f}");
                }
            }
        }

        return (worst, where);
    }

    private static void AssertBruteForce(IModel model, Matrix rows, int count)
    {
        var ensemble = ((ITreeEnsembleSource)model).Ensemble;
        var m = model.FeatureCount;
        for (var output = 0; output < ensemble.Outputs; output++)
        {
            var shap = TreeShap.Explain(model, rows.SelectRows(Enumerable.Range(0, count).ToArray()), output);
            for (var r = 0; r < count; r++)
            {
                var x = rows.Row(r).ToArray();
                double Value(int subset) => ensemble.Bias[output] + (ensemble.Scale * Enumerable.Range(0, ensemble.Trees.Length)
                    .Where(t => ensemble.Feeds(t, output, out _))
                    .Sum(t =>
                    {
                        ensemble.Feeds(t, output, out var v);
                        return Expectation(ensemble.Trees[t], v, x, subset, 0);
                    }));
                for (var i = 0; i < m; i++)
                {
                    var phi = 0.0;
                    for (var subset = 0; subset < 1 << m; subset++)
                    {
                        if ((subset & (1 << i)) != 0) continue;
                        var size = int.PopCount(subset);
                        var weight = Factorial(size) * Factorial(m - size - 1) / Factorial(m);
                        phi += weight * (Value(subset | (1 << i)) - Value(subset));
                    }

                    Assert.Equal(phi, shap.Values[(r * m) + i], 12);
                }

                Assert.Equal(Value(0), shap.ExpectedValue, 12);
            }
        }
    }

    /// <summary>Lundberg et al. 2018, Algorithm 1: features in the subset follow x, the others average the children
    /// by cover.</summary>
    private static double Expectation(Tree tree, int valueIndex, double[] x, int subset, int node)
    {
        if (tree.IsLeaf(node)) return tree.Values[(node * tree.ValueWidth) + valueIndex];
        if ((subset & (1 << tree.Feature[node])) != 0)
            return Expectation(tree, valueIndex, x, subset, tree.GoesLeft(node, x) ? tree.Left[node] : tree.Right[node]);
        int l = tree.Left[node], r = tree.Right[node];
        return ((tree.Cover[l] * Expectation(tree, valueIndex, x, subset, l)) + (tree.Cover[r] * Expectation(tree, valueIndex, x, subset, r))) / tree.Cover[node];
    }

    private static double Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);
}
