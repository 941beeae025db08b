using System.Globalization;
using System.Text;
using System.Text.Json;
using Formcast.TestSupport;

namespace Formcast.Cli.Tests;

public sealed class LearnCommandTests
{
    [Fact]
    public async Task Evaluate_RunsGroupedCrossValidationAndPrintsIntervals()
    {
        using var folder = new TempDirectory();
        var csv = folder.File("table.csv");
        var text = new StringBuilder("athlete,load,sleep,label\n");
        var random = new Random(5);
        for (var i = 0; i < 240; i++)
        {
            var load = random.NextDouble() * 10;
            var sleep = 6 + (random.NextDouble() * 3);
            var label = load + random.NextDouble() * 3 > 8 ? "flag" : "ok";
            text.Append(CultureInfo.InvariantCulture, $"a{i % 12},{load:F3},{sleep:F2},{label}\n");
        }

        await File.WriteAllTextAsync(csv, text.ToString());
        var run = await CliRun.RunAsync("learn", "evaluate", "--csv", csv, "--target", "label", "--group", "athlete", "--model", "knn",
            "--positive", "flag", "--bootstrap", "200", "--json");
        Assert.Equal(0, run.ExitCode);
        var report = JsonDocument.Parse(run.Out).RootElement;
        Assert.Contains("group", report.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("roc_auc", report.GetRawText(), StringComparison.Ordinal);

        var table = await CliRun.RunAsync("learn", "evaluate", "--csv", csv, "--target", "label", "--group", "athlete", "--model", "knn", "--bootstrap", "100");
        Assert.Contains("protocol  group 5-fold", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_ReportsAMissingTargetInOneLine()
    {
        using var folder = new TempDirectory();
        var csv = folder.File("t.csv");
        await File.WriteAllTextAsync(csv, "a,b\n1,2\n3,4\n");
        var run = await CliRun.RunAsync("learn", "evaluate", "--csv", csv, "--target", "c", "--model", "knn");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no target column 'c'", Assert.Single(run.Error.TrimEnd().Split('\n')), StringComparison.Ordinal);

        var unknownModel = await CliRun.RunAsync("learn", "evaluate", "--csv", csv, "--target", "a", "--model", "crystal-ball");
        Assert.Equal(2, unknownModel.ExitCode);
    }
}
