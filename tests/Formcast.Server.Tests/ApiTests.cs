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
        Assert.Superset(new HashSet<string> { "/health", "/api/athletes", "/api/athletes/{athlete}", "/api/squad" }, paths);
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

        var earlier = await client.GetFromJsonAsync<JsonElement>("/api/squad?asOf=2026-04-10");
        Assert.Equal("2026-04-10", earlier.GetProperty("asOf").GetString());

        var bad = await client.GetAsync("/api/squad?asOf=30.04.2026");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("is not a yyyy-MM-dd date", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
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
