using Formcast.Core;
using Formcast.Storage;
using Formcast.TestSupport;
using Formcast.Workflows.Reports;

namespace Formcast.Server.Tests;

/// <summary>The static HTML report opened from disk (file://, no server, no network) in a real headless Chromium.</summary>
public sealed class ReportBrowserTests(DemoStore demo) : IClassFixture<DemoStore>
{
    [Fact]
    public async Task EveryPage_OpensOffline_AndDrawsItsCharts()
    {
        using var folder = new TempDirectory("formcast-report");
        await using (var store = await FormcastStore.OpenAsync(demo.Path))
            await HtmlReportWriter.WriteAsync(store, AccessContext.Owner("test"), folder.Path, cancellationToken: TestContext.Current.CancellationToken);

        await using var browser = await HeadlessChromium.StartAsync();
        var page = browser.Page;
        // Any request leaving the machine fails the test: the report must not need a CDN.
        var remote = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file://", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal)) remote.Add(request.Url);
        };

        await page.GotoAsync(new Uri(Path.Combine(folder.Path, "index.html")).AbsoluteUri);
        var handles = await page.Locator("#squad tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.athlete)");
        Assert.Equal(DemoStore.Athletes, handles.Length);

        // Sorting by a numeric column orders the rows by the number, missing values last.
        await page.Locator("#squad th", new() { HasText = "Fitness" }).ClickAsync();
        var fitness = await page.Locator("#squad tbody tr td:nth-child(4)").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.value)");
        var values = fitness.Where(v => v.Length > 0).Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(values.Order().ToList(), values);
        Assert.Equal("ascending", await page.Locator("#squad th", new() { HasText = "Fitness" }).GetAttributeAsync("aria-sort"));

        foreach (var handle in handles)
        {
            var canvases = await OpenAthletePageAsync(browser, folder.Path, handle);
            Assert.True(canvases.Count >= 4, $"{handle}: {canvases.Count} charts");
        }

        Assert.Empty(browser.Errors);
        Assert.Empty(remote);
    }

    /// <summary>Opens one athlete's page of a written report, checks its state table and that every chart on it is drawn,
    /// and returns the charts.</summary>
    internal static async Task<IReadOnlyList<DrawnCanvas>> OpenAthletePageAsync(HeadlessChromium browser, string reportFolder, string handle)
    {
        await browser.Page.GotoAsync(new Uri(Path.Combine(reportFolder, "athletes", handle + ".html")).AbsoluteUri);
        await browser.Page.WaitForSelectorAsync("#conventions");
        var canvases = await browser.ChartCanvasesAsync();
        Assert.All(canvases, c => Assert.True(c.IsDrawn, $"{handle}: {c.Section} is not drawn: {c}"));
        Assert.Equal(13, await browser.Page.Locator("#state tbody tr").CountAsync());
        return canvases;
    }
}
