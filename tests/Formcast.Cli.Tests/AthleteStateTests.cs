using System.Text.Json;
using Formcast.Core;
using Formcast.Storage;
using Formcast.TestSupport;

namespace Formcast.Cli.Tests;

/// <summary><c>formcast athlete state</c> on the seeded demo squad. Golden files hold the human-facing output; the
/// numbers behind them are checked against the stored athlete-days.</summary>
public sealed class AthleteStateTests(DemoSquad squad) : IClassFixture<DemoSquad>
{
    private const string Runner = "distance-01";

    [Fact]
    public async Task Text_MatchesGolden()
    {
        var run = await CliRun.RunAtAsync(DemoSquad.Clock, "athlete", "state", Runner, "--date", "2026-04-30", "--store", squad.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        Golden.Match("Formcast.Cli.Tests", "athlete-state.txt", run.Out);
    }

    [Fact]
    public async Task Json_MatchesGolden_AndCarriesTheStoredNumbers()
    {
        var run = await CliRun.RunAtAsync(DemoSquad.Clock, "athlete", "state", Runner, "--date", "2026-04-20", "--store", squad.Path, "--json");
        Assert.Equal(0, run.ExitCode);
        Golden.Match("Formcast.Cli.Tests", "athlete-state.json", run.Out);

        using var json = JsonDocument.Parse(run.Out);
        var day = json.RootElement.GetProperty("day");
        await using var store = await FormcastStore.OpenAsync(squad.Path);
        var owner = AccessContext.Owner("test");
        var athlete = (await store.FindAthleteAsync(owner, Runner))!;
        var stored = (await store.ListAthleteDaysAsync(owner, athlete.Id, DateRange.Between(new DateOnly(2026, 4, 20), new DateOnly(2026, 4, 20))))[0];
        Assert.Equal(stored.Fitness!.Value, day.GetProperty("fitness").GetDouble(), tolerance: 1e-4);
        Assert.Equal(stored.Form!.Value, day.GetProperty("form").GetDouble(), tolerance: 1e-4);
        Assert.Equal(stored.AcwrEwma!.Value, day.GetProperty("acwrEwma").GetDouble(), tolerance: 1e-4);
        Assert.Equal(stored.Readiness!.Value, day.GetProperty("readiness").GetDouble(), tolerance: 1e-4);
        Assert.Equal(stored.ReadinessContributors.Count, day.GetProperty("contributors").GetArrayLength());
        Assert.Equal(stored.Provenance, json.RootElement.GetProperty("provenance").GetString());

        // The runner raced a 5000 m and a 10 km: every distance gets a prediction from each method, inside the range.
        var races = json.RootElement.GetProperty("racePredictions");
        Assert.Equal(4, races.GetArrayLength());
        foreach (var race in races.EnumerateArray())
        {
            var (low, high) = (race.GetProperty("lowSeconds").GetDouble(), race.GetProperty("highSeconds").GetDouble());
            Assert.All(race.GetProperty("methods").EnumerateArray(), m => Assert.InRange(m.GetProperty("seconds").GetDouble(), low, high));
        }

        var estimates = json.RootElement.GetProperty("estimates");
        Assert.InRange(estimates.GetProperty("effectiveVo2Max").GetProperty("value").GetDouble(), 35, 85);
        Assert.Equal("m/s", estimates.GetProperty("criticalSpeed").GetProperty("unit").GetString());
    }

    [Fact]
    public async Task DefaultDate_IsTodayInTheAthletesTimeZone()
    {
        var dated = await CliRun.RunAtAsync(DemoSquad.Clock, "athlete", "state", Runner, "--date", "2026-04-30", "--store", squad.Path, "--json");
        var today = await CliRun.RunAtAsync(DemoSquad.Clock, "athlete", "state", Runner, "--store", squad.Path, "--json");
        Assert.Equal(0, today.ExitCode);
        Assert.Equal(dated.Out, today.Out);
    }

    [Theory]
    [InlineData("2025-01-01", "formcast: no athlete-day for 2025-01-01: 'distance-01' has days from 2025-11-01 to 2026-04-30")]
    [InlineData("30.04.2026", "formcast: --date '30.04.2026' is not a yyyy-MM-dd date")]
    public async Task DaysOutsideTheHistory_AndBadDates_AreOneLineErrors(string date, string expected)
    {
        var run = await CliRun.RunAtAsync(DemoSquad.Clock, "athlete", "state", Runner, "--date", date, "--store", squad.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(expected, run.Error.TrimEnd());
    }

    [Fact]
    public async Task StoredDaysBehindToday_AreBroughtUpToDateFirst()
    {
        using var folder = new TempDirectory();
        var copy = folder.File("copy.db");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Copy(squad.Path, copy);
        var later = Workflows.FixedClock.At(DemoSquad.Today.AddDays(3));
        var run = await CliRun.RunAtAsync(later, "athlete", "state", Runner, "--store", copy, "--json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("2026-05-03", json.RootElement.GetProperty("date").GetString());
        Assert.Equal("not recorded", json.RootElement.GetProperty("day").GetProperty("status").GetString());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
