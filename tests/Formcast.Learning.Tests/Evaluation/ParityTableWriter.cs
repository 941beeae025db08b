using System.Globalization;
using System.Text;
using Formcast.Learning.Tests.Calibration;
using Formcast.Learning.Tests.Stacking;
using Formcast.TestSupport;

namespace Formcast.Learning.Tests.Evaluation;

/// <summary>
/// Regenerates the parity table in <c>docs/parity/evaluation.md</c>: runs every parity test against the committed
/// scikit-learn/SciPy fixtures and records the largest scaled deviation |expected − actual| / max(1, |expected|) each
/// one saw. Run on purpose: <c>dotnet test tests/Formcast.Learning.Tests -c Release --filter ParityTableWriter</c>
/// with explicit tests enabled (<c>-- xUnit.Explicit=on</c>).
/// </summary>
public sealed class ParityTableWriter
{
    private const string Start = "<!-- parity-table:start -->";
    private const string End = "<!-- parity-table:end -->";

    [Fact(Explicit = true)]
    public void WriteParityTable()
    {
        var rows = new List<(string Area, string Case, string Reference, List<(double Deviation, double Tolerance)> Seen)>();
        void Add(string area, string @case, string reference, Action test) => rows.Add((area, @case, reference, EvaluationFixtures.Record(test)));

        var metrics = new MetricParityTests();
        foreach (var name in Names(MetricParityTests.BinaryCases())) Add("binary metrics", name, "roc_auc_score, average_precision_score, brier_score_loss, log_loss, accuracy/precision/recall/f1, roc_curve", () => metrics.BinaryMetrics_MatchScikitLearn(name));
        foreach (var name in Names(MetricParityTests.MulticlassCases())) Add("label metrics", name, "precision_recall_fscore_support (micro/macro/weighted), confusion_matrix", () => metrics.LabelMetricsOverSeveralClasses_MatchScikitLearn(name));
        foreach (var name in Names(MetricParityTests.ProbabilityCases())) Add("probability metrics", name, "log_loss, roc_auc_score(multi_class=\"ovr\")", () => metrics.ProbabilityMetricsOverSeveralClasses_MatchScikitLearn(name));
        foreach (var name in Names(MetricParityTests.RegressionCases())) Add("regression metrics", name, "mean_squared_error, mean_absolute_error, r2_score", () => metrics.RegressionMetrics_MatchScikitLearn(name));
        foreach (var name in Names(MetricParityTests.CurveCases())) Add("calibration curve", name, "calibration_curve", () => metrics.CalibrationCurve_MatchesScikitLearn(name));

        var splits = new SplitterParityTests();
        foreach (var index in Names(SplitterParityTests.CaseIndices())) Add("splitters", SplitterParityTests.Describe(index), "train/test indices of the same splitter", () => splits.Folds_AreScikitLearnsIndexForIndex(index));

        var baselines = new BaselineParityTests();
        foreach (var index in Names(BaselineParityTests.NeighborCases())) Add("k-NN", BaselineParityTests.Describe(index), "KNeighborsClassifier / KNeighborsRegressor (brute)", () => baselines.KNearestNeighbors_MatchScikitLearn(index));
        Add("dummy", "prior / mean / median", "DummyClassifier / DummyRegressor", baselines.DummyModels_MatchScikitLearn);

        var calibration = new CalibrationParityTests();
        foreach (var name in Names(CalibrationParityTests.IsotonicCases())) Add("isotonic regression", name, "IsotonicRegression", () => calibration.IsotonicRegression_MatchesScikitLearnTo1e12(name));
        foreach (var name in Names(CalibrationParityTests.PlattCases())) Add("Platt scaling", name, "_sigmoid_calibration (and its exact optimum)", () => calibration.PlattScaling_ReachesTheOptimumScikitLearnApproaches(name));
        foreach (var index in Names(CalibrationParityTests.WrapperCases())) Add("calibrated classifier", CalibrationParityTests.Describe(index), "CalibratedClassifierCV(KNeighborsClassifier)", () => calibration.CalibratedClassifier_MatchesCalibratedClassifierCV(index));

        var search = new SearchParityTests();
        foreach (var scoring in Names(SearchParityTests.Scorings())) Add("grid search", scoring, "GridSearchCV(KNeighborsClassifier, StratifiedKFold(5))", () => search.GridSearch_MatchesGridSearchCV(scoring));
        Add("nested CV", "roc_auc", "cross_val_score(GridSearchCV(...), cv=StratifiedKFold(5))", search.NestedCrossValidation_MatchesCrossValScoreOfGridSearchCV);
        Add("group CV", "roc_auc", "cross_val_score(..., cv=GroupKFold(4))", search.GroupCrossValidation_MatchesCrossValScoreWithGroupKFold);

        var stacking = new StackingTests();
        Add("stacking", "regressor", "StackingRegressor(final=LinearRegression(positive=True))", () => stacking.StackingRegressor_MatchesScikitLearn(false));
        Add("stacking", "regressor, passthrough", "StackingRegressor(passthrough=True)", () => stacking.StackingRegressor_MatchesScikitLearn(true));
        Add("stacking", "classifier", "StackingClassifier(final=LogisticRegression, polished)", stacking.StackingClassifier_MatchesScikitLearn);

        var bootstrap = new BootstrapTests();
        foreach (var name in Names(BootstrapTests.Cases())) Add("bootstrap interval", name, "scipy.stats.bootstrap (BCa, percentile)", () => bootstrap.IntervalsFromReplicates_MatchScipy(name));
        Add("normal distribution", "Φ⁻¹ (Φ checked relatively)", "scipy.special.ndtri / ndtr", bootstrap.NormalDistribution_MatchesScipy);

        var table = new StringBuilder();
        table.Append(Start).Append('\n');
        table.Append("| area | case | reference (scikit-learn 1.2.1 / SciPy 1.10) | tolerance | largest deviation | comparisons |\n");
        table.Append("|---|---|---|---|---|---|\n");
        foreach (var (area, @case, reference, seen) in rows)
        {
            var tolerance = seen.Count == 0 ? "identical" : string.Join(", ", seen.Select(s => s.Tolerance).Distinct().Order().Select(t => t.ToString("0e0", CultureInfo.InvariantCulture)));
            var worst = seen.Count == 0 ? "0 (index-identical)" : string.Join(", ", seen.GroupBy(s => s.Tolerance).OrderBy(g => g.Key)
                .Select(g => g.Max(s => s.Deviation).ToString("0.0e0", CultureInfo.InvariantCulture)));
            table.Append(CultureInfo.InvariantCulture, $"| {area} | {@case} | {reference} | {tolerance} | {worst} | {seen.Count} |\n");
        }

        table.Append(End);
        var path = RepositoryPaths.Path(Path.Combine("docs", "parity", "evaluation.md"));
        var document = File.ReadAllText(path);
        var from = document.IndexOf(Start, StringComparison.Ordinal);
        var to = document.IndexOf(End, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "docs/parity/evaluation.md lacks the parity-table markers");
        File.WriteAllText(path, document[..from] + table + document[(to + End.Length)..]);
    }

    private static IEnumerable<T> Names<T>(TheoryData<T> data) => data.Select(row => row.Data);
}
