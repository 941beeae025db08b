using System.Globalization;
using System.Text.Json;
using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning.Tests.Trees;

/// <summary>
/// CART against scikit-learn 1.2.1 (fixture cart.json, written by bench/parity/trees.py). scikit-learn visits features
/// in a random order even when it examines all of them, so exact ties between features go to whichever it drew
/// first; 19 of the 20 settings here give different trees for different random_state values. Driving Formcast's
/// feature draws with scikit-learn's own generator (<see cref="SklearnSplitterRandom"/>) must reproduce its tree node
/// for node and its test predictions bit for bit. With Formcast's own generator the tree is an equally valid
/// tie-break, so its test metric must fall inside the range scikit-learn shows over 50 seeds; where features are
/// subsampled (max_features) the tree is random by design, and the mean over 50 seeds must agree within 0.01.
/// </summary>
public sealed class CartParityTests
{
    internal static readonly Lazy<JsonElement[]> Cases = new(() => ParityTables.Cases("cart.json"));

    public static TheoryData<int> CaseIndices() => ParityTables.Indices(Cases.Value.Length);

    [Theory]
    [MemberData(nameof(CaseIndices))]
    public void WithScikitLearnsDrawOrder_TheTreeAndItsPredictionsAreIdentical(int index)
    {
        var c = Cases.Value[index];
        var table = ParityTables.Load(c.GetProperty("table").GetString()!);
        var draws = new SklearnSplitterRandom((uint)c.GetProperty("rand_r_state").GetInt64());
        var (tree, predictions) = Fit(table, Options(c), draws.NextBelow);

        var expected = c.GetProperty("tree");
        var label = $"{table.Name} {c.GetProperty("params")}";
        Assert.True(Ints(expected, "feature").SequenceEqual(tree.Feature), $"{label}: split features differ");
        Assert.True(Doubles(expected, "threshold").SequenceEqual(tree.Threshold), $"{label}: thresholds differ");
        Assert.Equal(Ints(expected, "left"), tree.Left);
        Assert.Equal(Ints(expected, "right"), tree.Right);
        Assert.Equal(Ints(expected, "n_node_samples"), tree.SampleCount);
        AssertClose(Doubles(expected, "weighted_n_node_samples"), tree.Cover, 1e-12, label + " weights");
        AssertClose(Doubles(expected, "impurity"), tree.Impurity!, 1e-12, label + " impurity");
        // Unit weights make every sum exact, so predictions match to the bit; class weights allow rounding.
        var tolerance = c.GetProperty("params").TryGetProperty("class_weight", out _) ? 1e-12 : 0.0;
        AssertClose(Doubles(c, "test_predictions"), predictions, tolerance, label + " predictions");
    }

    [Theory]
    [MemberData(nameof(CaseIndices))]
    public void WithFormcastsOwnDraws_TheTestMetricIsWithinScikitLearnsSeedRange(int index)
    {
        var c = Cases.Value[index];
        var table = ParityTables.Load(c.GetProperty("table").GetString()!);
        var options = Options(c);
        if (options.MaxFeatures is not null)
        {
            var mean = Enumerable.Range(0, 50).Select(s => TestMetric(table, Fit(table, options, new Rng((ulong)s).NextInt).Predictions)).Average();
            Assert.InRange(mean, c.GetProperty("test_metric_mean").GetDouble() - 0.01, c.GetProperty("test_metric_mean").GetDouble() + 0.01);
            return;
        }

        var (tree, predictions) = Fit(table, options, new Rng(options.Seed).NextInt);
        var range = Doubles(c, "test_metric_range");
        Assert.InRange(TestMetric(table, predictions), range[0] - 1e-12, range[1] + 1e-12);
        if (c.GetProperty("seed_invariant").GetBoolean())
            Assert.Equal(Ints(c.GetProperty("tree"), "feature"), tree.Feature);
        var roots = c.GetProperty("root_features").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Contains(tree.Feature[0], roots);
    }

    /// <summary>Test accuracy (classification) or R² (regression) of a tree's test predictions.</summary>
    internal static double TestMetric(ParityTable table, double[] predictions)
    {
        var test = table.Test;
        double metric;
        if (table.Classification)
        {
            var classes = table.Train.Classes();
            var width = classes.Length;
            var correct = 0;
            for (var r = 0; r < test.Rows; r++)
            {
                var p = predictions.AsSpan(r * width, width);
                var best = 0;
                for (var k = 1; k < width; k++) if (p[k] > p[best]) best = k;
                if (classes[best] == test.Target[r]) correct++;
            }

            metric = (double)correct / test.Rows;
        }
        else
        {
            metric = TestMetrics.R2(test.Target, predictions);
        }

        return metric;
    }

    internal static DecisionTreeOptions Options(JsonElement c)
    {
        var p = c.GetProperty("params");
        var options = new DecisionTreeOptions
        {
            Criterion = p.GetProperty("criterion").GetString() switch
            {
                "gini" => SplitCriterion.Gini,
                "entropy" => SplitCriterion.Entropy,
                _ => SplitCriterion.SquaredError,
            },
        };
        if (p.TryGetProperty("max_depth", out var depth)) options = options with { MaxDepth = depth.GetInt32() };
        if (p.TryGetProperty("min_samples_leaf", out var leaf)) options = options with { MinSamplesLeaf = leaf.GetInt32() };
        if (p.TryGetProperty("min_samples_split", out var split)) options = options with { MinSamplesSplit = split.GetInt32() };
        if (p.TryGetProperty("min_impurity_decrease", out var decrease)) options = options with { MinImpurityDecrease = decrease.GetDouble() };
        if (p.TryGetProperty("class_weight", out _)) options = options with { ClassWeights = ClassWeighting.Balanced };
        if (p.TryGetProperty("max_features", out var mf) && mf.GetString() == "sqrt") options = options with { MaxFeatures = MaxFeatures.Sqrt };
        return options;
    }

    internal static (Tree Tree, double[] Predictions) Fit(ParityTable table, DecisionTreeOptions options, Func<int, int> draws)
    {
        var test = table.Test;
        if (table.Classification)
        {
            var model = new DecisionTreeClassifier(options).Fit(table.Train, draws);
            var width = model.Classes.Count;
            var predictions = new double[test.Rows * width];
            for (var r = 0; r < test.Rows; r++) model.PredictProbabilities(test.Features.Row(r), predictions.AsSpan(r * width, width));
            return (model.Tree, predictions);
        }

        var regressor = new DecisionTreeRegressor(options).Fit(table.Train, draws);
        return (regressor.Tree, Enumerable.Range(0, test.Rows).Select(r => regressor.Predict(test.Features.Row(r))).ToArray());
    }

    internal static int[] Ints(JsonElement e, string name) => e.GetProperty(name).EnumerateArray().Select(v => v.GetInt32()).ToArray();

    internal static double[] Doubles(JsonElement e, string name) => e.GetProperty(name).EnumerateArray().Select(v => v.GetDouble()).ToArray();

    internal static void AssertClose(double[] expected, double[] actual, double relative, string label)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            var scale = Math.Max(1.0, Math.Abs(expected[i]));
            if (!(Math.Abs(expected[i] - actual[i]) <= relative * scale))
                Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"{label}: element {i} is {actual[i]:R}, expected {expected[i]:R}"));
        }
    }
}
