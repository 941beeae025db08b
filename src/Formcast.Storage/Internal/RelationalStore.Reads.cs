using System.Data.Common;
using System.Globalization;
using Formcast.Core;

namespace Formcast.Storage.Internal;

internal sealed partial class RelationalStore
{
    private const string AthleteColumns = "id, handle, display_name_protected, sex, birth_year, sport, discipline, level, time_zone";

    private const string ActivityColumns = """
        a.id, a.athlete_id, a.sport, a.sub_sport, a.start_utc, a.duration_s, a.moving_s, a.distance_m, a.avg_hr_bpm, a.max_hr_bpm,
        a.avg_power_w, a.ascent_m, a.energy_kcal, a.device_manufacturer, a.device_product, a.device_serial, a.device_software,
        a.source_format, a.source_sha256, a.notes_protected, a.laps_json
        """;

    public Task<IReadOnlyList<Athlete>> ListAthletesAsync(AccessContext access, CancellationToken cancellationToken = default) =>
        WithConnectionAsync<IReadOnlyList<Athlete>>(access, async (connection, scope) =>
        {
            var athletes = await QueryAthletesAsync(connection, null, $"SELECT {AthleteColumns} FROM athletes ORDER BY handle", null, cancellationToken).ConfigureAwait(false);
            return athletes.Where(a => scope.CanSeeAthlete(a.Id.Value)).ToList();
        }, cancellationToken);

    public Task<Athlete?> FindAthleteAsync(AccessContext access, string idOrHandle, CancellationToken cancellationToken = default) =>
        WithConnectionAsync(access, async (connection, scope) =>
        {
            ArgumentNullException.ThrowIfNull(idOrHandle);
            var byId = AthleteId.TryParse(idOrHandle, out var id);
            var sql = byId ? $"SELECT {AthleteColumns} FROM athletes WHERE id = @key" : $"SELECT {AthleteColumns} FROM athletes WHERE handle = @key";
            var found = await QueryAthletesAsync(connection, null, sql, c => c.Set("@key", byId ? _dialect.Id(id.Value) : idOrHandle), cancellationToken).ConfigureAwait(false);
            return found.FirstOrDefault(a => scope.CanSeeAthlete(a.Id.Value));
        }, cancellationToken);

    public Task<IReadOnlyList<Team>> ListTeamsAsync(AccessContext access, CancellationToken cancellationToken = default) =>
        WithConnectionAsync<IReadOnlyList<Team>>(access, async (connection, scope) =>
        {
            var teams = new List<Team>();
            await using var c = connection.Command("SELECT id, name FROM teams ORDER BY name");
            await using var r = await c.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var team = new Team(new TeamId(_dialect.ReadId(r, 0)), r.GetString(1));
                if (scope.CanSeeTeam(team.Id.Value)) teams.Add(team);
            }

            return teams;
        }, cancellationToken);

    public Task<IReadOnlyList<Membership>> ListMembershipsAsync(AccessContext access, TeamId team, CancellationToken cancellationToken = default) =>
        WithConnectionAsync<IReadOnlyList<Membership>>(access, async (connection, scope) =>
        {
            if (!scope.CanSeeTeam(team.Value)) throw new AccessDeniedException($"{access} may not see team {team}");
            var result = new List<Membership>();
            await using var c = connection.Command("SELECT role, user_id, athlete_id FROM memberships WHERE team_id = @team ORDER BY member_key");
            c.Set("@team", _dialect.Id(team.Value));
            await using var r = await c.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                result.Add(new Membership(team, (TeamRole)r.Int(0),
                    r.IsDBNull(1) ? null : new UserId(_dialect.ReadId(r, 1)),
                    r.IsDBNull(2) ? null : new AthleteId(_dialect.ReadId(r, 2))));
            }

            return result;
        }, cancellationToken);

    public Task<UserAccount?> FindUserAsync(AccessContext access, string login, CancellationToken cancellationToken = default) =>
        WithConnectionAsync(access, async (connection, scope) =>
        {
            await using var c = connection.Command("SELECT id, login, display_name_protected FROM users WHERE login = @login");
            c.Set("@login", login);
            await using var r = await c.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await r.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
            var id = new UserId(_dialect.ReadId(r, 0));
            if (!scope.Everything && access.UserId != id && !scope.IsAdminOfAnyTeam) return null;
            return new UserAccount(id, r.GetString(1))
            {
                DisplayName = _protector.Unprotect(ProtectionScopes.For(id), "user.display_name", r.NullableBytes(2)),
            };
        }, cancellationToken);

    public Task<bool> HasSourceFileAsync(AccessContext access, string sha256, CancellationToken cancellationToken = default) =>
        WithConnectionAsync(access, async (connection, _) =>
        {
            await using var c = connection.Command("SELECT COUNT(*) FROM source_files WHERE sha256 = @sha");
            c.Set("@sha", sha256);
            return Convert.ToInt64(await c.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0;
        }, cancellationToken);

    public Task<IReadOnlyList<Activity>> ListActivitiesAsync(AccessContext access, AthleteId athlete, DateRange range,
        bool includeStreams = false, CancellationToken cancellationToken = default) =>
        WithConnectionAsync<IReadOnlyList<Activity>>(access, async (connection, scope) =>
        {
            scope.EnsureAthlete(athlete.Value, "read activities of");
            var sql = $"SELECT {ActivityColumns}{(includeStreams ? ", s.payload" : ", NULL")} FROM activities a "
                + (includeStreams ? "LEFT JOIN activity_streams s ON s.activity_id = a.id " : "")
                + "WHERE a.athlete_id = @athlete" + RangeFilter("a.local_day", range) + " ORDER BY a.start_utc";
            return await QueryActivitiesAsync(connection, sql, c => SetRange(c.Set("@athlete", _dialect.Id(athlete.Value)), range), cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<Activity?> GetActivityAsync(AccessContext access, ActivityId id, bool includeStreams = true, CancellationToken cancellationToken = default) =>
        WithConnectionAsync(access, async (connection, scope) =>
        {
            var sql = $"SELECT {ActivityColumns}{(includeStreams ? ", s.payload" : ", NULL")} FROM activities a "
                + (includeStreams ? "LEFT JOIN activity_streams s ON s.activity_id = a.id " : "") + "WHERE a.id = @id";
            var found = await QueryActivitiesAsync(connection, sql, c => c.Set("@id", _dialect.Id(id.Value)), cancellationToken).ConfigureAwait(false);
            return found.Count == 1 && scope.CanSeeAthlete(found[0].AthleteId.Value) ? found[0] : null;
        }, cancellationToken);

    public Task<IReadOnlyList<WellnessEntry>> ListWellnessAsync(AccessContext access, AthleteId athlete, DateRange range, CancellationToken cancellationToken = default) =>
        ListForAthleteAsync(access, athlete, range, "wellness",
            "SELECT day, sleep_h, sleep_quality, fatigue, soreness, stress, mood, motivation, readiness, resting_hr_bpm, hrv_ms, hrv_metric, hrv_source, notes_protected FROM wellness",
            "day", r => new WellnessEntry
            {
                AthleteId = athlete,
                Date = _dialect.ReadDay(r, 0),
                SleepDurationHours = r.NullableDouble(1),
                SleepQuality = r.NullableDouble(2),
                Fatigue = r.NullableDouble(3),
                Soreness = r.NullableDouble(4),
                Stress = r.NullableDouble(5),
                Mood = r.NullableDouble(6),
                Motivation = r.NullableDouble(7),
                Readiness = r.NullableDouble(8),
                RestingHeartRateBpm = r.NullableDouble(9),
                Hrv = r.IsDBNull(10) ? null : new HrvMeasurement(r.GetDouble(10), (HrvMetric)r.Int(11), r.NullableString(12) ?? ""),
                Notes = Unprotect(athlete, "wellness.notes", r.NullableBytes(13)),
            }, cancellationToken);

    public Task<IReadOnlyList<SessionRpe>> ListSessionRpeAsync(AccessContext access, AthleteId athlete, DateRange range, CancellationToken cancellationToken = default) =>
        ListForAthleteAsync(access, athlete, range, "session ratings",
            "SELECT day, rpe, duration_min, session_type, activity_id FROM session_rpe", "day", r => new SessionRpe
            {
                AthleteId = athlete,
                Date = _dialect.ReadDay(r, 0),
                Rpe = r.GetDouble(1),
                DurationMinutes = r.GetDouble(2),
                SessionType = r.GetString(3) is { Length: > 0 } type ? type : null,
                ActivityId = r.IsDBNull(4) ? null : new ActivityId(_dialect.ReadId(r, 4)),
            }, cancellationToken);

    public Task<IReadOnlyList<PlannedSession>> ListCoachSessionsAsync(AccessContext access, AthleteId athlete, DateRange range, CancellationToken cancellationToken = default) =>
        ListForAthleteAsync(access, athlete, range, "coach sessions",
            "SELECT day, intensity, duration_min, reason FROM coach_sessions", "day", r => new PlannedSession
            {
                AthleteId = athlete,
                Date = _dialect.ReadDay(r, 0),
                Intensity = (SessionIntensity)r.Int(1),
                DurationMinutes = r.GetDouble(2),
                Reason = r.GetString(3),
                Planner = "coach",
                IsCoachOverride = true,
            }, cancellationToken);

    public Task<IReadOnlyList<Injury>> ListInjuriesAsync(AccessContext access, AthleteId athlete, CancellationToken cancellationToken = default) =>
        ListForAthleteAsync(access, athlete, DateRange.All, "injuries",
            "SELECT id, onset_day, body_part, injury_type, severity, time_loss_days, details_protected, medical_notes_protected FROM injuries",
            "onset_day", r => new Injury
            {
                Id = new InjuryId(_dialect.ReadId(r, 0)),
                AthleteId = athlete,
                OnsetDate = _dialect.ReadDay(r, 1),
                BodyPart = r.GetString(2),
                Type = r.GetString(3),
                Severity = (InjurySeverity)r.Int(4),
                TimeLossDays = r.Int(5),
                Details = Unprotect(athlete, "injury.details", r.NullableBytes(6)),
                MedicalNotes = Unprotect(athlete, "injury.medical_notes", r.NullableBytes(7)),
            }, cancellationToken);

    public Task<IReadOnlyList<PerformanceTest>> ListTestsAsync(AccessContext access, AthleteId athlete, CancellationToken cancellationToken = default) =>
        ListForAthleteAsync(access, athlete, DateRange.All, "tests",
            "SELECT day, kind, label, value, unit FROM performance_tests", "day", r => new PerformanceTest
            {
                AthleteId = athlete,
                Date = _dialect.ReadDay(r, 0),
                Kind = (PerformanceTestKind)r.Int(1),
                Label = r.GetString(2) is { Length: > 0 } label ? label : null,
                Value = r.GetDouble(3),
                Unit = r.GetString(4),
            }, cancellationToken);

    public Task<IReadOnlyList<RaceResult>> ListRacesAsync(AccessContext access, AthleteId athlete, CancellationToken cancellationToken = default) =>
        ListForAthleteAsync(access, athlete, DateRange.All, "races",
            "SELECT day, distance_m, time_s, name, temperature_c, humidity_pct, elevation_gain_m FROM races", "day", r => new RaceResult
            {
                AthleteId = athlete,
                Date = _dialect.ReadDay(r, 0),
                DistanceMeters = r.GetDouble(1),
                TimeSeconds = r.GetDouble(2),
                Name = r.NullableString(3),
                TemperatureCelsius = r.NullableDouble(4),
                RelativeHumidityPercent = r.NullableDouble(5),
                ElevationGainMeters = r.NullableDouble(6),
            }, cancellationToken);

    public Task<IReadOnlyList<AthleteDay>> ListAthleteDaysAsync(AccessContext access, AthleteId athlete, DateRange range, CancellationToken cancellationToken = default) =>
        ListForAthleteAsync(access, athlete, range, "daily state",
            """
            SELECT day, status, load, load_source, session_count, training_min, fitness, fatigue, form, ramp_rate, acwr_coupled,
                acwr_uncoupled, acwr_ewma, monotony, strain, readiness, quality, contributors_json, metrics_json, provenance FROM athlete_days
            """, "day", r => new AthleteDay
            {
                AthleteId = athlete,
                Date = _dialect.ReadDay(r, 0),
                Status = (DayStatus)r.Int(1),
                Load = r.GetDouble(2),
                LoadSource = (LoadSource)r.Int(3),
                SessionCount = r.Int(4),
                TrainingMinutes = r.GetDouble(5),
                Fitness = r.NullableDouble(6),
                Fatigue = r.NullableDouble(7),
                Form = r.NullableDouble(8),
                RampRate = r.NullableDouble(9),
                AcwrRollingCoupled = r.NullableDouble(10),
                AcwrRollingUncoupled = r.NullableDouble(11),
                AcwrEwma = r.NullableDouble(12),
                Monotony = r.NullableDouble(13),
                Strain = r.NullableDouble(14),
                Readiness = r.NullableDouble(15),
                Quality = (DayQualityFlags)r.Int(16),
                ReadinessContributors = Json.Read<List<ReadinessContributor>>(r.GetString(17), "athlete_days.contributors_json"),
                Metrics = Json.Read<Dictionary<string, double>>(r.GetString(18), "athlete_days.metrics_json"),
                Provenance = r.GetString(19),
            }, cancellationToken);

    public Task<StoreCounts> CountAsync(AccessContext access, CancellationToken cancellationToken = default) =>
        WithConnectionAsync(access, async (connection, scope) =>
        {
            if (!scope.Everything) throw new AccessDeniedException($"{access} may not count the whole store");
            async Task<int> Count(string sql)
            {
                await using var c = connection.Command(sql);
                return Convert.ToInt32(await c.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            }

            return new StoreCounts(
                await Count("SELECT COUNT(*) FROM athletes").ConfigureAwait(false),
                await Count("SELECT COUNT(*) FROM activities").ConfigureAwait(false),
                await Count("SELECT COUNT(*) FROM activity_streams").ConfigureAwait(false),
                await Count("SELECT COUNT(*) FROM wellness").ConfigureAwait(false),
                await Count("SELECT COUNT(*) FROM session_rpe").ConfigureAwait(false),
                await Count("SELECT COUNT(*) FROM injuries").ConfigureAwait(false),
                await Count("SELECT COUNT(*) FROM performance_tests").ConfigureAwait(false),
                await Count("SELECT COUNT(*) FROM races").ConfigureAwait(false),
                await Count("SELECT COUNT(*) FROM athlete_days").ConfigureAwait(false),
                await Count("SELECT COUNT(*) FROM source_files").ConfigureAwait(false));
        }, cancellationToken);

    /// <summary>Reads one athlete inside an open transaction (no access check: callers check).</summary>
    internal async Task<Athlete?> ReadAthleteAsync(DbConnection connection, DbTransaction? transaction, Guid id, CancellationToken cancellationToken)
    {
        var found = await QueryAthletesAsync(connection, transaction, $"SELECT {AthleteColumns} FROM athletes WHERE id = @id",
            c => c.Set("@id", _dialect.Id(id)), cancellationToken).ConfigureAwait(false);
        return found.FirstOrDefault();
    }

    private Task<IReadOnlyList<T>> ListForAthleteAsync<T>(AccessContext access, AthleteId athlete, DateRange range, string what,
        string select, string dayColumn, Func<DbDataReader, T> map, CancellationToken cancellationToken) =>
        WithConnectionAsync<IReadOnlyList<T>>(access, async (connection, scope) =>
        {
            scope.EnsureAthlete(athlete.Value, "read " + what + " of");
            await using var c = connection.Command($"{select} WHERE athlete_id = @athlete{RangeFilter(dayColumn, range)} ORDER BY {dayColumn}");
            SetRange(c.Set("@athlete", _dialect.Id(athlete.Value)), range);
            var result = new List<T>();
            await using var r = await c.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false)) result.Add(map(r));
            return result;
        }, cancellationToken);

    private static string RangeFilter(string column, DateRange range) =>
        (range.From is null ? "" : $" AND {column} >= @from") + (range.To is null ? "" : $" AND {column} <= @to");

    private DbCommand SetRange(DbCommand command, DateRange range)
    {
        if (range.From is { } from) command.Set("@from", _dialect.Day(from));
        if (range.To is { } to) command.Set("@to", _dialect.Day(to));
        return command;
    }

    private async Task<List<Athlete>> QueryAthletesAsync(DbConnection connection, DbTransaction? transaction, string sql,
        Action<DbCommand>? bind, CancellationToken cancellationToken)
    {
        var athletes = new List<Athlete>();
        await using (var c = connection.Command(sql, transaction))
        {
            bind?.Invoke(c);
            await using var r = await c.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var id = new AthleteId(_dialect.ReadId(r, 0));
                athletes.Add(new Athlete
                {
                    Id = id,
                    Handle = r.GetString(1),
                    DisplayName = Unprotect(id, "athlete.display_name", r.NullableBytes(2)),
                    Sex = (Sex)r.Int(3),
                    BirthYear = r.NullableInt(4),
                    Sport = (Sport)r.Int(5),
                    Discipline = r.NullableString(6),
                    Level = (AthleteLevel)r.Int(7),
                    TimeZoneId = r.GetString(8),
                });
            }
        }

        for (var i = 0; i < athletes.Count; i++)
        {
            var thresholds = new List<PhysiologicalThresholds>();
            await using var c = connection.Command("""
                SELECT effective_from, max_hr_bpm, resting_hr_bpm, threshold_hr_bpm, threshold_pace_s_per_km, threshold_power_w,
                    vo2max_ml_kg_min, body_mass_kg FROM athlete_thresholds WHERE athlete_id = @id ORDER BY effective_from
                """, transaction);
            c.Set("@id", _dialect.Id(athletes[i].Id.Value));
            await using var r = await c.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                thresholds.Add(new PhysiologicalThresholds(_dialect.ReadDay(r, 0), r.GetDouble(1), r.GetDouble(2), r.NullableDouble(3),
                    r.NullableDouble(4), r.NullableDouble(5), r.NullableDouble(6), r.NullableDouble(7)));
            }

            athletes[i] = athletes[i] with { Thresholds = thresholds };
        }

        return athletes;
    }

    private async Task<List<Activity>> QueryActivitiesAsync(DbConnection connection, string sql, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        var result = new List<Activity>();
        await using var c = connection.Command(sql);
        bind(c);
        await using var r = await c.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = new ActivityId(_dialect.ReadId(r, 0));
            var athlete = new AthleteId(_dialect.ReadId(r, 1));
            var hasDevice = !(r.IsDBNull(13) && r.IsDBNull(14) && r.IsDBNull(15) && r.IsDBNull(16));
            result.Add(new Activity
            {
                Id = id,
                AthleteId = athlete,
                Sport = (Sport)r.Int(2),
                SubSport = r.NullableString(3),
                StartUtc = _dialect.ReadInstant(r, 4),
                DurationSeconds = r.GetDouble(5),
                MovingSeconds = r.NullableDouble(6),
                DistanceMeters = r.NullableDouble(7),
                AverageHeartRateBpm = r.NullableDouble(8),
                MaxHeartRateBpm = r.NullableDouble(9),
                AveragePowerWatts = r.NullableDouble(10),
                AscentMeters = r.NullableDouble(11),
                EnergyKilocalories = r.NullableDouble(12),
                Device = hasDevice ? new DeviceInfo(r.NullableString(13), r.NullableString(14), r.NullableString(15), r.NullableString(16)) : null,
                SourceFormat = r.GetString(17),
                SourceFileSha256 = r.NullableString(18),
                Notes = Unprotect(athlete, "activity.notes", r.NullableBytes(19)),
                Laps = Json.Read<List<Lap>>(r.GetString(20), "activities.laps_json"),
                Streams = r.IsDBNull(21) ? null : SampleStreamCodec.Decode((byte[])r.GetValue(21), $"activity {id}"),
            });
        }

        return result;
    }
}
