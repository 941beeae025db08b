using System.Text.Json;
using Formcast.Formats;
using Formcast.Learning;
using Formcast.TestSupport;
using Formcast.Workflows.Predictions;
using Formcast.Workflows.Predictions.Injury;
using Formcast.Workflows.Predictions.Monitoring;
using Formcast.Workflows.Predictions.Performance;
using Formcast.Workflows.Predictions.Profiles;
using Formcast.Workflows.Predictions.Protocols;

namespace Formcast.Workflows.Tests.Predictions;

/// <summary>Whole evaluations on synthetic data with a planted signal, in the quick configuration.</summary>
public sealed class WorkflowTests
{
    private static readonly EvaluationSettings Quick = new() { Quick = true, BootstrapResamples = 100, Folds = 4 };

    [Fact]
    public void Race_OnRunnersSlowerThanRiegelSays_BeatsRiegelWithCalibratedIntervals()
    {
        using var folder = new TempDirectory();
        var csv = folder.File("pb.csv");
        File.WriteAllText(csv, SyntheticData.AthlinksCsv(200, seed: 11));
        var outcome = PredictionWorkflow.Run(new PredictionRequest
        {
            Dataset = PredictionDataset.Athlinks, Task = PredictionTask.Race, DataPath = csv, Quick = true, BootstrapResamples = 100,
            RegistryFolder = Path.Combine(folder.Path, "registry"),
        }, TestContext.Current.CancellationToken);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        var numbers = outcome.Report!.Numbers.Where(n => n.Section == "race.marathon.two-prior").ToArray();

        // Marathons are 2.2 × the half; Riegel's 2.085 is 5 % fast for everyone, which the model learns.
        var ratio = numbers.Single(n => n.Subject == "Formcast model" && n.Metric == "mse_ratio_to_riegel");
        Assert.True(ratio.Upper < 0.5, $"MSE ratio {ratio.Value} [{ratio.Lower}, {ratio.Upper}]");
        foreach (var method in new[] { "Riegel", "Cameron", "VDOT (Daniels–Gilbert)", "Formcast model" })
        {
            Assert.Contains(numbers, n => n.Subject == method && n.Metric == "mse_min2");
            Assert.Contains(numbers, n => n.Subject == method && n.Metric == "mae_min");
        }

        var riegelBias = numbers.Single(n => n.Subject == "Riegel" && n.Metric == "mean_error_min");
        Assert.True(riegelBias.Value < 0, "Riegel should be too fast on these runners");
        var coverage = numbers.Single(n => n.Subject == "Formcast model" && n.Metric == "interval_coverage_80");
        Assert.InRange(coverage.Value, 0.65, 0.95);
        var quantile = numbers.Single(n => n.Subject == "quantile boosting" && n.Metric == "interval_coverage_80");
        Assert.InRange(quantile.Value, 0.6, 0.95);
        var conformalised = numbers.Single(n => n.Subject == "conformalised quantile boosting" && n.Metric == "interval_coverage_80");
        Assert.InRange(conformalised.Value, 0.7, 0.95);
        Assert.All(outcome.Report.Sections, s => Assert.False(string.IsNullOrWhiteSpace(s.Protocol)));

        // One registered model per race task, each with its held-out ratio to Riegel.
        var registered = new ModelRegistry(Path.Combine(folder.Path, "registry"), TimeProvider.System).List();
        Assert.Contains(registered, r => r.Name == "race-marathon.two-prior" && r.Metrics.Any(m => m.Name == "mse_ratio_to_riegel" && m.Value == ratio.Value));
    }

    [Fact]
    public void Race_WithATestFile_ScoresTheTestRunners()
    {
        using var folder = new TempDirectory();
        var train = folder.File("train.csv");
        var test = folder.File("test.csv");
        File.WriteAllText(train, SyntheticData.AthlinksCsv(150, seed: 12));
        File.WriteAllText(test, SyntheticData.AthlinksCsv(40, seed: 13, firstId: 1000));
        var outcome = PredictionWorkflow.Run(new PredictionRequest
        {
            Dataset = PredictionDataset.Athlinks, Task = PredictionTask.Race, DataPath = train, TestPath = test, Quick = true, BootstrapResamples = 50,
        }, TestContext.Current.CancellationToken);
        Assert.True(outcome.Succeeded);
        var section = outcome.Report!.Sections.Single(s => s.Id == "race.marathon.one-prior.external");
        Assert.StartsWith("external validation: trained on all 150 runners", section.Protocol, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RefusesAnUnsupportedTaskAndAMissingDataset()
    {
        var wrong = PredictionWorkflow.Run(new PredictionRequest { Dataset = PredictionDataset.Athlinks, Task = PredictionTask.Injury, DataPath = "x" });
        Assert.False(wrong.Succeeded);
        Assert.Equal("evaluate.task", Assert.Single(wrong.Diagnostics).Code);
        Assert.Contains("race", wrong.Diagnostics[0].Message, StringComparison.Ordinal);

        var missing = PredictionWorkflow.Run(new PredictionRequest { Dataset = PredictionDataset.ExsciData, Task = PredictionTask.Performance, SearchDirectories = [Path.GetTempPath()] });
        Assert.Equal("evaluate.data", Assert.Single(missing.Diagnostics).Code);
        Assert.Equal(DiagnosticSeverity.Error, missing.Diagnostics[0].Severity);
    }

    [Fact]
    public void Injury_OnACohortWithAPlantedLoadSignal_ReportsEverySectionAndRegistersTheModel()
    {
        using var folder = new TempDirectory();
        var cohort = SyntheticData.Cohort(athletes: 8, days: 168, seed: 21);
        var numbers = new List<ReportedNumber>();
        var sections = new InjuryEvaluation(Quick, numbers).Run(cohort, null, new ModelRegistry(folder.Path, TimeProvider.System), TestContext.Current.CancellationToken);
        Assert.Equal(["injury.data", "injury.held-out-athletes", "injury.later-time", "injury.subgroups", "injury.alerts", "injury.stacking", "injury.monitoring"],
            sections.Select(s => s.Id));

        // Injuries follow two heavy weeks: the model ranks them well above chance on held-out athletes.
        var auc = numbers.Single(n => n.Section == "injury.held-out-athletes" && n.Subject == "Formcast model" && n.Metric == "roc_auc");
        Assert.True(auc.Value > 0.7, $"held-out ROC AUC {auc.Value}");
        var none = numbers.Single(n => n.Section == "injury.held-out-athletes" && n.Subject == "no information" && n.Metric == "roc_auc");
        Assert.Equal(0.5, none.Value, 12);
        Assert.Contains(numbers, n => n.Metric == "precision_at_3_per_week");

        var alerts = sections.Single(s => s.Id == "injury.alerts").Tables[0];
        Assert.NotEmpty(alerts.Rows);
        Assert.Equal("reasons", alerts.Columns[6]);
        Assert.All(alerts.Rows, r => Assert.Contains(r[5], new[] { "TreeSHAP", "Kernel SHAP" }));
        Assert.All(alerts.Rows, r => Assert.Contains("pts)", r[6], StringComparison.Ordinal));
        var registration = Assert.Single(new ModelRegistry(folder.Path, TimeProvider.System).List());
        Assert.Equal("synthetic-injury-risk", registration.Name);
        Assert.Contains("held-out athletes", registration.Protocol, StringComparison.Ordinal);
    }

    [Fact]
    public void Readiness_AddsTheIndividualLayerByWeeksOfHistory_AndRegistersTheModel()
    {
        using var folder = new TempDirectory();
        var cohort = SyntheticData.Cohort(athletes: 6, days: 120, seed: 31);
        var numbers = new List<ReportedNumber>();
        var registry = new ModelRegistry(folder.Path, TimeProvider.System);
        var sections = new ReadinessEvaluation(Quick, numbers) { Registry = registry }.Run(cohort, null, TestContext.Current.CancellationToken);
        Assert.Contains(sections, s => s.Id == "readiness.individual");
        Assert.Contains(numbers, n => n.Subject == "weeks 1-4" && n.Metric == "mae_gain");
        Assert.Contains(numbers, n => n.Subject == "weeks 13+" && n.Metric == "mae_gain");

        // Readiness is 4 in heavy weeks and 7 otherwise: load explains it, so the model beats the population mean.
        var model = numbers.Single(n => n.Section == "readiness.held-out-athletes" && n.Subject == "Formcast model" && n.Metric == "mae");
        var mean = numbers.Single(n => n.Section == "readiness.held-out-athletes" && n.Subject == "population mean" && n.Metric == "mae");
        Assert.True(model.Value < mean.Value, $"model MAE {model.Value}, population mean {mean.Value}");

        // Accuracy over later time comes with the feature-drift table of the same rows.
        Assert.Contains(sections.Single(s => s.Id == "readiness.later-time").Tables, t => t.Caption.StartsWith("Feature drift", StringComparison.Ordinal));

        // The registered entry carries the held-out metrics exactly as reported, and its model file loads and predicts.
        var entry = Assert.Single(registry.List());
        Assert.Equal("synthetic-readiness", entry.Name);
        Assert.StartsWith("held-out athletes", entry.Protocol, StringComparison.Ordinal);
        Assert.Equal(model.Value, entry.Metrics.Single(m => m.Name == "mae").Value, 12);
        Assert.IsAssignableFrom<IRegressor>(registry.Load(entry));
    }

    [Fact]
    public void Profiles_DescribeStabilityAndReassignment()
    {
        var cohort = SyntheticData.Cohort(athletes: 8, days: 140, seed: 41);
        var numbers = new List<ReportedNumber>();
        var section = Assert.Single(new ProfileEvaluation(Quick, numbers).Run(cohort, TestContext.Current.CancellationToken));
        Assert.Contains(numbers, n => n.Subject == "k-means k=3" && n.Metric == "bootstrap_ari" && n.Value is >= -1 and <= 1);
        Assert.Contains(numbers, n => n.Subject == "ward k=2" && n.Metric == "bootstrap_ari");
        Assert.Contains(section.Tables, t => t.Caption.StartsWith("Reassignment over the season", StringComparison.Ordinal));
        Assert.Equal(8, section.Tables.Single(t => t.Caption.StartsWith("Reassignment", StringComparison.Ordinal)).Rows.Count);
    }

    [Fact]
    public void Renderers_WriteProtocolsNextToNumbers()
    {
        var numbers = new List<ReportedNumber>();
        var section = new Workflows.Predictions.Reporting.SectionBuilder("s", "Section", "held-out athletes: test", numbers)
            .Table("Metrics", ["score", "value"], [["model", "0.7 [0.6, 0.8]"]])
            .Chart(new ReportChart("ROC", ChartKind.Line, "fpr", "tpr", [new ChartSeries("model", [0, 0.5, 1], [0, 0.8, 1])]))
            .Chart(new ReportChart("AUC by sex", ChartKind.Interval, "sex", "AUC", [new ChartSeries("model", [0, 1], [0.6, 0.7]) { Categories = ["f", "m"], Lower = [0.4, 0.5], Upper = [0.8, double.NaN] }]))
            .Finding("It does NOT beat the baselines.")
            .Number("model", "roc_auc", 0.7, 0.6, double.NaN)
            .Build();
        var report = new PredictionReport
        {
            Title = "t", Dataset = PredictionDataset.PmData, Task = PredictionTask.Injury, DataSummary = "d",
            Protocol = new ReportProtocol(42, 5, 100, 0.95, "BCa", "quick"), Sections = [section], Numbers = numbers,
        };
        var json = JsonDocument.Parse(PredictionReportRenderer.ToJson(report)).RootElement;
        var number = json.GetProperty("numbers")[0];
        Assert.Equal("held-out athletes: test", number.GetProperty("protocol").GetString());
        Assert.Equal(JsonValueKind.Null, number.GetProperty("upper").ValueKind);
        Assert.Equal(42, json.GetProperty("protocol").GetProperty("seed").GetInt32());

        var markdown = PredictionReportRenderer.ToMarkdown(report);
        Assert.Contains("**Metrics**  \n*Protocol: held-out athletes: test*\n\n| score | value |", markdown, StringComparison.Ordinal);

        using var folder = new TempDirectory();
        var assets = Directory.CreateDirectory(Path.Combine(folder.Path, "assets")).FullName;
        File.WriteAllText(Path.Combine(assets, PredictionReportHtml.ChartScript), "/* chart */");
        var (page, charts) = PredictionReportHtml.Write(report, Path.Combine(folder.Path, "out"), assets);
        Assert.True(charts);
        Assert.True(File.Exists(Path.Combine(folder.Path, "out", PredictionReportHtml.ChartScript)));
        var html = File.ReadAllText(page);
        Assert.Equal(2, html.Split("<canvas", StringSplitOptions.None).Length - 1);
        Assert.Contains("<script src=\"chart.umd.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("Protocol: held-out athletes: test", html, StringComparison.Ordinal);
        Assert.Contains("\"data\":[[0.4,0.8],[0.5,null]]", html, StringComparison.Ordinal);
    }
}
