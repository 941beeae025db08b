using System.Text.Json;
using Formcast.TestSupport;
using Microsoft.Playwright;

namespace Formcast.Server.Tests;

/// <summary>
/// Debian's Chromium (or FORMCAST_CHROMIUM) driven by Playwright, headless, with a page that records console errors and
/// uncaught exceptions. Skips the test when Chromium is missing, except under CI.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error") Errors.Add(message.Text);
        };
        page.PageError += (_, error) => Errors.Add(error);
    }

    public IPage Page { get; }

    /// <summary>Console errors and uncaught exceptions, in order.</summary>
    public List<string> Errors { get; } = [];

    public static async Task<HeadlessChromium> StartAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("FORMCAST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            if (Ci.IsCi) Assert.Fail($"Chromium is required under CI ({chromium}); scripts/test.sh installs it.");
            Assert.Skip($"Chromium not found at {chromium}.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        return new HeadlessChromium(playwright, browser, page);
    }

    /// <summary>
    /// Every chart canvas on the page: its section, whether Chart.js holds a chart for it, its size in pixels and how many
    /// of its pixels are painted (alpha above 0) — a canvas Chart.js never drew is fully transparent.
    /// </summary>
    public async Task<IReadOnlyList<DrawnCanvas>> ChartCanvasesAsync()
    {
        var json = await Page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll(".fc-chart canvas")].map(canvas => {
              const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
              let painted = 0;
              for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) painted++;
              return { section: canvas.closest("section").id, chart: Chart.getChart(canvas) !== undefined, width: canvas.width, height: canvas.height, painted };
            })
            """);
        return [.. json.EnumerateArray().Select(c => new DrawnCanvas(
            c.GetProperty("section").GetString()!, c.GetProperty("chart").GetBoolean(), c.GetProperty("width").GetInt32(), c.GetProperty("height").GetInt32(),
            c.GetProperty("painted").GetInt32()))];
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}

/// <summary>A chart canvas as found in the page.</summary>
internal sealed record DrawnCanvas(string Section, bool HasChart, int Width, int Height, int PaintedPixels)
{
    /// <summary>Drawn: Chart.js owns it, it has a size, and at least 1 % of it is painted (axes, labels and data).</summary>
    public bool IsDrawn => HasChart && Width > 0 && Height > 0 && PaintedPixels > Width * Height / 100;
}
