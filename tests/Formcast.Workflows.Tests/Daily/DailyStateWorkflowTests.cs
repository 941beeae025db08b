using Formcast.Core;
using Formcast.Storage;
using Formcast.TestSupport;
using Formcast.Workflows.Daily;
using Formcast.Workflows.Demo;

namespace Formcast.Workflows.Tests.Daily;

public sealed class DailyStateWorkflowTests
{
    private static readonly AccessContext Owner = AccessContext.Owner("test");
    private static readonly DemoCohortOptions Options = new() { EndDate = new DateOnly(2026, 3, 31), Days = 70, Composition = [(Sport.DistanceRunning, 1), (Sport.GeneralFitness, 1)] };

    [Fact]
    public async Task FullRecomputation_CoversFirstRecordToToday_WithTheAnalyticsConventions()
    {
        using var folder = new TempDirectory();
        await using var store = await FormcastStore.CreateAsync(folder.File("s.db"));
        await DemoSeeder.SeedAsync(store, Options);
        var today = Options.EndDate.AddDays(3);
        var workflow = new DailyStateWorkflow(store, Owner, clock: FixedClock.At(today));
        await workflow.RecomputeAllAsync();

        foreach (var athlete in await store.ListAthletesAsync(Owner))
        {
            var days = await store.ListAthleteDaysAsync(Owner, athlete.Id, DateRange.All);
            Assert.Equal(today, days[^1].Date);
            Assert.Equal(DayStatus.NotRecorded, days[^1].Status);
            // Complete: every calendar day from the first record to today, each with fitness, fatigue and form.
            var firstActivity = (await store.ListActivitiesAsync(Owner, athlete.Id, DateRange.All)).Min(a => athlete.LocalDayOf(a.StartUtc));
            Assert.True(days[0].Date <= firstActivity, $"{athlete.Handle}: first day {days[0].Date}, first activity {firstActivity}");
            Assert.Equal(Enumerable.Range(0, days.Count).Select(days[0].Date.AddDays), days.Select(d => d.Date));
            Assert.All(days, d => Assert.True(d.Fitness is not null && d.Fatigue is not null && d.Form is not null, $"{athlete.Handle} {d.Date}"));
            Assert.All(days, d => Assert.Equal(new Analytics.AthleteDayCalculator().Provenance, d.Provenance));
            Assert.Contains(days, d => d.Status == DayStatus.Trained && d.Load > 0 && d.LoadSource != LoadSource.None);
            Assert.Contains(days, d => d.Fitness > 0 && d.AcwrEwma is not null);
        }
    }

    [Fact]
    public async Task IncrementalUpdate_AfterANewActivity_EqualsAFullRecomputation()
    {
        using var folder = new TempDirectory();
        await using var store = await FormcastStore.CreateAsync(folder.File("s.db"));
        await DemoSeeder.SeedAsync(store, Options);
        var clock = FixedClock.At(Options.EndDate);
        var workflow = new DailyStateWorkflow(store, Owner, clock: clock);
        await workflow.RecomputeAllAsync();
        var athlete = (await store.ListAthletesAsync(Owner))[0];
        var before = await store.ListAthleteDaysAsync(Owner, athlete.Id, DateRange.All);

        // A hard extra session ten days before the end.
        var day = Options.EndDate.AddDays(-10);
        var template = (await store.ListActivitiesAsync(Owner, athlete.Id, DateRange.All, includeStreams: true)).First(a => a.Streams?.Get(Channels.Speed) is not null);
        var extra = template with
        {
            Id = ActivityId.New(),
            StartUtc = new DateTimeOffset(day.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero),
            SourceFormat = "fit",
        };
        var batch = new StoreBatch();
        batch.Activities.Add(extra);
        await store.WriteAsync(Owner, batch);

        var written = await workflow.RecomputeAsync(athlete, athlete.LocalDayOf(extra.StartUtc));
        Assert.Equal(11, written);
        var incremental = await store.ListAthleteDaysAsync(Owner, athlete.Id, DateRange.All);

        await workflow.RecomputeAsync(athlete, null);
        var full = await store.ListAthleteDaysAsync(Owner, athlete.Id, DateRange.All);

        Assert.Equal(full.Count, incremental.Count);
        for (var i = 0; i < full.Count; i++)
        {
            Assert.Equal(full[i].Date, incremental[i].Date);
            Assert.Equal(full[i].Load, incremental[i].Load, 9);
            Assert.Equal(full[i].Fitness ?? double.NaN, incremental[i].Fitness ?? double.NaN, 9);
            Assert.Equal(full[i].AcwrEwma ?? double.NaN, incremental[i].AcwrEwma ?? double.NaN, 9);
            Assert.Equal(full[i].Readiness ?? double.NaN, incremental[i].Readiness ?? double.NaN, 9);
        }

        // Days before the new session are untouched; the session's day gained load.
        var changed = full.Single(d => d.Date == day);
        Assert.True(changed.Load > before.Single(d => d.Date == day).Load);
        Assert.Equal(before.First(d => d.Date == day.AddDays(-1)).Fitness, full.First(d => d.Date == day.AddDays(-1)).Fitness);
    }

    [Fact]
    public async Task IncrementalUpdate_WithoutStoredDays_FallsBackToFull()
    {
        using var folder = new TempDirectory();
        await using var store = await FormcastStore.CreateAsync(folder.File("s.db"));
        await DemoSeeder.SeedAsync(store, Options);
        var athlete = (await store.ListAthletesAsync(Owner))[0];
        var workflow = new DailyStateWorkflow(store, Owner, clock: FixedClock.At(Options.EndDate));
        var written = await workflow.RecomputeAsync(athlete, Options.EndDate.AddDays(-5));
        var days = await store.ListAthleteDaysAsync(Owner, athlete.Id, DateRange.All);
        Assert.Equal(written, days.Count);
        Assert.True(days.Count >= Options.Days - 1);
    }
}
