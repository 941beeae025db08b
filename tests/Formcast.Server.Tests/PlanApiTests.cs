using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Formcast.Server.Tests;

public sealed class PlanApiTests(DemoStore demo) : IClassFixture<DemoStore>
{
    private static WebApplicationFactory<Program> Factory(string store) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("store", store));

    [Fact]
    public async Task Plan_GivesTodayAndTheWeek_WithTargetsReasonsAndCoachOverrides()
    {
        await using var factory = Factory(demo.Path);
        using var client = factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var athletes = await client.GetFromJsonAsync<JsonElement>("/api/athletes", ct);
        var runner = athletes.EnumerateArray().First(a => a.GetProperty("sport").GetString() == "distance running").GetProperty("handle").GetString();

        var plan = await client.GetFromJsonAsync<JsonElement>($"/api/athletes/{runner}/plan?date=2026-05-01&coach=2026-05-03:rest&coach=2026-05-04:intervals:40", ct);
        Assert.Equal(runner, plan.GetProperty("athlete").GetString());
        Assert.Equal("2026-05-01", plan.GetProperty("date").GetString());
        var ppo = plan.GetProperty("plan");
        Assert.Equal("ppo", ppo.GetProperty("planner").GetString());
        var week = ppo.GetProperty("week").EnumerateArray().ToArray();
        Assert.Equal(7, week.Length);
        Assert.Equal("2026-05-01", ppo.GetProperty("today").GetProperty("date").GetString());
        Assert.All(week, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("reason").GetString())));
        Assert.Equal(("rest", true), (week[2].GetProperty("type").GetString(), week[2].GetProperty("coachOverride").GetBoolean()));
        Assert.Equal(("intervals", 40.0), (week[3].GetProperty("type").GetString(), week[3].GetProperty("durationMinutes").GetDouble()));
        Assert.Contains(week, s => s.GetProperty("type").GetString() != "rest" && s.GetProperty("heartRateBpm").GetProperty("high").GetDouble() > s.GetProperty("heartRateBpm").GetProperty("low").GetDouble());
        Assert.Equal(7, ppo.GetProperty("forecast").GetArrayLength());

        var fixedPlan = await client.GetFromJsonAsync<JsonElement>($"/api/athletes/{runner}/plan?date=2026-05-01&planner=fixed&whatIf=rest,easy:30", ct);
        Assert.Equal("fixed-periodisation", fixedPlan.GetProperty("plan").GetProperty("planner").GetString());
        Assert.Equal("rest", fixedPlan.GetProperty("whatIf").GetProperty("week")[0].GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("ghost", "", HttpStatusCode.NotFound, "no athlete 'ghost'")]
    [InlineData(null, "&planner=dqn", HttpStatusCode.BadRequest, "unknown planner 'dqn' (one of ppo, fixed, ga, lp, svr, hrv)")]
    [InlineData(null, "&date=01.05.2026", HttpStatusCode.BadRequest, "date '01.05.2026' is not a yyyy-MM-dd date")]
    [InlineData(null, "&coach=someday:rest", HttpStatusCode.BadRequest, "coach session 'someday:rest' is not yyyy-MM-dd:TYPE[:MINUTES]")]
    public async Task BadPlanRequests_AreProblemDetails(string? athlete, string query, HttpStatusCode status, string detail)
    {
        await using var factory = Factory(demo.Path);
        using var client = factory.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var handle = athlete ?? (await client.GetFromJsonAsync<JsonElement>("/api/athletes", ct))[0].GetProperty("handle").GetString();
        var response = await client.GetAsync(new Uri($"/api/athletes/{handle}/plan?x=1{query}", UriKind.Relative), ct);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(detail, (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("detail").GetString());
    }
}
