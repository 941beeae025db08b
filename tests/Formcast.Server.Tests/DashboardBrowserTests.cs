using Formcast.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Formcast.Server.Tests;

/// <summary>The dashboard in a real headless Chromium (Debian's package, driven by Playwright) against a real server.</summary>
public sealed class DashboardBrowserTests(DemoStore demo) : IClassFixture<DemoStore>
{
    [Fact]
    public async Task SquadPage_ListsEveryAthleteAndSortsByLoad()
    {
        var chromium = Environment.GetEnvironmentVariable("FORMCAST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            if (Ci.IsCi) Assert.Fail($"Chromium is required under CI ({chromium}); scripts/test.sh installs it.");
            Assert.Skip($"Chromium not found at {chromium}.");
        }

        await using var app = FormcastServer.Build(["--store", demo.Path, "--urls", "http://127.0.0.1:0"]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") errors.Add(message.Text);
        };
        await page.GotoAsync(address + "/");
        await page.WaitForSelectorAsync("#squad tbody tr");

        var rows = page.Locator("#squad tbody tr");
        Assert.Equal(DemoStore.Athletes, await rows.CountAsync());
        Assert.Contains("as of 2026-04-30", await page.Locator("#as-of").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("th[data-key=load7Days]").ClickAsync();
        var loads = (await page.Locator("#squad tbody td[data-load]").AllInnerTextsAsync()).Select(double.Parse).ToList();
        Assert.Equal(loads.Order().ToList(), loads);
        Assert.True(loads[^1] > 0);
        Assert.Empty(errors);
        await app.StopAsync(TestContext.Current.CancellationToken);
    }
}
