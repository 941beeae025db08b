using System.Text.Json;
using Formcast.TestSupport;

namespace Formcast.Cli.Tests;

public sealed class PlanCommandTests
{
    [Fact]
    public async Task Recommend_OnADemoStore_PrintsTodayTheWeekAndTheComparison()
    {
        using var folder = new TempDirectory();
        var store = await DemoAsync(folder);

        var text = await CliRun.RunAsync("plan", "recommend", "distance-01", "--store", store, "--date", "2026-05-01", "--planner", "hrv",
            "--coach", "2026-05-02:rest", "--what-if", "easy:30,-,threshold:40");
        Assert.True(text.ExitCode == 0, text.Error);
        Assert.Contains("distance-01, 2026-05-01 — planner hrv-guided", text.Out, StringComparison.Ordinal);
        Assert.Contains("Today: ", text.Out, StringComparison.Ordinal);
        Assert.Contains("Why: ", text.Out, StringComparison.Ordinal);
        Assert.Contains("Sat 2026-05-02 │ rest", text.Out, StringComparison.Ordinal);
        Assert.Contains("What-if week", text.Out, StringComparison.Ordinal);

        var json = await CliRun.RunAsync("plan", "recommend", "distance-01", "--store", store, "--date", "2026-05-01", "--json");
        Assert.True(json.ExitCode == 0, json.Error);
        var result = JsonDocument.Parse(json.Out).RootElement;
        Assert.Equal("ppo-daily-university-300k.policy", result.GetProperty("policy").GetString());
        var week = result.GetProperty("plan").GetProperty("week");
        Assert.Equal(7, week.GetArrayLength());
        Assert.Equal("2026-05-07", week[6].GetProperty("date").GetString());
        Assert.All(week.EnumerateArray(), s => Assert.Equal("ppo", s.GetProperty("planner").GetString()));
    }

    /// <summary>A coach session saved in the store wins over every planner until it is cleared.</summary>
    [Fact]
    public async Task SavedCoachSessions_WinOverThePlanner_UntilCleared()
    {
        using var folder = new TempDirectory();
        var store = await DemoAsync(folder);
        var saved = await CliRun.RunAsync("plan", "coach", "distance-01", "--date", "2026-05-03", "--session", "strength:35", "--reason", "gym block", "--store", store);
        Assert.True(saved.ExitCode == 0, saved.Error);

        async Task<JsonElement> DayThree(string planner)
        {
            var run = await CliRun.RunAsync("plan", "recommend", "distance-01", "--store", store, "--date", "2026-05-01", "--planner", planner, "--json");
            Assert.True(run.ExitCode == 0, run.Error);
            return JsonDocument.Parse(run.Out).RootElement.GetProperty("plan").GetProperty("week")[2];
        }

        foreach (var planner in new[] { "ppo", "fixed", "hrv" })
        {
            var day = await DayThree(planner);
            Assert.Equal("2026-05-03", day.GetProperty("date").GetString());
            Assert.Equal("strength", day.GetProperty("type").GetString());
            Assert.Equal(35, day.GetProperty("durationMinutes").GetDouble());
            Assert.True(day.GetProperty("coachOverride").GetBoolean());
        }

        var cleared = await CliRun.RunAsync("plan", "coach", "distance-01", "--date", "2026-05-03", "--clear", "--store", store);
        Assert.True(cleared.ExitCode == 0, cleared.Error);
        Assert.Contains("Cleared 2026-05-03", cleared.Out, StringComparison.Ordinal);
        Assert.False((await DayThree("ppo")).GetProperty("coachOverride").GetBoolean());

        var both = await CliRun.RunAsync("plan", "coach", "distance-01", "--date", "2026-05-03", "--store", store);
        Assert.Equal(1, both.ExitCode);
        Assert.Contains("give either --session TYPE[:MINUTES] or --clear", both.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recommend_Errors_AreOneLine()
    {
        using var folder = new TempDirectory();
        var store = await DemoAsync(folder);
        var ghost = await CliRun.RunAsync("plan", "recommend", "ghost", "--store", store, "--date", "2026-05-01");
        Assert.Equal(1, ghost.ExitCode);
        Assert.StartsWith("formcast: no athlete 'ghost' in ", ghost.Error, StringComparison.Ordinal);

        var badDay = await CliRun.RunAsync("plan", "recommend", "distance-01", "--store", store, "--what-if", "easy,nap");
        Assert.Equal(1, badDay.ExitCode);
        Assert.Contains("what-if day 2: 'nap' is not TYPE[:MINUTES]", badDay.Error, StringComparison.Ordinal);

        var badPlanner = await CliRun.RunAsync("plan", "recommend", "distance-01", "--store", store, "--planner", "dqn");
        Assert.Equal(2, badPlanner.ExitCode);

        var badPolicy = await CliRun.RunAsync("plan", "recommend", "distance-01", "--store", store, "--policy", store);
        Assert.Equal(1, badPolicy.ExitCode);
        Assert.StartsWith($"formcast: policy file {store}: ", badPolicy.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_SmokeRun_PrintsEveryPlannerWithIntervals_AndWritesHtml()
    {
        using var folder = new TempDirectory();
        var page = folder.File("comparison.html");
        var run = await CliRun.RunAsync("plan", "evaluate", "--quick", "--seeds", "2", "--athletes", "1", "--steps", "2048", "--no-slots", "--no-transfer",
            "--fine-tune-steps", "0", "--out", page, "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("formcast: [", run.Error, StringComparison.Ordinal);
        var report = JsonDocument.Parse(run.Out).RootElement;
        var planners = report.GetProperty("planners").EnumerateArray().Select(p => p.GetProperty("planner").GetString()!).ToArray();
        Assert.Equal(["fixed-periodisation", "hrv-guided", "linear-program", "genetic-algorithm", "svr", "ppo"], planners);
        foreach (var row in report.GetProperty("planners").EnumerateArray())
        {
            var gain = row.GetProperty("performanceGainPercent");
            Assert.Equal(2, gain.GetProperty("count").GetInt32());
            Assert.True(gain.GetProperty("low").GetDouble() <= gain.GetProperty("mean").GetDouble());
        }

        var html = await File.ReadAllTextAsync(page);
        Assert.Contains("<h2>Held-out athletes (analogue of the study&#39;s Tables 3 and 4)</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<td>svr</td>", html, StringComparison.Ordinal);
    }

    private static async Task<string> DemoAsync(TempDirectory folder)
    {
        var store = folder.File("demo.db");
        var demo = await CliRun.RunAsync("demo", "--no-serve", "--store", store, "--out", folder.File("report"), "--athletes", "8", "--days", "42", "--end-date", "2026-04-30");
        Assert.True(demo.ExitCode == 0, demo.Error);
        return store;
    }
}
