using Formcast.TestSupport;
using Formcast.Workflows.Learning;

namespace Formcast.Workflows.Tests.Learning;

/// <summary>
/// The evaluate workflow on a real athlete-day table from the corpus: Jovanovic (2018), "Prepared Data sample.csv"
/// (6 athletes, 2,986 athlete-days, 155 columns, "Injured"/"Non.Injured" targets; counts from the corpus's
/// PROVENANCE.md). Read in place; skipped when the corpus is absent.
/// </summary>
public sealed class EvaluateCorpusTests
{
    [Fact]
    public void HamstringSample_EvaluatesByAthleteWithTextLabels()
    {
        var path = Corpus.Path(Path.Combine("datasets", "jovanovic-hamstring", "data", "Prepared Data sample.csv"));
        var outcome = new EvaluateWorkflow(ModelCatalog.CreateDefault()).Run(new EvaluateRequest
        {
            CsvPath = path, Target = "Injury07", Group = "Player.Name", PositiveLabel = "Injured", Model = "knn", Folds = 3, BootstrapResamples = 200,
        }, TestContext.Current.CancellationToken);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        var report = outcome.Report!;
        TestContext.Current.TestOutputHelper?.WriteLine(EvaluationReportRenderer.ToText(report));
        Assert.Equal(2986, report.Data.Rows);
        Assert.Equal(2986, report.Data.TestedRows);
        Assert.Equal(6, report.Data.Groups);
        Assert.Equal(["Non.Injured", "Injured"], report.Data.Classes);
        var skipped = report.Data.Skipped.Select(s => s.Name).ToArray();
        Assert.Contains("Data.Split", skipped);
        Assert.Contains("Injury.Location", skipped);
        Assert.Contains("Injury01", skipped);
        Assert.Equal(155 - 2 - skipped.Length, report.Data.Features.Count);
        var auc = report.Metrics.Single(m => m.Name == "roc_auc");
        Assert.InRange(auc.Value, 0, 1);
        Assert.True(auc.Lower <= auc.Value && auc.Value <= auc.Upper);
        Assert.Equal("Player.Name", report.Protocol.BootstrapClusters);
    }
}
