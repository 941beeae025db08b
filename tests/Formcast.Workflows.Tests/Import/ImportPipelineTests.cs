using Formcast.Core;
using Formcast.Storage;
using Formcast.TestSupport;
using Formcast.Workflows.Import;

namespace Formcast.Workflows.Tests.Import;

public sealed class ImportPipelineTests
{
    private static readonly AccessContext Owner = AccessContext.Owner("test");
    private static readonly DateTimeOffset Morning = new(2026, 3, 10, 6, 0, 0, TimeSpan.Zero);
    private static readonly FixedClock Today = FixedClock.At(new DateOnly(2026, 3, 20));

    private static async Task<IFormcastStore> StoreWithRunnerAsync(string path)
    {
        var store = await FormcastStore.CreateAsync(path);
        var batch = new StoreBatch();
        batch.Athletes.Add(new Athlete
        {
            Id = AthleteId.New(), Handle = "runner", TimeZoneId = "Europe/Oslo",
            Thresholds = [new PhysiologicalThresholds(new DateOnly(2026, 1, 1), 192, 48, 175, 250)],
        });
        await store.WriteAsync(Owner, batch);
        return store;
    }

    [Fact]
    public async Task ImportingTwice_WritesOnceAndRecomputesTheDays()
    {
        using var folder = new TempDirectory();
        await File.WriteAllTextAsync(folder.File("run.gpx"), GpxBuilder.Track(Morning, GpxBuilder.SteadyRun(1800)));
        await using var store = await StoreWithRunnerAsync(folder.File("s.db"));
        var pipeline = new ImportPipeline(store, Owner, Today);
        var options = new ImportOptions { Athlete = "runner" };

        var first = await pipeline.RunAsync([folder.File("run.gpx")], options);
        var second = await pipeline.RunAsync([folder.File("run.gpx")], options);

        Assert.Equal(1, first.Imported);
        Assert.Equal(1, first.Activities);
        Assert.Equal(11, first.AthleteDaysRecomputed);
        Assert.Equal(1, second.Duplicates);
        Assert.Equal(0, second.Imported);
        var athlete = (await store.FindAthleteAsync(Owner, "runner"))!;
        var activity = Assert.Single(await store.ListActivitiesAsync(Owner, athlete.Id, DateRange.All, includeStreams: true));
        Assert.Equal(1800, activity.Streams!.Count);
        var days = await store.ListAthleteDaysAsync(Owner, athlete.Id, DateRange.All);
        Assert.Equal(new DateOnly(2026, 3, 10), days[0].Date);
        Assert.Equal(Today.GetUtcNow().Date, days[^1].Date.ToDateTime(TimeOnly.MinValue));
        Assert.True(days[0].Load > 0);
    }

    [Fact]
    public async Task ImpossibleValues_AreFlaggedAndMasked_NotDropped()
    {
        using var folder = new TempDirectory();
        var points = GpxBuilder.SteadyRun(600);
        points[100] = (points[100].Lat, points[100].Lon, 260);
        points[101] = (points[101].Lat, points[101].Lon, 0);
        points[300] = (points[300].Lat + 0.05, points[300].Lon, points[300].Hr);
        await File.WriteAllTextAsync(folder.File("glitchy.gpx"), GpxBuilder.Track(Morning, points));
        await using var store = await StoreWithRunnerAsync(folder.File("s.db"));

        var summary = await new ImportPipeline(store, Owner, Today).RunAsync([folder.File("glitchy.gpx")], new ImportOptions { Athlete = "runner" });

        var file = Assert.Single(summary.Files);
        Assert.Equal(ImportOutcome.Imported, file.Outcome);
        var range = Assert.Single(file.Diagnostics, d => d.Code == "validate.range");
        Assert.Equal("heart_rate", range.Field);
        Assert.Contains("2 sample(s) outside 25–250 bpm set to missing (first: above 250 at 00:01:40)", range.Message, StringComparison.Ordinal);
        Assert.Contains(file.Diagnostics, d => d.Code == "validate.gps-jump" && d.Message.StartsWith("1 position fix", StringComparison.Ordinal));

        var athlete = (await store.FindAthleteAsync(Owner, "runner"))!;
        var streams = Assert.Single(await store.ListActivitiesAsync(Owner, athlete.Id, DateRange.All, includeStreams: true)).Streams!;
        Assert.Equal(600, streams.Count);
        Assert.True(double.IsNaN(streams.Get(Channels.HeartRate)![100]));
        Assert.True(double.IsNaN(streams.Get(Channels.Latitude)![300]));
        Assert.Equal(142, streams.Get(Channels.HeartRate)![102]);
    }

    [Fact]
    public async Task OneBadFile_DoesNotStopTheBatch_AndLeavesNothingBehind()
    {
        using var folder = new TempDirectory();
        Directory.CreateDirectory(folder.File("export"));
        await File.WriteAllTextAsync(Path.Combine(folder.File("export"), "a-good.gpx"), GpxBuilder.Track(Morning, GpxBuilder.SteadyRun(300)));
        var broken = GpxBuilder.Track(Morning.AddDays(1), GpxBuilder.SteadyRun(300));
        await File.WriteAllTextAsync(Path.Combine(folder.File("export"), "b-broken.gpx"), broken[..(broken.Length / 2)]);
        await File.WriteAllTextAsync(Path.Combine(folder.File("export"), "c-good.gpx"), GpxBuilder.Track(Morning.AddDays(2), GpxBuilder.SteadyRun(300)));
        await File.WriteAllBytesAsync(Path.Combine(folder.File("export"), "photo.jpg"), [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]);
        await using var store = await StoreWithRunnerAsync(folder.File("s.db"));

        var summary = await new ImportPipeline(store, Owner, Today).RunAsync([folder.File("export")], new ImportOptions { Athlete = "runner", Mode = Formats.DecodeMode.Strict });

        Assert.Equal(2, summary.Imported);
        Assert.Equal(1, summary.Skipped);
        var failed = Assert.Single(summary.Files, f => f.Outcome == ImportOutcome.Failed);
        Assert.EndsWith("b-broken.gpx", failed.Name, StringComparison.Ordinal);
        Assert.Matches(@"b-broken\.gpx:\d+:\d+: error ", failed.Reason);
        Assert.Equal(2, (await store.CountAsync(Owner)).Activities);
        Assert.Equal(2, (await store.CountAsync(Owner)).SourceFiles);
    }

    [Fact]
    public async Task FilesWithoutAnOwner_AreRefusedWithAHint()
    {
        using var folder = new TempDirectory();
        await File.WriteAllTextAsync(folder.File("run.gpx"), GpxBuilder.Track(Morning, GpxBuilder.SteadyRun(60)));
        await using var store = await StoreWithRunnerAsync(folder.File("s.db"));
        var summary = await new ImportPipeline(store, Owner, Today).RunAsync([folder.File("run.gpx")], new ImportOptions());
        var file = Assert.Single(summary.Files);
        Assert.Equal(ImportOutcome.Failed, file.Outcome);
        Assert.Equal("cannot tell whose file this is (no device serial): pass --athlete HANDLE", file.Reason);
        Assert.Equal(0, (await store.CountAsync(Owner)).SourceFiles);
    }

    [Fact]
    public async Task PmDataSheets_CreateTheirAthletesAndImportOnce()
    {
        var wellness = Corpus.Path("datasets/pmdata/data/p01/pmsys/wellness.csv");
        var srpe = Corpus.Path("datasets/pmdata/data/p01/pmsys/srpe.csv");
        using var folder = new TempDirectory();
        await using var store = await FormcastStore.CreateAsync(folder.File("s.db"));
        var pipeline = new ImportPipeline(store, Owner, FixedClock.At(new DateOnly(2020, 4, 1)));
        var options = new ImportOptions { CreateAthletes = true, TimeZone = "Europe/Oslo" };

        var first = await pipeline.RunAsync([wellness, srpe], options);
        var again = await pipeline.RunAsync([wellness, srpe], options);

        Assert.Equal(2, first.Imported);
        Assert.Equal(1, first.AthletesCreated);
        Assert.Equal(2, again.Duplicates);
        var athlete = Assert.Single(await store.ListAthletesAsync(Owner));
        Assert.Equal("p01", athlete.Handle);
        var stored = await store.ListWellnessAsync(Owner, athlete.Id, DateRange.All);
        Assert.Equal(first.Files[0].Records, stored.Count);
        Assert.True(stored.Count > 100);
        Assert.NotEmpty(await store.ListSessionRpeAsync(Owner, athlete.Id, DateRange.All));
        Assert.Contains(await store.ListAthleteDaysAsync(Owner, athlete.Id, DateRange.All), d => d.Readiness is not null);
    }

    [Fact]
    public async Task SheetsForUnknownAthletes_AreReportedWhenCreationIsOff()
    {
        var wellness = Corpus.Path("datasets/pmdata/data/p01/pmsys/wellness.csv");
        using var folder = new TempDirectory();
        await using var store = await FormcastStore.CreateAsync(folder.File("s.db"));
        var summary = await new ImportPipeline(store, Owner, Today).RunAsync([wellness], new ImportOptions());
        var file = Assert.Single(summary.Files);
        Assert.Equal(ImportOutcome.Failed, file.Outcome);
        Assert.Contains("no athlete 'p01' in the store (add it, map it with --map, or pass --create-athletes)", file.Reason, StringComparison.Ordinal);
    }

    /// <summary>A triathlon-style FIT file holds one session per leg; each leg becomes its own activity with its own sport
    /// and samples, and the legs cover the file's sessions exactly.</summary>
    [Fact]
    public async Task MultisportFiles_AreSplitIntoOneActivityPerSession()
    {
        var file = Corpus.Path("formats/fit/python-fitparse/activity-large-fenxi2-multisport.fit");
        var decoded = Formcast.Formats.Fit.FitActivityReader.Read(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken));
        Assert.True(decoded.Succeeded, string.Join("\n", decoded.Diagnostics));
        var sessions = decoded.Value!.Sessions;
        Assert.True(sessions.Select(s => s.Sport).Distinct().Count() > 1, "the corpus file is expected to hold several sports");

        using var folder = new TempDirectory();
        await using var store = await StoreWithRunnerAsync(folder.File("s.db"));
        var summary = await new ImportPipeline(store, Owner, FixedClock.At(new DateOnly(2026, 11, 1)))
            .RunAsync([file], new ImportOptions { Athlete = "runner", Recompute = false }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1, summary.Imported);
        Assert.Equal(sessions.Count, summary.Activities);
        var athlete = (await store.FindAthleteAsync(Owner, "runner", TestContext.Current.CancellationToken))!;
        var activities = (await store.ListActivitiesAsync(Owner, athlete.Id, DateRange.All, includeStreams: true, TestContext.Current.CancellationToken))
            .OrderBy(a => a.StartUtc).ToList();
        Assert.Equal(sessions.OrderBy(s => s.StartUtc).Select(s => s.Sport), activities.Select(a => a.Sport));
        Assert.Equal(sessions.OrderBy(s => s.StartUtc).Select(s => s.DurationSeconds), activities.Select(a => a.DurationSeconds));
        Assert.All(activities, a => Assert.Equal(activities[0].SourceFileSha256, a.SourceFileSha256));
        // No sample belongs to two legs: each leg's samples lie within its own session.
        Assert.All(activities, a => Assert.True(a.Streams is null || a.Streams.TimeSeconds.Length == 0 || a.Streams.TimeSeconds[^1] <= a.DurationSeconds + 1,
            $"{a.Sport} leg has samples past its end"));
    }

    [Fact]
    public async Task CorpusFolder_ImportsEverythingImportable_AndASecondRunNothing()
    {
        var formats = Corpus.Path("formats");
        using var folder = new TempDirectory();
        await using var store = await StoreWithRunnerAsync(folder.File("s.db"));
        var pipeline = new ImportPipeline(store, Owner, Today);
        var options = new ImportOptions { Athlete = "runner", Recompute = false };

        var first = await pipeline.RunAsync([Path.Combine(formats, "fit"), Path.Combine(formats, "tcx"), Path.Combine(formats, "gpx")], options);
        var second = await pipeline.RunAsync([Path.Combine(formats, "fit"), Path.Combine(formats, "tcx"), Path.Combine(formats, "gpx")], options);

        Assert.True(first.Imported >= 40, $"imported {first.Imported}");
        Assert.True(first.Activities >= 40, $"activities {first.Activities}");
        // Every failure names the file and where in it the problem is.
        Assert.All(first.Files.Where(f => f.Outcome == ImportOutcome.Failed), f => Assert.Matches(@"(@byte \d+|:\d+:\d+): error ", f.Reason));
        Assert.Equal(0, second.Imported);
        Assert.Equal(0, second.Activities);
        Assert.Equal(first.Failed, second.Failed);
        Assert.Equal(first.Imported + first.Empty + first.Duplicates, second.Duplicates);
    }
}
