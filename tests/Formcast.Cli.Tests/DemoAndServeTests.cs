using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Formcast.Core;
using Formcast.Storage;
using Formcast.TestSupport;

namespace Formcast.Cli.Tests;

public sealed class DemoAndServeTests
{
    [Fact]
    public async Task Demo_SeedsComputesAndWritesTheReport()
    {
        using var folder = new TempDirectory();
        var store = folder.File("demo.db");
        var report = Path.Combine(folder.Path, "report");
        var run = await CliRun.RunAsync("demo", "--no-serve", "--store", store, "--out", report, "--athletes", "10", "--days", "42",
            "--end-date", "2026-03-31", "--json");
        Assert.Equal(0, run.ExitCode);
        var summary = JsonDocument.Parse(run.Out[run.Out.IndexOf('{', StringComparison.Ordinal)..]).RootElement;
        Assert.Equal(10, summary.GetProperty("athletes").GetInt32());
        Assert.True(summary.GetProperty("activities").GetInt32() > 10 * 3 * 6 * 0.7, run.Out);

        var index = await File.ReadAllTextAsync(Path.Combine(report, "index.html"));
        Assert.Contains("Squad overview as of 2026-03-31", index, StringComparison.Ordinal);
        Assert.Equal(10, Directory.GetFiles(Path.Combine(report, "athletes"), "*.html").Length);

        await using var opened = await FormcastStore.OpenAsync(store);
        var owner = AccessContext.Owner("test");
        var athletes = await opened.ListAthletesAsync(owner);
        Assert.Equal(10, athletes.Count);
        Assert.Equal(5, athletes.Count(a => a.Sex == Sex.Female));
        Assert.All(athletes, a => Assert.InRange(2026 - a.BirthYear!.Value, 18, 25));
        var days = await opened.ListAthleteDaysAsync(owner, athletes[0].Id, DateRange.All);
        Assert.Equal(new DateOnly(2026, 3, 31), days[^1].Date);

        // A second demo into the same non-default store is refused rather than mixed in.
        var again = await CliRun.RunAsync("demo", "--no-serve", "--store", store, "--out", report, "--athletes", "5", "--days", "20");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already holds athletes", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_AnswersHealthSquadAndDashboardUntilInterrupted()
    {
        using var folder = new TempDirectory();
        var store = folder.File("demo.db");
        Assert.Equal(0, (await CliRun.RunAsync("demo", "--no-serve", "--store", store, "--out", folder.File("r"), "--athletes", "5", "--days", "30")).ExitCode);

        var port = FreePort();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var serving = CliRun.RunAsync(["serve", "--store", store, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], null, stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(5) };
        await WaitForHealthAsync(http, serving);

        var squad = await http.GetFromJsonAsync<JsonElement>("api/squad");
        Assert.Equal(5, squad.GetProperty("athletes").GetArrayLength());
        var page = await http.GetStringAsync("/");
        Assert.Contains("<table id=\"squad\"", page, StringComparison.Ordinal);
        var missing = await http.GetAsync("api/athletes/nobody");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);

        await stop.CancelAsync();
        var result = await serving;
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Dashboard: http://127.0.0.1:{port}/", result.Out, StringComparison.Ordinal);
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.GetAsync("health"));
    }

    [Fact]
    public async Task Serve_RefusesAPortInUse()
    {
        using var folder = new TempDirectory();
        var store = folder.File("s.db");
        await CliRun.RunAsync("init", "--store", store);
        using var blocker = new TcpListener(IPAddress.Loopback, 0);
        blocker.Start();
        var port = ((IPEndPoint)blocker.LocalEndpoint).Port;
        var run = await CliRun.RunAsync("serve", "--store", store, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"formcast: port {port} on 127.0.0.1 is already in use; choose another with --port", run.Error.TrimEnd());
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static async Task WaitForHealthAsync(HttpClient http, Task<CliRun> serving)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (serving.IsCompleted) Assert.Fail($"serve ended early: {(await serving).Error}");
            try
            {
                if ((await http.GetAsync("health")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        Assert.Fail("the server never answered /health");
    }
}
