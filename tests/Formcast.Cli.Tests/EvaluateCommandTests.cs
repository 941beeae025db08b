using System.Globalization;
using System.Text;
using System.Text.Json;
using Formcast.TestSupport;

namespace Formcast.Cli.Tests;

public sealed class EvaluateCommandTests
{
    /// <summary>athlinks-layout bests whose marathon is 2.2 × the half marathon (±3 %), written by the test.</summary>
    private static string Runners(int count, int seed, int firstId)
    {
        var random = new Random(seed);
        var text = new StringBuilder("\"athlete\",\"gender\",\"age\",\"state\",\"distance\",\"time\",\"totalseconds\"\n");
        for (var i = 0; i < count; i++)
        {
            var half = 5400 + (random.NextDouble() * 3600);
            var sex = i % 3 == 0 ? "F" : "M";
            var age = 30 + random.Next(30);
            foreach (var (distance, seconds) in new[] { ("1/2 Mara", half), ("Marathon", half * 2.2 * (1 + ((random.NextDouble() - 0.5) * 0.06))), ("10K", half / 2.2), ("5K", half / 4.6) })
                text.Append(CultureInfo.InvariantCulture, $"{firstId + i},\"{sex}\",\"{age}\",\"MA\",\"{distance}\",\"0:00:00\",{(int)seconds}\n");
        }

        return text.ToString();
    }

    [Fact]
    public async Task Race_PrintsEveryMethodsErrorsAndRatioToRiegelAsJson_AndWritesTheReport()
    {
        using var folder = new TempDirectory();
        var data = folder.File("train.csv");
        var test = folder.File("test.csv");
        await File.WriteAllTextAsync(data, Runners(150, 1, 1), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(test, Runners(40, 2, 5000), TestContext.Current.CancellationToken);
        var output = Path.Combine(folder.Path, "report");

        var run = await CliRun.RunAsync("evaluate", "--dataset", "athlinks", "--task", "race", "--data", data, "--quick", "--bootstrap", "50", "--json", "--out", output);
        Assert.Equal(0, run.ExitCode);
        var json = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(42, json.GetProperty("protocol").GetProperty("seed").GetInt32());
        var numbers = json.GetProperty("numbers").EnumerateArray().Where(n => n.GetProperty("section").GetString() == "race.marathon.two-prior").ToArray();
        foreach (var method in new[] { "Formcast model", "Riegel", "Cameron", "VDOT (Daniels–Gilbert)" })
        {
            foreach (var metric in new[] { "mse_min2", "mae_min", "mse_ratio_to_riegel" })
                Assert.Contains(numbers, n => n.GetProperty("subject").GetString() == method && n.GetProperty("metric").GetString() == metric);
        }

        Assert.All(numbers, n => Assert.StartsWith("held-out runners", n.GetProperty("protocol").GetString(), StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "results.md")));
        Assert.True(File.Exists(Path.Combine(output, "results.json")));
        Assert.True(File.Exists(Path.Combine(output, "chart.umd.js")), "the charting library is copied beside the report");

        var external = await CliRun.RunAsync("evaluate", "--dataset", "athlinks", "--task", "race", "--data", data, "--test", test, "--quick", "--bootstrap", "50");
        Assert.Equal(0, external.ExitCode);
        Assert.Contains("protocol: external validation: trained on all 150 runners", external.Out, StringComparison.Ordinal);
        Assert.Contains("seed 42", external.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_ReportsProblemsInOneLine()
    {
        using var folder = new TempDirectory();
        var unsupported = await CliRun.RunAsync("evaluate", "--dataset", "athlinks", "--task", "injury", "--data", folder.Path);
        Assert.Equal(1, unsupported.ExitCode);
        Assert.Contains("dataset athlinks has no task injury; it supports race", Assert.Single(unsupported.Error.TrimEnd().Split('\n')), StringComparison.Ordinal);

        var missing = await CliRun.RunAsync("evaluate", "--dataset", "pmdata", "--task", "injury", "--data", folder.File("nowhere"));
        Assert.Equal(1, missing.ExitCode);
        Assert.StartsWith("formcast: no file or folder", Assert.Single(missing.Error.TrimEnd().Split('\n')), StringComparison.Ordinal);

        var empty = await CliRun.RunAsync("evaluate", "--dataset", "pmdata", "--task", "injury", "--data", folder.Path);
        Assert.Equal(1, empty.ExitCode);
        Assert.Contains("no participant folders", Assert.Single(empty.Error.TrimEnd().Split('\n')), StringComparison.Ordinal);

        var unknown = await CliRun.RunAsync("evaluate", "--dataset", "lovdal", "--task", "injury");
        Assert.Equal(2, unknown.ExitCode);
    }
}
