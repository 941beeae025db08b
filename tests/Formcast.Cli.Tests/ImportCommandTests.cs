using System.Text.Json;
using Formcast.TestSupport;
using Formcast.Workflows.Tests.Import;

namespace Formcast.Cli.Tests;

public sealed class ImportCommandTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Import_PrintsASummaryAndIsANoOpTheSecondTime(bool postgres)
    {
        using var folder = new TempDirectory();
        await using var database = postgres ? await PostgresTestDatabase.CreateAsync() : null;
        var store = database?.ConnectionString ?? folder.File("s.db");
        await CliRun.RunAsync("init", "--store", store);
        await CliRun.RunAsync("athletes", "add", "runner", "--store", store, "--max-hr", "190", "--rest-hr", "50", "--time-zone", "Europe/Oslo");
        var run = folder.File("run.gpx");
        await File.WriteAllTextAsync(run, GpxBuilder.Track(new DateTimeOffset(2026, 3, 1, 7, 0, 0, TimeSpan.Zero), GpxBuilder.SteadyRun(900)));
        await File.WriteAllTextAsync(folder.File("notes.gpx"), "<gpx><trk><trkseg><trkpt lat=\"x\"");

        var first = await CliRun.RunAsync("import", run, folder.File("notes.gpx"), "--athlete", "runner", "--store", store);
        Assert.Equal(1, first.ExitCode);
        Assert.Contains("notes.gpx", first.Out, StringComparison.Ordinal);
        Assert.Contains("failed", first.Out, StringComparison.Ordinal);
        Assert.Matches(@"│ 1\s+│ 0\s+│ 0\s+│ 0\s+│ 1\s+│", first.Out);

        var again = await CliRun.RunAsync("import", run, "--athlete", "runner", "--store", store, "--json");
        Assert.Equal(0, again.ExitCode);
        var summary = JsonDocument.Parse(again.Out).RootElement;
        Assert.Equal(1, summary.GetProperty("duplicates").GetInt32());
        Assert.Equal(0, summary.GetProperty("imported").GetInt32());
        Assert.Equal("duplicate", summary.GetProperty("files")[0].GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Import_ForAnUnknownAthlete_IsOneLine()
    {
        using var folder = new TempDirectory();
        var store = folder.File("s.db");
        await CliRun.RunAsync("init", "--store", store);
        var run = await CliRun.RunAsync("import", folder.Path, "--athlete", "ghost", "--store", store);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"formcast: no athlete 'ghost' in {store}; add it with 'formcast athletes add ghost'", run.Error.TrimEnd());
    }
}
