using System.Globalization;
using System.Text.Json;
using Formcast.Learning.Tests.Trees;
using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning.Tests.Boosting;

/// <summary>
/// Gradient boosting against XGBoost 1.7.4's <c>hist</c> method (fixture boosting.json from bench/parity/trees.py;
/// same settings, 255 bins, XGBoost given Formcast's base score). Where every feature has at most 255 distinct
/// training values, or fewer rows than XGBoost needs before its quantile sketch turns approximate (2,040), both bin
/// identically and the deterministic fits must be the same trees: same splits, cut values and float32 leaf weights,
/// and test margins within 1e-5; the test AUC or R² must then agree within 0.01. With row and column subsampling the
/// generators differ, so the mean test metric over ten seeds on each side must agree within 0.01 — or within three
/// standard errors of the difference of the two means where the seed-to-seed spread makes 0.01 unmeasurable.
/// </summary>
public sealed class BoostingParityTests
{
    internal static readonly Lazy<JsonElement[]> Cases = new(() => ParityTables.Cases("boosting.json"));

    public static TheoryData<int> CaseIndices() => ParityTables.Indices(Cases.Value.Length);

    [Theory]
    [MemberData(nameof(CaseIndices))]
    public void DeterministicFit_MatchesXGBoost(int index)
    {
        var c = Cases.Value[index];
        var table = ParityTables.Load(c.GetProperty("table").GetString()!);
        var options = Options(c.GetProperty("params"));
        var (trees, margins, metric) = Fit(table, options);
        var label = $"{table.Name} {c.GetProperty("params")}";
        Assert.InRange(metric, c.GetProperty("test_score").GetDouble() - 0.01, c.GetProperty("test_score").GetDouble() + 0.01);
        if (!c.GetProperty("exact_bins").GetBoolean()) return;

        var expected = c.GetProperty("trees").EnumerateArray().ToArray();
        Assert.Equal(expected.Length, trees.Length);
        for (var t = 0; t < trees.Length; t++) AssertSameTree(expected[t], trees[t], $"{label} tree {t}");
        var reference = CartParityTests.Doubles(c, "test_margins");
        for (var i = 0; i < reference.Length; i++)
        {
            if (!(Math.Abs(reference[i] - margins[i]) <= 1e-5 * Math.Max(1, Math.Abs(reference[i]))))
                Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"{label}: margin {i} is {margins[i]:R}, XGBoost {reference[i]:R}"));
        }
    }

    [Theory]
    [MemberData(nameof(CaseIndices))]
    public void SampledFits_MatchXGBoostsMeanMetric(int index)
    {
        var c = Cases.Value[index];
        var table = ParityTables.Load(c.GetProperty("table").GetString()!);
        var reference = CartParityTests.Doubles(c, "sampled_scores");
        var ours = Sampled(c, table);
        var tolerance = Math.Max(0.01, 3 * Math.Sqrt((Variance(reference) / reference.Length) + (Variance(ours) / ours.Length)));
        Assert.InRange(ours.Average(), reference.Average() - tolerance, reference.Average() + tolerance);
    }

    /// <summary>Test metrics of the subsampled fits, one per seed of the fixture.</summary>
    internal static double[] Sampled(JsonElement c, ParityTable table)
    {
        var sampled = c.GetProperty("sampled_params");
        var options = Options(c.GetProperty("params")) with
        {
            Subsample = sampled.GetProperty("subsample").GetDouble(),
            ColumnSampleByTree = sampled.GetProperty("colsample_bytree").GetDouble(),
            ColumnSampleByNode = sampled.GetProperty("colsample_bynode").GetDouble(),
        };
        var seeds = c.GetProperty("sampled_scores").GetArrayLength();
        return Enumerable.Range(0, seeds).Select(s => Fit(table, options with { Seed = (ulong)s }).Metric).ToArray();
    }

    /// <summary>Sample variance (n − 1).</summary>
    internal static double Variance(double[] values)
    {
        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);
    }

    internal static GradientBoostingOptions Options(JsonElement p)
    {
        var options = new GradientBoostingOptions();
        foreach (var property in p.EnumerateObject())
        {
            options = property.Name switch
            {
                "n_estimators" => options with { Rounds = property.Value.GetInt32() },
                "max_depth" => options with { MaxDepth = property.Value.GetInt32() },
                "learning_rate" => options with { LearningRate = property.Value.GetDouble() },
                "reg_lambda" => options with { Lambda = property.Value.GetDouble() },
                "reg_alpha" => options with { Alpha = property.Value.GetDouble() },
                "gamma" => options with { Gamma = property.Value.GetDouble() },
                "min_child_weight" => options with { MinChildWeight = property.Value.GetDouble() },
                "scale_pos_weight" => options with { ScalePositiveWeight = property.Value.GetDouble() },
                "max_leaves" => options with { MaxLeaves = property.Value.GetInt32() },
                "grow_policy" => options with { Growth = property.Value.GetString() == "lossguide" ? TreeGrowthPolicy.LossGuide : TreeGrowthPolicy.DepthWise },
                _ => throw new ArgumentException($"unmapped XGBoost parameter {property.Name}"),
            };
        }

        return options;
    }

    /// <summary>Fits on the train rows; returns the trees, test margins (row-major) and test AUC or R².</summary>
    internal static (Tree[] Trees, double[] Margins, double Metric) Fit(ParityTable table, GradientBoostingOptions options)
    {
        var test = table.Test;
        if (table.Classification)
        {
            var model = new GradientBoostingClassifier(options).Fit(table.Train);
            var k = model.MarginCount;
            var margins = new double[test.Rows * k];
            for (var r = 0; r < test.Rows; r++) model.PredictMargins(test.Features.Row(r), margins.AsSpan(r * k, k));
            return (model.Trees, margins, TestMetrics.Auc(test.Target, model.PredictProbabilities(test.Features), model.Classes));
        }

        var regressor = new GradientBoostingRegressor(options).Fit(table.Train);
        var predicted = new double[test.Rows];
        regressor.Predict(test.Features, predicted);
        return (regressor.Trees, predicted, TestMetrics.R2(test.Target, predicted));
    }

    private static void AssertSameTree(JsonElement expected, Tree actual, string label)
    {
        if (!SameTree(expected, actual, out var difference)) Assert.Fail($"{label}: {difference}");
    }

    /// <summary>Whether a Formcast tree is XGBoost's tree: same node numbering, split features, cut values
    /// (x &lt; cut as x ≤ the float below it), float32 leaf weights, and hessian covers within 1e-5.</summary>
    internal static bool SameTree(JsonElement expected, Tree actual, out string difference)
    {
        var left = CartParityTests.Ints(expected, "left");
        var right = CartParityTests.Ints(expected, "right");
        var feature = CartParityTests.Ints(expected, "feature");
        var condition = CartParityTests.Doubles(expected, "condition");
        var cover = CartParityTests.Doubles(expected, "cover");
        difference = "";
        if (left.Length != actual.NodeCount)
        {
            difference = $"{actual.NodeCount} nodes, XGBoost {left.Length}";
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            var same = left[i] < 0
                ? actual.IsLeaf(i) && (float)actual.Values[i] == (float)condition[i]
                : !actual.IsLeaf(i) && feature[i] == actual.Feature[i] && left[i] == actual.Left[i] && right[i] == actual.Right[i]
                  && MathF.BitDecrement((float)condition[i]) == (float)actual.Threshold[i];
            same &= Math.Abs(cover[i] - actual.Cover[i]) <= 1e-5 * Math.Max(1, cover[i]);
            if (same) continue;
            difference = string.Create(CultureInfo.InvariantCulture,
                $"node {i}: Formcast feature {actual.Feature[i]} threshold {actual.Threshold[i]:R} value {actual.Values[i]:R} cover {actual.Cover[i]:R}; XGBoost feature {feature[i]} condition {condition[i]:R} cover {cover[i]:R}");
            return false;
        }

        return true;
    }
}
