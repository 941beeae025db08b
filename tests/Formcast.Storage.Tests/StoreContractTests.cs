using System.Text;
using Formcast.Core;

namespace Formcast.Storage.Tests;

/// <summary>
/// The storage contract. Every test here runs against both providers (see the two derived classes): the embedded
/// SQLite file and a real PostgreSQL server started by scripts/test.sh.
/// </summary>
public abstract class StoreContractTests
{
    private static readonly AccessContext Owner = AccessContext.Owner("test");

    protected abstract StoreProvider Provider { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(StoreTarget Target, IFormcastStore Store)> NewStoreAsync(StoreOptions? options = null)
    {
        var target = await StoreTarget.CreateAsync(Provider);
        return (target, await target.CreateStoreAsync(options));
    }

    private static StoreBatch Batch(params Athlete[] athletes)
    {
        var batch = new StoreBatch();
        batch.Athletes.AddRange(athletes);
        return batch;
    }

    [Fact]
    public async Task Athlete_RoundTripsWithThresholdHistory()
    {
        var (target, store) = await NewStoreAsync();
        await using var _ = target;
        await using var __ = store;
        var athlete = Samples.Athlete("ingrid");
        await store.WriteAsync(Owner, Batch(athlete), Ct);

        var byHandle = await store.FindAthleteAsync(Owner, "ingrid", Ct);
        var byId = await store.FindAthleteAsync(Owner, athlete.Id.ToString(), Ct);
        Assert.NotNull(byHandle);
        Assert.Equal(athlete with { Thresholds = [] }, byHandle with { Thresholds = [] });
        Assert.Equal(athlete.Thresholds, byHandle.Thresholds);
        Assert.Equal(athlete.Id, byId!.Id);
        Assert.Equal(Provider, store.Info.Provider);
        Assert.True(store.Info.SchemaVersion >= 1);
    }

    [Fact]
    public async Task Activity_StreamsRoundTripBitForBit()
    {
        var (target, store) = await NewStoreAsync();
        await using var _ = target;
        await using var __ = store;
        var athlete = Samples.Athlete("ola");
        var activity = Samples.Activity(athlete, new DateTimeOffset(2024, 3, 31, 22, 30, 0, TimeSpan.Zero), 3600);
        var batch = Batch(athlete);
        batch.Activities.Add(activity);
        await store.WriteAsync(Owner, batch, Ct);

        var loaded = await store.GetActivityAsync(Owner, activity.Id, includeStreams: true, Ct);
        Assert.NotNull(loaded);
        Assert.True(activity.Streams!.ContentEquals(loaded.Streams), "streams differ after the round trip");
        Assert.Equal(activity with { Streams = null, Laps = [] }, loaded with { Streams = null, Laps = [] });
        Assert.Equal(activity.Laps, loaded.Laps);

        // 22:30 UTC on 31 March is 00:30 on 1 April in Oslo: the activity belongs to 1 April there.
        var april = await store.ListActivitiesAsync(Owner, athlete.Id, DateRange.Between(new DateOnly(2024, 4, 1), new DateOnly(2024, 4, 1)), false, Ct);
        Assert.Single(april);
        Assert.Null(april[0].Streams);
        Assert.Empty(await store.ListActivitiesAsync(Owner, athlete.Id, DateRange.Between(new DateOnly(2024, 3, 31), new DateOnly(2024, 3, 31)), false, Ct));
    }

    [Fact]
    public async Task ReimportingTheSameSession_IsSkippedAsDuplicate()
    {
        var (target, store) = await NewStoreAsync();
        await using var _ = target;
        await using var __ = store;
        var athlete = Samples.Athlete("kari");
        var activity = Samples.Activity(athlete, new DateTimeOffset(2024, 5, 2, 6, 0, 0, TimeSpan.Zero));
        var first = Batch(athlete);
        first.Activities.Add(activity);
        first.SourceFiles.Add(new SourceFileRecord(new string('b', 64), "run.fit", "fit", DateTimeOffset.UnixEpoch, athlete.Id, 1234));
        await store.WriteAsync(Owner, first, Ct);

        var again = new StoreBatch();
        again.Activities.Add(activity with { Id = ActivityId.New() });
        var summary = await store.WriteAsync(Owner, again, Ct);

        Assert.Equal(0, summary.RowsWritten);
        Assert.Equal(1, summary.DuplicatesSkipped);
        Assert.True(await store.HasSourceFileAsync(Owner, new string('b', 64), Ct));
        Assert.False(await store.HasSourceFileAsync(Owner, new string('c', 64), Ct));
        Assert.Single(await store.ListActivitiesAsync(Owner, athlete.Id, DateRange.All, false, Ct));
    }

    [Fact]
    public async Task DailyRecords_RoundTripAndUpsertByNaturalKey()
    {
        var (target, store) = await NewStoreAsync();
        await using var _ = target;
        await using var __ = store;
        var athlete = Samples.Athlete("per");
        var day = new DateOnly(2024, 6, 10);
        var wellness = new WellnessEntry
        {
            AthleteId = athlete.Id, Date = day, SleepDurationHours = 7.5, SleepQuality = 4, Fatigue = 3, Soreness = 2, Stress = 4,
            Mood = 5, Motivation = 4, Readiness = 7, RestingHeartRateBpm = 47, Hrv = new HrvMeasurement(78.5, HrvMetric.Rmssd, "morning-chest-strap"),
            Notes = "slept badly after travel",
        };
        var rpe = new SessionRpe { AthleteId = athlete.Id, Date = day, Rpe = 6, DurationMinutes = 70, SessionType = "intervals" };
        var injury = new Injury
        {
            Id = InjuryId.New(), AthleteId = athlete.Id, OnsetDate = day, BodyPart = "hamstring", Type = "strain",
            Severity = InjurySeverity.Moderate, TimeLossDays = 12, Details = "pulled in last rep", MedicalNotes = "grade 1 on ultrasound",
        };
        var test = new PerformanceTest { AthleteId = athlete.Id, Date = day, Kind = PerformanceTestKind.Vo2Max, Value = 61.2, Unit = "ml/kg/min" };
        var race = new RaceResult
        {
            AthleteId = athlete.Id, Date = day, DistanceMeters = 5000, TimeSeconds = 1002, Name = "Club 5k",
            TemperatureCelsius = 18, RelativeHumidityPercent = 60, ElevationGainMeters = 10,
        };
        var batch = Batch(athlete);
        batch.Wellness.Add(wellness);
        batch.SessionRpe.Add(rpe);
        batch.SessionRpe.Add(rpe);
        batch.Injuries.Add(injury);
        batch.Tests.Add(test);
        batch.Races.Add(race);
        var summary = await store.WriteAsync(Owner, batch, Ct);
        Assert.Equal(1, summary.DuplicatesSkipped);

        var corrected = new StoreBatch();
        corrected.Wellness.Add(wellness with { Soreness = 4, Notes = null });
        await store.WriteAsync(Owner, corrected, Ct);

        Assert.Equal(wellness with { Soreness = 4, Notes = null }, Assert.Single(await store.ListWellnessAsync(Owner, athlete.Id, DateRange.All, Ct)));
        Assert.Equal(rpe, Assert.Single(await store.ListSessionRpeAsync(Owner, athlete.Id, DateRange.All, Ct)));
        Assert.Equal(injury, Assert.Single(await store.ListInjuriesAsync(Owner, athlete.Id, Ct)));
        Assert.Equal(test, Assert.Single(await store.ListTestsAsync(Owner, athlete.Id, Ct)));
        Assert.Equal(race, Assert.Single(await store.ListRacesAsync(Owner, athlete.Id, Ct)));
        Assert.Empty(await store.ListWellnessAsync(Owner, athlete.Id, DateRange.Since(day.AddDays(1)), Ct));
    }

    [Fact]
    public async Task AthleteDays_ReplaceOnlyTheTailFromTheGivenDay()
    {
        var (target, store) = await NewStoreAsync();
        await using var _ = target;
        await using var __ = store;
        var athlete = Samples.Athlete("siri");
        var start = new DateOnly(2024, 1, 1);
        AthleteDay Day(int offset, double load) => new()
        {
            AthleteId = athlete.Id, Date = start.AddDays(offset), Status = DayStatus.Trained, Load = load, LoadSource = LoadSource.HeartRate,
            SessionCount = 1, TrainingMinutes = 60, Fitness = 40 + offset, Fatigue = 50, Form = -10 + offset, AcwrEwma = 1.1,
            Quality = DayQualityFlags.ShortLoadHistory | DayQualityFlags.NoHrv,
            ReadinessContributors = [new ReadinessContributor("hrv", 4.2, "ln ms", 4.3, -0.8, ContributorDirection.Lowers, "HRV slightly below your band")],
            Metrics = new Dictionary<string, double> { ["load_7d"] = 400 + offset },
            Provenance = "test/1",
        };

        var batch = Batch(athlete);
        batch.AthleteDays.Add(new AthleteDayReplacement(athlete.Id, start, Enumerable.Range(0, 10).Select(i => Day(i, 100)).ToList()));
        await store.WriteAsync(Owner, batch, Ct);
        var update = new StoreBatch();
        update.AthleteDays.Add(new AthleteDayReplacement(athlete.Id, start.AddDays(5), Enumerable.Range(5, 3).Select(i => Day(i, 999)).ToList()));
        await store.WriteAsync(Owner, update, Ct);

        var days = await store.ListAthleteDaysAsync(Owner, athlete.Id, DateRange.All, Ct);
        Assert.Equal(8, days.Count);
        Assert.All(days.Take(5), d => Assert.Equal(100, d.Load));
        Assert.All(days.Skip(5), d => Assert.Equal(999, d.Load));
        var first = days[0];
        var expected = Day(0, 100);
        IReadOnlyList<ReadinessContributor> noContributors = [];
        var noMetrics = new Dictionary<string, double>();
        Assert.Equal(expected with { ReadinessContributors = noContributors, Metrics = noMetrics }, first with { ReadinessContributors = noContributors, Metrics = noMetrics });
        Assert.Equal(expected.ReadinessContributors, first.ReadinessContributors);
        Assert.Equal(expected.Metrics, first.Metrics);
    }

    [Fact]
    public async Task FailingBatch_WritesNothing()
    {
        var (target, store) = await NewStoreAsync();
        await using var _ = target;
        await using var __ = store;
        var existing = Samples.Athlete("taken");
        await store.WriteAsync(Owner, Batch(existing), Ct);

        var fresh = Samples.Athlete("fresh");
        var clash = Samples.Athlete("taken");
        var batch = Batch(fresh, clash);
        batch.Activities.Add(Samples.Activity(fresh, DateTimeOffset.UnixEpoch.AddYears(50)));
        var error = await Assert.ThrowsAsync<StoreException>(() => store.WriteAsync(Owner, batch, Ct));

        Assert.Contains("'taken' already belongs to another athlete", error.Message, StringComparison.Ordinal);
        Assert.Null(await store.FindAthleteAsync(Owner, "fresh", Ct));
        var counts = await store.CountAsync(Owner, Ct);
        Assert.Equal(1, counts.Athletes);
        Assert.Equal(0, counts.Activities);
    }

    [Fact]
    public async Task InvalidRecords_AreRejectedBeforeAnythingIsWritten()
    {
        var (target, store) = await NewStoreAsync();
        await using var _ = target;
        await using var __ = store;
        var athlete = Samples.Athlete("anna");
        var batch = Batch(athlete);
        batch.Wellness.Add(new WellnessEntry { AthleteId = athlete.Id, Date = new DateOnly(2024, 1, 1), Mood = 9 });
        var error = await Assert.ThrowsAsync<StoreException>(() => store.WriteAsync(Owner, batch, Ct));
        Assert.Equal("nothing was written: wellness 2024-01-01: mood 9 is outside the 1–5 scale", error.Message);
        Assert.Equal(0, (await store.CountAsync(Owner, Ct)).Athletes);
    }

    [Fact]
    public async Task Access_FollowsTeamMembership()
    {
        var (target, store) = await NewStoreAsync();
        await using var _ = target;
        await using var __ = store;
        var sprinters = new Team(TeamId.New(), "Sprinters");
        var throwers = new Team(TeamId.New(), "Throwers");
        var coach = new UserAccount(UserId.New(), "coach-sprint") { DisplayName = "Sprint Coach" };
        var athleteUser = new UserAccount(UserId.New(), "mia");
        var mia = Samples.Athlete("mia");
        var leo = Samples.Athlete("leo");
        var tor = Samples.Athlete("tor");
        var setup = Batch(mia, leo, tor);
        setup.Teams.AddRange([sprinters, throwers]);
        setup.Users.AddRange([coach, athleteUser]);
        setup.Memberships.AddRange(
        [
            new Membership(sprinters.Id, TeamRole.Coach, coach.Id),
            new Membership(sprinters.Id, TeamRole.Athlete, athleteUser.Id, mia.Id),
            new Membership(sprinters.Id, TeamRole.Athlete, null, leo.Id),
            new Membership(throwers.Id, TeamRole.Athlete, null, tor.Id),
        ]);
        await store.WriteAsync(Owner, setup, Ct);

        var asCoach = AccessContext.ForUser(coach.Id, "dashboard");
        var asMia = AccessContext.ForUser(athleteUser.Id, "dashboard");
        var stranger = AccessContext.ForUser(UserId.New(), "dashboard");

        Assert.Equal(["leo", "mia"], (await store.ListAthletesAsync(asCoach, Ct)).Select(a => a.Handle));
        Assert.Equal(["mia"], (await store.ListAthletesAsync(asMia, Ct)).Select(a => a.Handle));
        Assert.Empty(await store.ListAthletesAsync(stranger, Ct));
        Assert.Null(await store.FindAthleteAsync(asCoach, "tor", Ct));
        Assert.Equal(["Sprinters"], (await store.ListTeamsAsync(asCoach, Ct)).Select(t => t.Name));
        await Assert.ThrowsAsync<AccessDeniedException>(() => store.ListWellnessAsync(asMia, leo.Id, DateRange.All, Ct));

        var sneaky = new StoreBatch();
        sneaky.Wellness.Add(new WellnessEntry { AthleteId = mia.Id, Date = new DateOnly(2024, 2, 1), Mood = 4 });
        sneaky.Wellness.Add(new WellnessEntry { AthleteId = tor.Id, Date = new DateOnly(2024, 2, 1), Mood = 1 });
        await Assert.ThrowsAsync<AccessDeniedException>(() => store.WriteAsync(asCoach, sneaky, Ct));
        Assert.Empty(await store.ListWellnessAsync(Owner, mia.Id, DateRange.All, Ct));

        var own = new StoreBatch();
        own.Wellness.Add(new WellnessEntry { AthleteId = mia.Id, Date = new DateOnly(2024, 2, 1), Mood = 4 });
        await store.WriteAsync(asMia, own, Ct);
        Assert.Single(await store.ListWellnessAsync(asCoach, mia.Id, DateRange.All, Ct));
    }

    [Fact]
    public async Task SensitiveFields_PassThroughTheProtectorKeyedPerAthlete()
    {
        var protector = new RecordingProtector();
        var (target, store) = await NewStoreAsync(new StoreOptions { FieldProtector = protector });
        await using var _ = target;
        await using var __ = store;
        var athlete = Samples.Athlete("nora");
        var batch = Batch(athlete);
        batch.Injuries.Add(new Injury
        {
            Id = InjuryId.New(), AthleteId = athlete.Id, OnsetDate = new DateOnly(2024, 2, 2), BodyPart = "ankle", Type = "sprain",
            Details = "rolled it on a kerb", MedicalNotes = "ATFL tenderness",
        });
        batch.Wellness.Add(new WellnessEntry { AthleteId = athlete.Id, Date = new DateOnly(2024, 2, 2), Notes = "exam week" });
        await store.WriteAsync(Owner, batch, Ct);

        var scope = ProtectionScopes.For(athlete.Id);
        Assert.Contains((scope, "athlete.display_name"), protector.Protected);
        Assert.Contains((scope, "injury.details"), protector.Protected);
        Assert.Contains((scope, "injury.medical_notes"), protector.Protected);
        Assert.Contains((scope, "wellness.notes"), protector.Protected);
        var injury = Assert.Single(await store.ListInjuriesAsync(Owner, athlete.Id, Ct));
        Assert.Equal("ATFL tenderness", injury.MedicalNotes);
        Assert.Equal("Name of nora", (await store.FindAthleteAsync(Owner, "nora", Ct))!.DisplayName);
    }

    [Fact]
    public async Task ModelRegistry_KeepsEachNamesHistory_ReplacesById_AndIsForAdminsOnly()
    {
        var (target, store) = await NewStoreAsync();
        await using var _ = target;
        await using var __ = store;
        ModelRecord Model(string id, string name, int day, double auc) => new()
        {
            Id = id, Name = name, Kind = "calibrated-classifier", TrainedUtc = new DateTimeOffset(2026, 3, day, 6, 0, 0, TimeSpan.Zero),
            DataSha256 = new string('a', 64), Protocol = "group 5-fold", Metrics = new Dictionary<string, double> { ["roc_auc"] = auc },
            DetailsJson = """{"features":["load_7d"]}""", ModelFile = [1, 2, 3, (byte)day],
        };
        await store.RegisterModelAsync(Owner, Model("b", "injury", 2, 0.61), Ct);
        await store.RegisterModelAsync(Owner, Model("a", "injury", 1, 0.58), Ct);
        await store.RegisterModelAsync(Owner, Model("r", "readiness", 3, 0.44), Ct);
        await store.RegisterModelAsync(Owner, Model("b", "injury", 4, 0.63), Ct);

        var injury = await store.ListModelsAsync(Owner, "injury", cancellationToken: Ct);
        Assert.Equal(["a", "b"], injury.Select(m => m.Id));
        Assert.Equal([0.58, 0.63], injury.Select(m => m.Metrics["roc_auc"]));
        Assert.All(injury, m => Assert.Empty(m.ModelFile));
        var all = await store.ListModelsAsync(Owner, includeModelFiles: true, cancellationToken: Ct);
        Assert.Equal(["a", "r", "b"], all.Select(m => m.Id));
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, all[^1].ModelFile);
        Assert.Equal("""{"features":["load_7d"]}""", all[^1].DetailsJson);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 6, 0, 0, TimeSpan.Zero), all[^1].TrainedUtc);

        var coach = new UserAccount(UserId.New(), "coach");
        var team = new Team(TeamId.New(), "Squad");
        var setup = new StoreBatch();
        setup.Teams.Add(team);
        setup.Users.Add(coach);
        setup.Memberships.Add(new Membership(team.Id, TeamRole.Coach, coach.Id));
        await store.WriteAsync(Owner, setup, Ct);
        var asCoach = AccessContext.ForUser(coach.Id, "cli");
        await Assert.ThrowsAsync<AccessDeniedException>(() => store.RegisterModelAsync(asCoach, Model("c", "injury", 5, 0.9), Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => store.ListModelsAsync(asCoach, cancellationToken: Ct));
        await Assert.ThrowsAsync<StoreException>(() => store.RegisterModelAsync(Owner, Model("d", "injury", 6, 0.5) with { ModelFile = [] }, Ct));
        Assert.Equal(3, (await store.ListModelsAsync(Owner, cancellationToken: Ct)).Count);
    }

    [Fact]
    public async Task CoachSessions_AreOnePerDay_ReplaceableAndClearable()
    {
        var (target, store) = await NewStoreAsync();
        await using var _ = target;
        await using var __ = store;
        var athlete = Samples.Athlete("sara");
        var day = new DateOnly(2026, 5, 4);
        PlannedSession Coach(DateOnly date, SessionIntensity type, double minutes) => new()
        {
            AthleteId = athlete.Id, Date = date, Intensity = type, DurationMinutes = minutes, Reason = "team travel", IsCoachOverride = true,
        };
        var first = Batch(athlete);
        first.CoachSessions.AddRange([Coach(day, SessionIntensity.Intervals, 50), Coach(day.AddDays(1), SessionIntensity.Rest, 0)]);
        await store.WriteAsync(Owner, first, Ct);
        var change = new StoreBatch();
        change.CoachSessions.Add(Coach(day, SessionIntensity.Easy, 40));
        change.ClearedCoachSessions.Add((athlete.Id, day.AddDays(1)));
        await store.WriteAsync(Owner, change, Ct);

        var sessions = await store.ListCoachSessionsAsync(Owner, athlete.Id, DateRange.All, Ct);
        var only = Assert.Single(sessions);
        Assert.Equal((day, SessionIntensity.Easy, 40.0, "team travel", true, "coach"),
            (only.Date, only.Intensity, only.DurationMinutes, only.Reason, only.IsCoachOverride, only.Planner));
        Assert.Empty(await store.ListCoachSessionsAsync(Owner, athlete.Id, DateRange.Between(day.AddDays(1), day.AddDays(9)), Ct));

        var bad = new StoreBatch();
        bad.CoachSessions.Add(Coach(day, SessionIntensity.Moderate, 5000));
        var error = await Assert.ThrowsAsync<StoreException>(() => store.WriteAsync(Owner, bad, Ct));
        Assert.Contains("coach session 2026-05-04: duration 5000 min", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reopening_KeepsDataAndSchemaVersion()
    {
        await using var target = await StoreTarget.CreateAsync(Provider);
        var athlete = Samples.Athlete("eva");
        await using (var store = await target.CreateStoreAsync())
        {
            await store.WriteAsync(Owner, Batch(athlete), Ct);
        }

        await using var reopened = await target.OpenStoreAsync();
        Assert.NotNull(await reopened.FindAthleteAsync(Owner, "eva", Ct));
        await using var again = await target.CreateStoreAsync();
        Assert.Equal(1, (await again.CountAsync(Owner, Ct)).Athletes);
    }

    /// <summary>Reverses the bytes behind a private scheme marker, and records which fields it saw.</summary>
    private sealed class RecordingProtector : IFieldProtector
    {
        public List<(string Scope, string Field)> Protected { get; } = [];

        public byte[]? Protect(string scope, string field, string? plaintext)
        {
            if (plaintext is null) return null;
            lock (Protected) Protected.Add((scope, field));
            return [0x7F, .. Encoding.UTF8.GetBytes(plaintext).Reverse()];
        }

        public string? Unprotect(string scope, string field, byte[]? protectedValue) =>
            protectedValue is null ? null : Encoding.UTF8.GetString(protectedValue.Skip(1).Reverse().ToArray());
    }
}

public sealed class SqliteStoreContractTests : StoreContractTests
{
    protected override StoreProvider Provider => StoreProvider.Sqlite;
}

public sealed class PostgresStoreContractTests : StoreContractTests
{
    protected override StoreProvider Provider => StoreProvider.PostgreSql;
}
