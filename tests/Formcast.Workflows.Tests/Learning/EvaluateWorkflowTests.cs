using Formcast.Formats;
using Formcast.Learning.Baselines;
using Formcast.TestSupport;
using Formcast.Workflows.Learning;

namespace Formcast.Workflows.Tests.Learning;

public sealed class EvaluateWorkflowTests
{
    private static readonly EvaluateWorkflow Workflow = new(ModelCatalog.CreateDefault());

    [Fact]
    public void GroupedClassification_RendersItsGoldenReport()
    {
        var outcome = Run(new EvaluateRequest { CsvPath = "athletes.csv", Target = "injured", Group = "athlete", Model = "knn", BootstrapResamples = 200 }, AthleteTable.Csv());
        var report = Success(outcome);
        Assert.Equal(ModelTask.Classification, report.Data.Task);
        Assert.StartsWith("group 5-fold", report.Protocol.Split, StringComparison.Ordinal);
        Assert.Equal("athlete", report.Protocol.BootstrapClusters);
        Golden.Match("Formcast.Workflows.Tests", "Learning/evaluate-knn-group.txt", EvaluationReportRenderer.ToText(report));
        Golden.Match("Formcast.Workflows.Tests", "Learning/evaluate-knn-group.json", EvaluationReportRenderer.ToJson(report));
    }

    [Fact]
    public void TimedRegression_RendersItsGoldenReport()
    {
        var outcome = Run(new EvaluateRequest
        {
            CsvPath = "athletes.csv", Target = "rpe", Time = "date", Model = "knn", Folds = 4, PurgeGap = 2, BootstrapResamples = 200,
        }, AthleteTable.Csv());
        var report = Success(outcome);
        Assert.Equal(ModelTask.Regression, report.Data.Task);
        Assert.Equal("days", report.Data.TimeUnit);
        Assert.StartsWith("time-forward 4 folds", report.Protocol.Split, StringComparison.Ordinal);
        Assert.True(report.Data.TestedRows < report.Data.Rows);
        Golden.Match("Formcast.Workflows.Tests", "Learning/evaluate-knn-time.txt", EvaluationReportRenderer.ToText(report));
    }

    [Theory]
    [InlineData(null, null, "stratified 5-fold, class blocks shuffled with seed 7")]
    [InlineData("athlete", null, "group 5-fold (whole groups, balanced by rows)")]
    [InlineData(null, "date", "time-forward 5 folds (expanding window), purge gap 0")]
    [InlineData("athlete", "date", "time-forward 5 folds (expanding window), purge gap 0, groups held out when present")]
    public void Protocol_FollowsTheColumnsGiven(string? group, string? time, string split)
    {
        var report = Success(Run(new EvaluateRequest
        {
            CsvPath = "athletes.csv", Target = "injured", Group = group, Time = time, Model = "dummy", Seed = 7, BootstrapResamples = 50,
        }, AthleteTable.Csv(athletes: 10)));
        Assert.Equal(split, report.Protocol.Split);
        Assert.Equal(7UL, report.Protocol.Seed);
    }

    /// <summary>
    /// Constant probabilities rank nothing: within a fold every positive–negative pair is a tie, so each fold's AUC is
    /// 0.5 exactly. Pooled over folds it is not, because each fold's model predicts its own training prevalence — the
    /// pooling effect of Forman &amp; Scholz (2010, SIGKDD Explorations 12:49), which is why the report shows both.
    /// </summary>
    [Fact]
    public void DummyModel_HasChanceLevelAucInEveryFold()
    {
        var report = Success(Run(new EvaluateRequest { CsvPath = "t.csv", Target = "injured", Group = "athlete", Model = "dummy", BootstrapResamples = 50 }, AthleteTable.Csv()));
        Assert.All(report.Folds, f => Assert.Equal(0.5, f.Scores.Single(s => s.Key == "roc_auc").Value));
        var auc = report.Metrics.Single(m => m.Name == "roc_auc");
        Assert.Equal(0.5, auc.FoldMean);
        Assert.Equal(0, auc.FoldStandardDeviation);
        Assert.NotEqual(0.5, auc.Value);
    }

    [Fact]
    public void NonNumericColumns_AreSkippedAndReported()
    {
        var outcome = Run(new EvaluateRequest { CsvPath = "athletes.csv", Target = "injured", Group = "athlete", Model = "dummy", BootstrapResamples = 20 }, AthleteTable.Csv());
        var report = Success(outcome);
        Assert.DoesNotContain("notes", report.Data.Features);
        Assert.Contains(report.Data.Skipped, s => s.Name == "notes" && s.Reason.Contains("not numeric (line 2: 'long run, hills')", StringComparison.Ordinal));
        Assert.Contains(outcome.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Field == "notes");
        Assert.Equal(["hrv_ms", "sleep_h", "load_au", "soreness", "rpe"], report.Data.Features);
    }

    [Fact]
    public void MissingFeatureCells_AreAnErrorNamingTheFirstCell()
    {
        var outcome = Run(new EvaluateRequest { CsvPath = "athletes.csv", Target = "injured", Model = "knn" }, AthleteTable.Csv(missingShare: 0.05));
        Assert.False(outcome.Succeeded);
        var error = Assert.Single(outcome.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("evaluate.missing", error.Code);
        Assert.NotNull(error.Line);
        Assert.Contains("median imputation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFeatureCells_CanBeImputedWithinFolds()
    {
        var report = Success(Run(new EvaluateRequest
        {
            CsvPath = "athletes.csv", Target = "injured", Group = "athlete", Model = "knn", Missing = MissingValuePolicy.ImputeMedian, BootstrapResamples = 50,
        }, AthleteTable.Csv(missingShare: 0.05)));
        Assert.True(report.Data.MissingCells > 0);
        Assert.Contains(report.Notes, n => n.Contains("training-fold medians", StringComparison.Ordinal));
        Assert.All(report.Metrics, m => Assert.False(double.IsNaN(m.Value)));
    }

    [Fact]
    public void TextLabels_UseTheGivenPositiveClass()
    {
        var report = Success(Run(new EvaluateRequest
        {
            CsvPath = "athletes.csv", Target = "injured", Group = "athlete", Model = "knn", PositiveLabel = "injured", BootstrapResamples = 50,
        }, AthleteTable.Csv(injuredYes: "injured", injuredNo: "well")));
        Assert.Equal(["well", "injured"], report.Data.Classes);
        Assert.Equal("injured", report.Data.PositiveClass);
        Assert.Equal("the target holds text labels", report.Data.TaskReason);
    }

    [Theory]
    [InlineData("xgboost", null, "evaluate.model", "known models: dummy, gbt, knn")]
    [InlineData("knn", "player", "evaluate.column", "columns are: athlete, date")]
    public void BadRequests_AreReportedNotThrown(string model, string? group, string code, string fragment)
    {
        var outcome = Run(new EvaluateRequest { CsvPath = "athletes.csv", Target = "injured", Group = group, Model = model }, AthleteTable.Csv());
        Assert.False(outcome.Succeeded);
        var error = outcome.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(code, error.Code);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TooFewGroupsForTheFolds_IsReported()
    {
        var outcome = Run(new EvaluateRequest { CsvPath = "athletes.csv", Target = "injured", Group = "athlete", Model = "knn", Folds = 10 }, AthleteTable.Csv(athletes: 4));
        Assert.Equal("evaluate.groups", outcome.Diagnostics.Single(d => d.Severity == DiagnosticSeverity.Error).Code);
    }

    [Fact]
    public void MalformedCsv_IsReportedWithItsLine()
    {
        var outcome = Run(new EvaluateRequest { CsvPath = "broken.csv", Target = "y", Model = "knn" }, "x,y\n1,0\n2,1,7\n");
        var error = Assert.Single(outcome.Diagnostics);
        Assert.Equal("csv.fields", error.Code);
        Assert.Equal(3, error.Line);
        Assert.Equal("broken.csv", error.File);
    }

    [Fact]
    public void MissingFile_IsReported()
    {
        var outcome = Workflow.Run(new EvaluateRequest { CsvPath = "/nonexistent/table.csv", Target = "y", Model = "knn" }, TestContext.Current.CancellationToken);
        Assert.Equal("evaluate.file", Assert.Single(outcome.Diagnostics).Code);
    }

    [Fact]
    public void Runs_AreReproducible()
    {
        var request = new EvaluateRequest { CsvPath = "athletes.csv", Target = "injured", Model = "knn", Seed = 3, BootstrapResamples = 100 };
        var first = EvaluationReportRenderer.ToJson(Success(Run(request, AthleteTable.Csv())));
        var second = EvaluationReportRenderer.ToJson(Success(Run(request, AthleteTable.Csv())));
        Assert.Equal(first, second);
        var other = EvaluationReportRenderer.ToJson(Success(Run(request with { Seed = 4 }, AthleteTable.Csv())));
        Assert.NotEqual(first, other);
    }

    /// <summary>Every shipped family runs end to end on each task it declares, with finite pooled metrics.</summary>
    [Theory]
    [InlineData("tree")]
    [InlineData("rf")]
    [InlineData("gbt")]
    [InlineData("logistic")]
    [InlineData("svm")]
    [InlineData("svr")]
    [InlineData("ridge")]
    public void ShippedFamilies_EvaluateEveryTaskTheyDeclare(string model)
    {
        Assert.True(ModelCatalog.CreateDefault().TryGet(model, out var entry));
        foreach (var (target, supported) in new[] { ("injured", entry.Classifier is not null), ("rpe", entry.Regressor is not null) })
        {
            if (!supported) continue;
            var report = Success(Run(new EvaluateRequest
            {
                CsvPath = "athletes.csv", Target = target, Group = "athlete", Model = model, BootstrapResamples = 20,
            }, AthleteTable.Csv(athletes: 10)));
            Assert.NotEmpty(report.Metrics);
            Assert.All(report.Metrics, m => Assert.True(double.IsFinite(m.Value), $"{model} {target}: {m.Name} = {m.Value}"));
        }
    }

    [Fact]
    public void Catalog_AcceptsNewFamiliesThroughRegister()
    {
        var catalog = ModelCatalog.CreateDefault();
        catalog.Register(new ModelCatalogEntry("knn15", "k-nearest neighbours, k = 15",
            Classifier: _ => new KNearestNeighborsClassifier(new KNearestNeighborsOptions { Neighbors = 15, Standardize = true })));
        Assert.Throws<ArgumentException>(() => catalog.Register(new ModelCatalogEntry("KNN", "duplicate", Classifier: _ => new DummyClassifier())));
        var outcome = new EvaluateWorkflow(catalog).Run(
            new EvaluateRequest { CsvPath = "a.csv", Target = "injured", Group = "athlete", Model = "knn15", BootstrapResamples = 20 },
            new StringReader(AthleteTable.Csv()), TestContext.Current.CancellationToken);
        var report = Success(outcome);
        Assert.Equal(ModelTask.Classification, report.Data.Task);
        Assert.Equal("model 'knn15' is a classifier", report.Data.TaskReason);
    }

    private static EvaluationOutcome Run(EvaluateRequest request, string csv) =>
        Workflow.Run(request, new StringReader(csv), TestContext.Current.CancellationToken);

    private static EvaluationReport Success(EvaluationOutcome outcome)
    {
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        return outcome.Report!;
    }
}
