using System.Globalization;
using System.Text;
using Formcast.Learning.Tests.Boosting;
using Formcast.Learning.Tests.Ensembles;
using Formcast.TestSupport;

namespace Formcast.Learning.Tests.Trees;

/// <summary>
/// Regenerates the result tables of docs/parity/trees.md (between the table markers) from the same comparisons the
/// parity tests make. Run after changing the tree family or regenerating the fixtures:
/// <c>dotnet test tests/Formcast.Learning.Tests -c Release --filter FullyQualifiedName~ParityReport -- xUnit.Explicit=on</c>
/// (or run the test binary with <c>-explicit only</c>).
/// </summary>
public sealed class ParityReport
{
    private const string Start = "<!-- parity-table:start -->";
    private const string End = "<!-- parity-table:end -->";

    [Fact(Explicit = true)]
    public void WriteParityTables()
    {
        var text = new StringBuilder();
        Cart(text);
        Forest(text);
        Boosting(text);
        Quantile(text);
        Shap(text);
        var path = RepositoryPaths.Path("docs/parity/trees.md");
        var doc = File.ReadAllText(path);
        var from = doc.IndexOf(Start, StringComparison.Ordinal);
        var to = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "docs/parity/trees.md lacks the table markers");
        File.WriteAllText(path, doc[..(from + Start.Length)] + "\n" + text + doc[to..]);
    }

    private static string F(double v, string format = "0.0000") => v.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>A difference with its sign, rounded to four decimals first so that −0.00001 reads +0.0000.</summary>
    private static string Signed(double v) => Math.Round(v, 4).ToString("+0.0000;-0.0000;+0.0000", CultureInfo.InvariantCulture);

    private static string Settings(System.Text.Json.JsonElement p) =>
        string.Join(", ", p.EnumerateObject().Select(o => $"{o.Name}={o.Value}"));

    private static void Cart(StringBuilder text)
    {
        text.AppendLine("### CART decision trees (scikit-learn 1.2.1 `DecisionTree*`)").AppendLine();
        text.AppendLine("| table | settings | scikit-learn trees over 50 seeds | nodes | with scikit-learn's draws: same tree | max abs Δ test prediction | Formcast's own draws: test metric | scikit-learn seed range (mean) |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var c in CartParityTests.Cases.Value)
        {
            var table = ParityTables.Load(c.GetProperty("table").GetString()!);
            var options = CartParityTests.Options(c);
            var draws = new SklearnSplitterRandom((uint)c.GetProperty("rand_r_state").GetInt64());
            var (tree, predictions) = CartParityTests.Fit(table, options, draws.NextBelow);
            var expected = c.GetProperty("tree");
            var same = CartParityTests.Ints(expected, "feature").SequenceEqual(tree.Feature)
                && CartParityTests.Doubles(expected, "threshold").SequenceEqual(tree.Threshold)
                && CartParityTests.Ints(expected, "left").SequenceEqual(tree.Left)
                && CartParityTests.Ints(expected, "n_node_samples").SequenceEqual(tree.SampleCount!);
            var reference = CartParityTests.Doubles(c, "test_predictions");
            var maxDiff = reference.Zip(predictions, (a, b) => Math.Abs(a - b)).Max();
            double own;
            if (options.MaxFeatures is null)
            {
                own = CartParityTests.TestMetric(table, CartParityTests.Fit(table, options, new Rng(options.Seed).NextInt).Predictions);
            }
            else
            {
                own = Enumerable.Range(0, 50).Average(s => CartParityTests.TestMetric(table, CartParityTests.Fit(table, options, new Rng((ulong)s).NextInt).Predictions));
            }

            var range = CartParityTests.Doubles(c, "test_metric_range");
            var metric = c.GetProperty("test_metric").GetString();
            text.AppendLine(CultureInfo.InvariantCulture, $"| {table.Name} | {Settings(c.GetProperty("params"))} | {c.GetProperty("distinct_trees").GetInt32()} | {tree.NodeCount} | {(same ? "yes" : "**no**")} | {maxDiff:R} | {metric} {F(own)}{(options.MaxFeatures is null ? "" : " (mean of 50)")} | {F(range[0])} – {F(range[1])} ({F(c.GetProperty("test_metric_mean").GetDouble())}) |");
        }

        text.AppendLine();
    }

    private static void Forest(StringBuilder text)
    {
        text.AppendLine("### Random forests (300 trees, 5 seeds each side, scikit-learn defaults)").AppendLine();
        text.AppendLine("| table | test metric | scikit-learn mean | Formcast mean | Δ | OOB metric | scikit-learn OOB | Formcast OOB | Δ |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var (name, c) in RandomForestParityTests.Cases.Value)
        {
            var table = ParityTables.Load(name);
            var (test, oob) = RandomForestParityTests.Run(table, c.GetProperty("trees").GetInt32());
            var t = c.GetProperty("test_mean").GetDouble();
            var o = c.GetProperty("oob_mean").GetDouble();
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {c.GetProperty("test_metric").GetString()} | {F(t)} | {F(test)} | {Signed(test - t)} | {c.GetProperty("oob_metric").GetString()} | {F(o)} | {F(oob)} | {Signed(oob - o)} |");
        }

        text.AppendLine();
    }

    private static void Boosting(StringBuilder text)
    {
        text.AppendLine("### Gradient boosting, deterministic (XGBoost 1.7.4 `hist`, 255 bins)").AppendLine();
        text.AppendLine("| table | settings | bins agree | trees identical | max abs Δ test margin | XGBoost metric | Formcast metric | Δ |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        var sampled = new StringBuilder();
        sampled.AppendLine("### Gradient boosting with subsample 0.8, colsample_bytree 0.8, colsample_bynode 0.8 (10 seeds each side)").AppendLine();
        sampled.AppendLine("| table | settings | XGBoost mean ± sd | Formcast mean ± sd | Δ | tolerance |");
        sampled.AppendLine("|---|---|---|---|---|---|");
        foreach (var c in BoostingParityTests.Cases.Value)
        {
            var table = ParityTables.Load(c.GetProperty("table").GetString()!);
            var (trees, margins, metric) = BoostingParityTests.Fit(table, BoostingParityTests.Options(c.GetProperty("params")));
            var expected = c.GetProperty("trees").EnumerateArray().ToArray();
            var identical = expected.Length == trees.Length && expected.Select((e, i) => BoostingParityTests.SameTree(e, trees[i], out _)).All(x => x);
            var reference = CartParityTests.Doubles(c, "test_margins");
            var maxDiff = reference.Zip(margins, (a, b) => Math.Abs(a - b)).Max();
            var xgb = c.GetProperty("test_score").GetDouble();
            var settings = Settings(c.GetProperty("params"));
            text.AppendLine(CultureInfo.InvariantCulture, $"| {table.Name} | {settings} | {(c.GetProperty("exact_bins").GetBoolean() ? "yes" : "no")} | {(identical ? $"yes ({trees.Length})" : "no")} | {maxDiff:0.0e+0} | {c.GetProperty("test_metric").GetString()} {F(xgb)} | {F(metric)} | {Signed(metric - xgb)} |");

            var theirs = CartParityTests.Doubles(c, "sampled_scores");
            var ours = BoostingParityTests.Sampled(c, table);
            var tolerance = Math.Max(0.01, 3 * Math.Sqrt((BoostingParityTests.Variance(theirs) / theirs.Length) + (BoostingParityTests.Variance(ours) / ours.Length)));
            sampled.AppendLine(CultureInfo.InvariantCulture, $"| {table.Name} | {settings} | {F(theirs.Average())} ± {F(Math.Sqrt(BoostingParityTests.Variance(theirs)))} | {F(ours.Average())} ± {F(Math.Sqrt(BoostingParityTests.Variance(ours)))} | {Signed(ours.Average() - theirs.Average())} | {F(tolerance, "0.000")} |");
        }

        text.AppendLine().Append(sampled).AppendLine();
    }

    private static void Quantile(StringBuilder text)
    {
        text.AppendLine("### Quantile boosting (scikit-learn 1.2.1 `HistGradientBoostingRegressor(loss=\"quantile\")`)").AppendLine();
        text.AppendLine("| table | α | scikit-learn pinball | Formcast pinball | ratio | scikit-learn share ≤ q | Formcast share ≤ q |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var c in QuantileParityTests.Cases.Value)
        {
            var table = ParityTables.Load(c.GetProperty("table").GetString()!);
            var alpha = c.GetProperty("alpha").GetDouble();
            var (pinball, coverage) = QuantileParityTests.Run(table, alpha);
            var p = c.GetProperty("test_pinball").GetDouble();
            text.AppendLine(CultureInfo.InvariantCulture, $"| {table.Name} | {alpha} | {F(p)} | {F(pinball)} | {F(pinball / p, "0.000")} | {F(c.GetProperty("test_coverage").GetDouble(), "0.000")} | {F(coverage, "0.000")} |");
        }

        text.AppendLine();
    }

    private static void Shap(StringBuilder text)
    {
        text.AppendLine("### TreeSHAP against XGBoost `pred_contribs` (first 40 test rows, every output, bias included)").AppendLine();
        text.AppendLine("| table | settings | max relative Δ |");
        text.AppendLine("|---|---|---|");
        foreach (var c in BoostingParityTests.Cases.Value)
        {
            if (!c.GetProperty("exact_bins").GetBoolean()) continue;
            var (worst, _) = TreeShapTests.CompareWithXGBoost(c);
            text.AppendLine(CultureInfo.InvariantCulture, $"| {c.GetProperty("table").GetString()} | {Settings(c.GetProperty("params"))} | {worst:0.0e+0} |");
        }

        text.AppendLine();
    }
}
