using Formcast.Core;
using Formcast.TestSupport;
using Formcast.Workflows.Predictions;
using Formcast.Workflows.Predictions.Data;

namespace Formcast.Workflows.Tests.Predictions;

/// <summary>
/// The loaders and two quick evaluations on the real datasets, read in place from the shared corpus (skipped when it
/// is absent). Expected counts come from each dataset's PROVENANCE.md.
/// </summary>
public sealed class CorpusTests
{
    private static string Dataset(PredictionDataset dataset) => Corpus.Path(Path.Combine("datasets", DatasetLocator.RelativePath(dataset)));

    [Fact]
    public void PmData_HasSixteenPeopleThreeOfThemWomen()
    {
        var result = PmDataLoader.Load(Dataset(PredictionDataset.PmData));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var athletes = result.Value!.Athletes;
        Assert.Equal(16, athletes.Count);
        Assert.Equal(["p04", "p10", "p11"], athletes.Where(a => a.Sex == Sex.Female).Select(a => a.Name));
        Assert.Equal(48, athletes[0].AgeYears);
        // p08 has no injury.csv; the other 15 reported 225 times (some on the same day).
        Assert.Equal(15, athletes.Count(a => a.InjuryReportDays!.Count > 0));
        Assert.InRange(athletes.Sum(a => a.InjuryReportDays!.Count), 150, 225);
        Assert.All(athletes, a => Assert.InRange(a.FirstDay, new DateOnly(2019, 11, 1), new DateOnly(2019, 11, 30)));
    }

    [Fact]
    public void Jovanovic_HasTheSixHamstringInjuriesOfTheProvenance()
    {
        var result = JovanovicLoader.Load(Dataset(PredictionDataset.Jovanovic));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var athletes = result.Value!.Athletes;
        Assert.Equal(["Athlete 01", "Athlete 02", "Athlete 03", "Athlete 04", "Athlete 05", "Athlete 06"], athletes.Select(a => a.Name));
        var anchor = new DateOnly(2001, 1, 1);
        DateOnly Day(int season, int day) => anchor.AddDays(((season - 1) * 364) + day - 1);
        Assert.Equal([Day(1, 57), Day(1, 224)], athletes[1].InjuryOnsets);
        Assert.Equal([Day(2, 66), Day(2, 118)], athletes[2].InjuryOnsets);
        Assert.Equal([Day(1, 140), Day(1, 233)], athletes[3].InjuryOnsets);
        Assert.Equal([307, 279], athletes.Skip(4).Select(a => a.Days.Count));
        Assert.Equal(2400, athletes.Max(a => a.Days.Max(d => d.Metrics.TryGetValue("srpe_load", out var v) ? v : 0)));
    }

    [Fact]
    public void Athlinks_KeepsTheRunnersWithAKnownSexAndPlausibleBests()
    {
        var result = AthlinksLoader.Load(Dataset(PredictionDataset.Athlinks));
        Assert.True(result.Succeeded);
        var runners = result.Value!;
        var excluded = result.Diagnostics.Where(d => d.Code is "athlinks.sex" or "athlinks.implausible").Select(d => int.Parse(d.Message.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)).Sum();
        Assert.Equal(934, runners.Count + excluded);
        Assert.All(runners, r => Assert.NotEqual(Sex.Unspecified, r.Sex));
        Assert.All(runners.Where(r => r.Has(AthlinksLoader.MarathonMeters) && r.Has(AthlinksLoader.HalfMarathonMeters)),
            r => Assert.True(r.Best(AthlinksLoader.MarathonMeters) >= 2 * r.Best(AthlinksLoader.HalfMarathonMeters)));
    }

    [Fact]
    public void ExsciData_PairsTheThreeStudies()
    {
        var result = ExsciDataLoader.Load(Dataset(PredictionDataset.ExsciData));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal([("cyclingstudy", 20), ("heatxc", 25), ("hbmass", 23)], result.Value!.Select(s => (s.Name, s.Participants.Count)));
    }

    [Fact]
    public void Race_OnAthlinks_BeatsRiegelOnHeldOutRunners()
    {
        var outcome = PredictionWorkflow.Run(new PredictionRequest
        {
            Dataset = PredictionDataset.Athlinks, Task = PredictionTask.Race, DataPath = Dataset(PredictionDataset.Athlinks), Quick = true, BootstrapResamples = 200,
        }, TestContext.Current.CancellationToken);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        var numbers = outcome.Report!.Numbers;
        foreach (var section in new[] { "race.marathon.one-prior", "race.marathon.two-prior" })
        {
            var ratio = numbers.Single(n => n.Section == section && n.Subject == "Formcast model" && n.Metric == "mse_ratio_to_riegel");
            TestContext.Current.TestOutputHelper?.WriteLine($"{section}: MSE ratio {ratio.Value:F3} [{ratio.Lower:F3}, {ratio.Upper:F3}]");
            Assert.True(ratio.Upper < 1, $"{section}: MSE ratio {ratio.Value} [{ratio.Lower}, {ratio.Upper}]");

            // Riegel runs fast in the marathon (Vickers & Vertosick 2016).
            Assert.True(numbers.Single(n => n.Section == section && n.Subject == "Riegel" && n.Metric == "mean_error_min").Upper < 0);
        }
    }

    [Fact]
    public void Injury_OnPmData_RunsEveryProtocolAndStatesItsVerdict()
    {
        var outcome = PredictionWorkflow.Run(new PredictionRequest
        {
            Dataset = PredictionDataset.PmData, Task = PredictionTask.Injury, DataPath = Dataset(PredictionDataset.PmData), Quick = true, BootstrapResamples = 100,
        }, TestContext.Current.CancellationToken);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        var report = outcome.Report!;
        TestContext.Current.TestOutputHelper?.WriteLine(PredictionReportRenderer.ToText(report));
        var heldOut = report.Sections.Single(s => s.Id == "injury.held-out-athletes");
        Assert.Contains(heldOut.Findings, f => f.Contains("beat", StringComparison.Ordinal));
        Assert.Equal(0.5, report.Numbers.Single(n => n.Section == heldOut.Id && n.Subject == "no information" && n.Metric == "roc_auc").Value, 12);
        Assert.Contains(report.Sections, s => s.Id == "injury.later-time");
        Assert.Contains(report.Sections, s => s.Id == "injury.stacking");
    }
}
