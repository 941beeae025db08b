using System.Text.Json;
using Formcast.TestSupport;

namespace Formcast.Cli.Tests;

public sealed class CliCommandTests
{
    [Fact]
    public async Task Init_AddListShow_WorkOnASqliteFile()
    {
        using var folder = new TempDirectory();
        var store = folder.File("club.db");

        var init = await CliRun.RunAsync("init", "--store", store);
        Assert.Equal(0, init.ExitCode);
        Assert.Contains($"Store ready at {store} (SQLite, schema version 2)", init.Out, StringComparison.Ordinal);

        var add = await CliRun.RunAsync("athletes", "add", "kari-n", "--store", store, "--sex", "female", "--sport", "distance-running",
            "--birth-year", "1999", "--level", "national", "--time-zone", "Europe/Oslo", "--max-hr", "194", "--rest-hr", "44",
            "--threshold-pace", "3:32", "--name", "Kari Nordmann");
        Assert.Equal(0, add.ExitCode);
        Assert.StartsWith("Added kari-n (", add.Out, StringComparison.Ordinal);

        var list = await CliRun.RunAsync("athletes", "list", "--store", store, "--json");
        Assert.Equal(0, list.ExitCode);
        using var json = JsonDocument.Parse(list.Out);
        var athlete = Assert.Single(json.RootElement.EnumerateArray().ToArray());
        Assert.Equal("kari-n", athlete.GetProperty("handle").GetString());
        Assert.Equal("distance-running", athlete.GetProperty("sport").GetString());
        Assert.Equal(212, athlete.GetProperty("thresholds")[0].GetProperty("thresholdPaceSecondsPerKm").GetDouble());

        var show = await CliRun.RunAsync("athletes", "show", "kari-n", "--store", store);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("Kari Nordmann", show.Out, StringComparison.Ordinal);
        Assert.Contains("3:32", show.Out, StringComparison.Ordinal);
        Assert.Contains("Europe/Oslo", show.Out, StringComparison.Ordinal);

        var table = await CliRun.RunAsync("athletes", "list", "--store", store);
        Assert.Contains("kari-n", table.Out, StringComparison.Ordinal);
        Assert.Contains("1 athletes", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_AddList_WorkOnPostgreSql()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        Assert.Equal(0, (await CliRun.RunAsync("init", "--store", database.ConnectionString)).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync("athletes", "add", "ola", "--store", database.ConnectionString, "--sport", "cycling")).ExitCode);
        var list = await CliRun.RunAsync("athletes", "list", "--store", database.ConnectionString, "--json");
        Assert.Equal("ola", JsonDocument.Parse(list.Out).RootElement[0].GetProperty("handle").GetString());
    }

    [Theory]
    [InlineData(new[] { "athletes", "list", "--colour" }, "Unrecognized command or argument '--colour'")]
    [InlineData(new[] { "athletes", "show" }, "Required argument missing for command: 'show'.")]
    [InlineData(new[] { "athletes", "add", "x", "--sex", "robot" }, "Argument 'robot' not recognized.")]
    [InlineData(new[] { "fly" }, "Unrecognized command or argument 'fly'")]
    public async Task BadArguments_GiveOneLineAndExitCode2(string[] args, string expected)
    {
        var run = await CliRun.RunAsync(args);
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.StartsWith("formcast: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.Contains("--help", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAthlete_IsOneLineAndExitCode1()
    {
        using var folder = new TempDirectory();
        var store = folder.File("s.db");
        await CliRun.RunAsync("init", "--store", store);
        var run = await CliRun.RunAsync("athletes", "show", "ghost", "--store", store);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"formcast: no athlete 'ghost' in {store}; 'formcast athletes list' shows who is there", run.Error.TrimEnd());
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task UnreadableStores_AreOneLineErrors()
    {
        using var folder = new TempDirectory();
        var missing = await CliRun.RunAsync("athletes", "list", "--store", folder.File("absent.db"));
        Assert.Equal(1, missing.ExitCode);
        Assert.Equal($"formcast: no store at {folder.File("absent.db")}; create one with 'formcast init --store {folder.File("absent.db")}'", missing.Error.TrimEnd());

        var text = folder.File("notes.txt");
        await File.WriteAllTextAsync(text, "not a database");
        var notStore = await CliRun.RunAsync("athletes", "list", "--store", text);
        Assert.Equal(1, notStore.ExitCode);
        Assert.Equal($"formcast: {text} is not a Formcast store (not an SQLite database)", notStore.Error.TrimEnd());

        var folderAsStore = await CliRun.RunAsync("init", "--store", folder.Path);
        Assert.Equal(1, folderAsStore.ExitCode);
        Assert.StartsWith($"formcast: {folder.Path} is a folder", folderAsStore.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Host=;Database=x")]
    [InlineData("Hots=localhost;Database=x")]
    [InlineData("postgresql://")]
    public async Task MalformedConnectionStrings_AreOneLineErrors(string spec)
    {
        var run = await CliRun.RunAsync("athletes", "list", "--store", spec);
        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.StartsWith("formcast: malformed PostgreSQL connection string", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidAthleteValues_AreNamed()
    {
        using var folder = new TempDirectory();
        var store = folder.File("s.db");
        await CliRun.RunAsync("init", "--store", store);
        var badHandle = await CliRun.RunAsync("athletes", "add", "Big Name", "--store", store);
        Assert.Equal(1, badHandle.ExitCode);
        Assert.Equal("formcast: handle 'Big Name' must be 1–64 characters of a–z, 0–9, '-' or '_'", badHandle.Error.TrimEnd());
        var badHr = await CliRun.RunAsync("athletes", "add", "x", "--store", store, "--max-hr", "300", "--rest-hr", "50");
        Assert.Contains("maximal heart rate 300 bpm is outside 100–240", badHr.Error, StringComparison.Ordinal);
        var halfHr = await CliRun.RunAsync("athletes", "add", "x", "--store", store, "--max-hr", "190");
        Assert.Equal("formcast: give both --max-hr and --rest-hr (heart-rate reserve needs both)", halfHr.Error.TrimEnd());
        await CliRun.RunAsync("athletes", "add", "x", "--store", store);
        var duplicate = await CliRun.RunAsync("athletes", "add", "x", "--store", store);
        Assert.Equal("formcast: an athlete with handle 'x' already exists", duplicate.Error.TrimEnd());
    }
}
