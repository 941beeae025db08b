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

    /// <summary>Each evaluation registers its final models in the store; a second run on new data adds a record under
    /// the same name, and <c>models list</c> shows the history with metrics and data hashes.</summary>
    [Fact]
    public async Task TrainedModels_AreRegisteredInTheStore_AndListedOverTime()
    {
        using var folder = new TempDirectory();
        var store = folder.File("squad.db");
        Assert.Equal(0, (await CliRun.RunAsync("init", "--store", store)).ExitCode);
        var first = folder.File("first.csv");
        var second = folder.File("second.csv");
        await File.WriteAllTextAsync(first, Runners(120, 1, 1), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(second, Runners(120, 3, 1), TestContext.Current.CancellationToken);

        foreach (var data in new[] { first, second })
        {
            var run = await CliRun.RunAsync("evaluate", "--dataset", "athlinks", "--task", "race", "--data", data, "--quick", "--bootstrap", "20", "--store", store);
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Contains("model(s) registered in", run.Error, StringComparison.Ordinal);
        }

        var listed = await CliRun.RunAsync("models", "list", "--store", store, "--json");
        Assert.Equal(0, listed.ExitCode);
        var models = JsonDocument.Parse(listed.Out).RootElement.EnumerateArray().ToArray();
        Assert.NotEmpty(models);
        var byName = models.GroupBy(m => m.GetProperty("name").GetString()).ToList();
        Assert.All(byName, g => Assert.Equal(2, g.Count()));
        Assert.All(byName, g => Assert.NotEqual(g.First().GetProperty("dataSha256").GetString(), g.Last().GetProperty("dataSha256").GetString()));
        Assert.All(models, m => Assert.NotEmpty(m.GetProperty("metrics").EnumerateObject()));
        Assert.All(models, m => Assert.StartsWith("held-out runners", m.GetProperty("protocol").GetString(), StringComparison.Ordinal));

        var table = await CliRun.RunAsync("models", "list", "--store", store);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains(byName[0].Key!, table.Out, StringComparison.Ordinal);
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
