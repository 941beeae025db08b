using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Formcast.Server.Tests;

/// <summary>The dashboard in a real headless Chromium (Debian's package, driven by Playwright) against a real server.</summary>
public sealed class DashboardBrowserTests(DemoStore demo) : IClassFixture<DemoStore>
{
    [Fact]
    public async Task SquadPage_ListsEveryAthleteAndSortsByLoad()
    {
        await using var browser = await HeadlessChromium.StartAsync();
        await using var app = await StartServerAsync();
        var page = browser.Page;
        await page.GotoAsync(Address(app) + "/");
        await page.WaitForSelectorAsync("#squad tbody tr");

        var rows = page.Locator("#squad tbody tr");
        Assert.Equal(DemoStore.Athletes, await rows.CountAsync());
        Assert.Contains("as of 2026-04-30", await page.Locator("#as-of").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("th[data-key=load7Days]").ClickAsync();
        var loads = (await page.Locator("#squad tbody td[data-load]").AllInnerTextsAsync()).Select(double.Parse).ToList();
        Assert.Equal(loads.Order().ToList(), loads);
        Assert.True(loads[^1] > 0);
        Assert.Empty(browser.Errors);
        await app.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task AthletePage_FromTheSquadTable_DrawsEveryChartFromTheDaysEndpoint()
    {
        await using var browser = await HeadlessChromium.StartAsync();
        await using var app = await StartServerAsync();
        var page = browser.Page;
        await page.GotoAsync(Address(app) + "/");
        var link = page.Locator("#squad tbody tr a").First;
        var handle = await link.InnerTextAsync();
        var days = page.WaitForResponseAsync(r => r.Url.EndsWith($"/api/athletes/{handle}/days", StringComparison.Ordinal));
        await link.ClickAsync();
        Assert.Equal(200, (await days).Status);
        await page.WaitForSelectorAsync("#conventions");

        Assert.Equal(handle, await page.Locator("#athlete").InnerTextAsync());
        var canvases = await browser.ChartCanvasesAsync();
        Assert.Equal(["chart-fitness", "chart-load", "chart-readiness-today", "chart-readiness-trend", "chart-zones"], canvases.Select(c => c.Section));
        Assert.All(canvases, c => Assert.True(c.IsDrawn, $"{c.Section} is not drawn: {c}"));
        Assert.Contains("Fitness", await page.Locator("#today").InnerTextAsync(), StringComparison.Ordinal);
        Assert.NotEmpty(await page.Locator("#caveats li").AllInnerTextsAsync());
        Assert.Empty(browser.Errors);
        await app.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task AthletePage_ForAnUnknownAthlete_SaysSo()
    {
        await using var browser = await HeadlessChromium.StartAsync();
        await using var app = await StartServerAsync();
        await browser.Page.GotoAsync(Address(app) + "/athlete.html?athlete=ghost");
        await browser.Page.WaitForSelectorAsync("#error:not([hidden])");
        Assert.Equal("Could not load the athlete: no athlete 'ghost'", await browser.Page.Locator("#error").InnerTextAsync());
        await app.StopAsync(TestContext.Current.CancellationToken);
    }

    private async Task<WebApplication> StartServerAsync()
    {
        var app = FormcastServer.Build(["--store", demo.Path, "--urls", "http://127.0.0.1:0"]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }

    private static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
}
