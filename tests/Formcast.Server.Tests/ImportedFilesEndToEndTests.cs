using Formcast.Core;
using Formcast.Storage;
using Formcast.TestSupport;
using Formcast.Workflows;
using Formcast.Workflows.Daily;
using Formcast.Workflows.Import;
using Formcast.Workflows.Reports;

namespace Formcast.Server.Tests;

/// <summary>
/// Real device files from the corpus, read in place, imported for one athlete: every day from the first activity to
/// today gets a full athlete-day, and the athlete's report page opens in Chromium with its charts drawn.
/// </summary>
public sealed class ImportedFilesEndToEndTests
{
    private static readonly AccessContext Owner = AccessContext.Owner("test");

    /// <summary>Four weeks of one rider's and runner's Garmin recordings (times in the file are UTC; the fenix 5 files'
    /// own record dumps give Pacific time): an indoor session on 2017-05-18, a walk and a run on 06-11, a ride on 06-12 and
    /// a pool swim on 06-13.</summary>
    private static readonly string[] Files =
    [
        "formats/fit/python-fitparse/20170518-191602-1740899583.fit",
        "formats/fit/python-fitparse/garmin-fenix-5-walk.fit",
        "formats/fit/python-fitparse/garmin-fenix-5-run.fit",
        "formats/fit/python-fitparse/garmin-fenix-5-bike.fit",
        "formats/fit/python-fitparse/event_timestamp.fit",
    ];

    private static readonly DateOnly FirstDay = new(2017, 5, 18);
    private static readonly DateOnly Today = new(2017, 6, 20);
    private static readonly DateOnly[] ActivityDays = [FirstDay, new(2017, 6, 11), new(2017, 6, 12), new(2017, 6, 13)];

    [Fact]
    public async Task ImportedRealFiles_GiveEveryDayAFullState_AndTheReportDrawsIt()
    {
        var paths = Files.Select(Corpus.Path).ToArray();
        using var folder = new TempDirectory("formcast-imported");
        var clock = FixedClock.At(Today);
        await using (var store = await FormcastStore.CreateAsync(folder.File("s.db")))
        {
            var batch = new StoreBatch();
            batch.Athletes.Add(new Athlete
            {
                Id = AthleteId.New(), Handle = "rider", TimeZoneId = "America/Los_Angeles",
                Thresholds = [new PhysiologicalThresholds(new DateOnly(2017, 1, 1), 190, 50, 168, 270, 250)],
            });
            await store.WriteAsync(Owner, batch, TestContext.Current.CancellationToken);

            // Imported one file at a time, so each later file recomputes incrementally from its own day.
            foreach (var path in paths)
            {
                var summary = await new ImportPipeline(store, Owner, clock).RunAsync([path], new ImportOptions { Athlete = "rider" }, cancellationToken: TestContext.Current.CancellationToken);
                Assert.True(summary.Imported == 1, $"{path}: {string.Join("; ", summary.Files.Select(f => $"{f.Outcome} {f.Reason}"))}");
            }

            var athlete = (await store.FindAthleteAsync(Owner, "rider", TestContext.Current.CancellationToken))!;
            var incremental = await store.ListAthleteDaysAsync(Owner, athlete.Id, DateRange.All, TestContext.Current.CancellationToken);
            var written = await new DailyStateWorkflow(store, Owner, clock: clock).RecomputeAsync(athlete, null, TestContext.Current.CancellationToken);
            var days = await store.ListAthleteDaysAsync(Owner, athlete.Id, DateRange.All, TestContext.Current.CancellationToken);

            // Complete: one day for every calendar day from the first activity to today, none missing, none repeated.
            var span = Today.DayNumber - FirstDay.DayNumber + 1;
            Assert.Equal(span, written);
            Assert.Equal(Enumerable.Range(0, span).Select(FirstDay.AddDays), days.Select(d => d.Date));
            // The incremental recomputations after each import agree with one full recomputation.
            Assert.Equal(days.Select(Essentials), incremental.Select(Essentials));

            for (var i = 0; i < days.Count; i++)
            {
                var day = days[i];
                Assert.True(day.Fitness is double fitness && double.IsFinite(fitness), $"{day.Date}: fitness {day.Fitness}");
                Assert.True(day.Fatigue is double fatigue && double.IsFinite(fatigue), $"{day.Date}: fatigue {day.Fatigue}");
                // Form by default is shown for the morning: yesterday's fitness − fatigue (0 before any history).
                Assert.Equal(i == 0 ? 0 : days[i - 1].Fitness!.Value - days[i - 1].Fatigue!.Value, day.Form!.Value, 9);
                Assert.True(Enum.IsDefined(day.Status), $"{day.Date}: status {day.Status}");
                Assert.False(string.IsNullOrWhiteSpace(day.Provenance), $"{day.Date}: no provenance");
                var isActivityDay = ActivityDays.Contains(day.Date);
                Assert.Equal(isActivityDay ? DayStatus.Trained : DayStatus.NotRecorded, day.Status);
                if (isActivityDay)
                {
                    Assert.True(day.Load > 0, $"{day.Date}: load {day.Load}");
                    Assert.NotEqual(LoadSource.None, day.LoadSource);
                    Assert.True(day.SessionCount > 0);
                }
                else
                {
                    Assert.Equal((0.0, LoadSource.None), (day.Load, day.LoadSource));
                }

                // Data quality: days with under 28 days of history (this one included) are flagged provisional, and no
                // wellness or HRV was imported.
                Assert.True(i + 1 < 28 == day.Quality.HasFlag(DayQualityFlags.ShortLoadHistory), $"{day.Date}: {day.Quality}");
                Assert.True(day.Quality.HasFlag(DayQualityFlags.NoWellness) && day.Quality.HasFlag(DayQualityFlags.NoHrv), $"{day.Date}: {day.Quality}");
            }

            Assert.True(days[^1].Fitness > 0 && days[^1].Fatigue > 0);
            await HtmlReportWriter.WriteAsync(store, Owner, folder.File("report"), cancellationToken: TestContext.Current.CancellationToken);
        }

        Assert.True(File.Exists(folder.File(Path.Combine("report", "athletes", "rider.html"))));
        await using var browser = await HeadlessChromium.StartAsync();
        var canvases = await ReportBrowserTests.OpenAthletePageAsync(browser, folder.File("report"), "rider");
        // No wellness or HRV was imported, so the page has no readiness charts; the other three are drawn.
        Assert.Equal(["chart-fitness", "chart-load", "chart-zones"], canvases.Select(c => c.Section));
        Assert.Empty(browser.Errors);
    }

    private static (DateOnly, DayStatus, double, LoadSource, double?, double?, DayQualityFlags) Essentials(AthleteDay d) =>
        (d.Date, d.Status, Math.Round(d.Load, 9), d.LoadSource, Round(d.Fitness), Round(d.Fatigue), d.Quality);

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 9) : null;
}
