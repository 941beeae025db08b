using System.Text.Json;
using Formcast.Core;
using Formcast.Storage;
using Formcast.TestSupport;

namespace Formcast.Cli.Tests;

/// <summary><c>formcast simulate</c> on the seeded demo squad.</summary>
public sealed class SimulateCommandTests(DemoSquad squad) : IClassFixture<DemoSquad>
{
    private const string Change = "add 2 interval sessions per week for 3 weeks; taper 7 days";

    [Fact]
    public async Task Text_MatchesGolden()
    {
        var run = await CliRun.RunAtAsync(DemoSquad.Clock, "simulate", "sprint-01", "--change", Change, "--store", squad.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        Golden.Match("Formcast.Cli.Tests", "simulate.txt", run.Out);
    }

    [Fact]
    public async Task Json_MatchesGolden_RepeatsTheLastFourWeeks_AndFitsTheTwinOnTheMostFrequentTest()
    {
        var run = await CliRun.RunAtAsync(DemoSquad.Clock, "simulate", "sprint-01", "--change", Change, "--weeks", "5", "--store", squad.Path, "--json");
        Assert.Equal(0, run.ExitCode);
        Golden.Match("Formcast.Cli.Tests", "simulate.json", run.Out);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("2026-05-01", root.GetProperty("planStart").GetString());
        Assert.Equal("2026-06-04", root.GetProperty("planEnd").GetString());

        // Day k of the unchanged plan carries the load of stored day (start − 28 + k mod 28).
        await using var store = await FormcastStore.OpenAsync(squad.Path);
        var owner = AccessContext.Owner("test");
        var athlete = (await store.FindAthleteAsync(owner, "sprint-01"))!;
        var stored = await store.ListAthleteDaysAsync(owner, athlete.Id, DateRange.Between(new DateOnly(2026, 4, 3), new DateOnly(2026, 4, 30)));
        var days = root.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(35, days.Count);
        for (var k = 0; k < days.Count; k++)
            Assert.Equal(stored[k % 28].Load, days[k].GetProperty("plan").GetProperty("load").GetDouble(), tolerance: 1e-4);

        // Six interval sessions of the default 85 load are added in the first three weeks.
        var added = root.GetProperty("changedSessions").EnumerateArray().Count(s => s.GetProperty("reason").GetString()!.StartsWith("add 2", StringComparison.Ordinal));
        Assert.Equal(6, added);
        Assert.True(root.GetProperty("changed").GetProperty("totalLoad").GetDouble() > root.GetProperty("plan").GetProperty("totalLoad").GetDouble());

        var twin = root.GetProperty("twin");
        Assert.True(twin.GetProperty("fitted").GetBoolean());
        Assert.Equal(7, twin.GetProperty("tests").GetInt32());
        Assert.All(days, d => Assert.Equal(JsonValueKind.Number, d.GetProperty("plan").GetProperty("performance").ValueKind));
    }

    [Fact]
    public async Task WithoutEnoughTests_SaysWhyThereIsNoTwin()
    {
        var run = await CliRun.RunAtAsync(DemoSquad.Clock, "simulate", "distance-01", "--change", "move the long run to thursday", "--store", squad.Path, "--json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var twin = json.RootElement.GetProperty("twin");
        Assert.False(twin.GetProperty("fitted").GetBoolean());
        Assert.Equal("2 VO2max tests in the stored history (the most of any kind): the twin's 5 parameters need at least 6 tests of one kind, so performance is not predicted",
            twin.GetProperty("reason").GetString());
        Assert.All(json.RootElement.GetProperty("days").EnumerateArray(), d => Assert.Equal(JsonValueKind.Null, d.GetProperty("plan").GetProperty("performance").ValueKind));
    }

    [Theory]
    [InlineData("add 2 foo sessions", "formcast: --change \"add 2 foo sessions\": expected a session kind (easy, threshold, interval, long run, …) at column 7, found 'foo'")]
    [InlineData("taper 10 days; rest x days", "formcast: --change \"taper 10 days; rest x days\": expected a number of days at column 21, found 'x'")]
    public async Task ParseErrors_NameTheColumn(string change, string expected)
    {
        var run = await CliRun.RunAtAsync(DemoSquad.Clock, "simulate", "sprint-01", "--change", change, "--store", squad.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(expected, run.Error.TrimEnd());
    }

    [Fact]
    public async Task Weeks_OutsideOneToFiftyTwo_AreRefused()
    {
        var run = await CliRun.RunAtAsync(DemoSquad.Clock, "simulate", "sprint-01", "--change", "taper 5 days", "--weeks", "0", "--store", squad.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("formcast: --weeks must be 1–52, not 0", run.Error.TrimEnd());
    }
}
