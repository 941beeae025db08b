using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Formcast.Storage;
using Formcast.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Formcast.Server.Tests;

public sealed class ApiTests(DemoStore demo) : IClassFixture<DemoStore>
{
    private static WebApplicationFactory<Program> Factory(string store) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("store", store));

    [Fact]
    public async Task Health_NamesTheStore()
    {
        await using var factory = Factory(demo.Path);
        using var client = factory.CreateClient();
        var health = await client.GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal("Sqlite", health.GetProperty("store").GetString());
    }

    [Fact]
    public async Task OpenApi_DescribesEveryEndpoint()
    {
        await using var factory = Factory(demo.Path);
        using var client = factory.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "/health", "/api/athletes", "/api/athletes/{athlete}", "/api/athletes/{athlete}/days", "/api/squad" }, paths);
    }

    [Fact]
    public async Task Athletes_ListAndDetail()
    {
        await using var factory = Factory(demo.Path);
        using var client = factory.CreateClient();
        var list = await client.GetFromJsonAsync<JsonElement>("/api/athletes");
        Assert.Equal(DemoStore.Athletes, list.GetArrayLength());
        var first = list[0];
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/athletes/{first.GetProperty("handle").GetString()}");
        Assert.Equal(first.GetProperty("id").GetString(), detail.GetProperty("id").GetString());
        Assert.True(detail.GetProperty("thresholds").GetArrayLength() >= 1);
        var byId = await client.GetFromJsonAsync<JsonElement>($"/api/athletes/{first.GetProperty("id").GetString()}");
        Assert.Equal(first.GetProperty("handle").GetString(), byId.GetProperty("handle").GetString());
    }

    [Fact]
    public async Task UnknownAthlete_IsAProblemDetails404()
    {
        await using var factory = Factory(demo.Path);
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/api/athletes/ghost");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("no athlete 'ghost'", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Squad_GivesLastSevenDayLoadPerAthlete_AndRejectsBadDates()
    {
        await using var factory = Factory(demo.Path);
        using var client = factory.CreateClient();
        var squad = await client.GetFromJsonAsync<JsonElement>("/api/squad");
        Assert.Equal("2026-04-30", squad.GetProperty("asOf").GetString());
        Assert.Equal(DemoStore.Athletes, squad.GetProperty("athletes").GetArrayLength());
        Assert.All(squad.GetProperty("athletes").EnumerateArray(), a => Assert.True(a.GetProperty("load7Days").GetDouble() >= 0));
        Assert.Contains(squad.GetProperty("athletes").EnumerateArray(), a => a.GetProperty("load7Days").GetDouble() > 0);
        Assert.All(squad.GetProperty("athletes").EnumerateArray(), a => Assert.Equal(JsonValueKind.Number, a.GetProperty("fitness").ValueKind));

        var earlier = await client.GetFromJsonAsync<JsonElement>("/api/squad?asOf=2026-04-10");
        Assert.Equal("2026-04-10", earlier.GetProperty("asOf").GetString());

        var bad = await client.GetAsync("/api/squad?asOf=30.04.2026");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("is not a yyyy-MM-dd date", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Days_GiveTheWholeHistoryWithConventionsZonesAndCaveats()
    {
        await using var factory = Factory(demo.Path);
        using var client = factory.CreateClient();
        var handle = (await client.GetFromJsonAsync<JsonElement>("/api/athletes"))[0].GetProperty("handle").GetString();
        var timeline = await client.GetFromJsonAsync<JsonElement>($"/api/athletes/{handle}/days");
        Assert.Equal(handle, timeline.GetProperty("handle").GetString());
        var days = timeline.GetProperty("days");
        Assert.Equal(35, days.GetArrayLength());
        Assert.Equal("2026-04-30", days[days.GetArrayLength() - 1].GetProperty("date").GetString());
        Assert.Equal(timeline.GetProperty("to").GetString(), days[days.GetArrayLength() - 1].GetProperty("date").GetString());
        Assert.True(timeline.GetProperty("conventionsMatch").GetBoolean());
        Assert.StartsWith("exponentially weighted daily load, 42-day time constant", timeline.GetProperty("conventions").GetProperty("fitness").GetString(), StringComparison.Ordinal);
        var zones = timeline.GetProperty("heartRateZones");
        Assert.Equal("2026-04-03", zones.GetProperty("from").GetString());
        Assert.True(zones.GetProperty("zones").EnumerateArray().Sum(z => z.GetProperty("minutes").GetDouble()) > 0);
        Assert.NotEqual(0, timeline.GetProperty("caveats").GetArrayLength());

        var week = await client.GetFromJsonAsync<JsonElement>($"/api/athletes/{handle}/days?from=2026-04-20&to=2026-04-26");
        Assert.Equal(7, week.GetProperty("days").GetArrayLength());
        Assert.Equal("2026-04-20", week.GetProperty("days")[0].GetProperty("date").GetString());
        Assert.Equal("2026-03-30", week.GetProperty("heartRateZones").GetProperty("from").GetString());
    }

    [Theory]
    [InlineData("/api/athletes/{0}/days?from=20.04.2026", HttpStatusCode.BadRequest, "from '20.04.2026' is not a yyyy-MM-dd date")]
    [InlineData("/api/athletes/{0}/days?to=2026-13-01", HttpStatusCode.BadRequest, "to '2026-13-01' is not a yyyy-MM-dd date")]
    [InlineData("/api/athletes/{0}/days?from=2026-04-20&to=2026-04-01", HttpStatusCode.BadRequest, "from 2026-04-20 is after to 2026-04-01")]
    [InlineData("/api/athletes/ghost/days", HttpStatusCode.NotFound, "no athlete 'ghost'")]
    public async Task Days_BadInput_IsAProblemDetails(string url, HttpStatusCode status, string detail)
    {
        await using var factory = Factory(demo.Path);
        using var client = factory.CreateClient();
        var handle = (await client.GetFromJsonAsync<JsonElement>("/api/athletes"))[0].GetProperty("handle").GetString();
        var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, handle));
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(detail, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Assets_ServeTheChartingLibraryAndTheSharedCharts()
    {
        await using var factory = Factory(demo.Path);
        using var client = factory.CreateClient();
        foreach (var asset in new[] { "chart.umd.js", "formcast-charts.js", "formcast-charts.css" })
        {
            var response = await client.GetAsync("/assets/" + asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 500, asset);
        }
    }

    [Fact]
    public async Task MissingStore_StopsStartUpWithTheStoreMessage()
    {
        using var folder = new TempDirectory();
        await using var factory = Factory(folder.File("absent.db"));
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        var store = error as StoreException ?? error.InnerException as StoreException;
        Assert.NotNull(store);
        Assert.StartsWith("no store at", store.Message, StringComparison.Ordinal);
    }
}
