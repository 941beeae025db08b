using System.Data.Common;
using Formcast.Core;

namespace Formcast.Storage.Internal;

internal sealed partial class RelationalStore
{
    public async Task<WriteSummary> WriteAsync(AccessContext access, StoreBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Validate() is { } problem) throw new StoreException($"nothing was written: {problem}");
        if (batch.IsEmpty) return new WriteSummary(0, 0);

        return await WithTransactionAsync(access, async (connection, transaction, scope) =>
        {
            var writer = new BatchWriter(this, connection, transaction, scope, cancellationToken);
            await writer.WriteAsync(batch).ConfigureAwait(false);
            return new WriteSummary(writer.Written, writer.Duplicates);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies one batch inside an open transaction, counting rows written and duplicates skipped.</summary>
    private sealed class BatchWriter(RelationalStore store, DbConnection connection, DbTransaction transaction, AccessScope scope, CancellationToken ct)
    {
        private readonly SqlDialect _d = store._dialect;

        public int Written { get; private set; }

        public int Duplicates { get; private set; }

        public async Task WriteAsync(StoreBatch batch)
        {
            foreach (var team in batch.Teams) await WriteTeamAsync(team).ConfigureAwait(false);
            foreach (var user in batch.Users) await WriteUserAsync(user).ConfigureAwait(false);
            foreach (var athlete in batch.Athletes) await WriteAthleteAsync(athlete, batch).ConfigureAwait(false);
            foreach (var membership in batch.Memberships) await WriteMembershipAsync(membership).ConfigureAwait(false);
            foreach (var file in batch.SourceFiles) await WriteSourceFileAsync(file).ConfigureAwait(false);
            await WriteActivitiesAsync(batch.Activities).ConfigureAwait(false);
            await WriteWellnessAsync(batch.Wellness).ConfigureAwait(false);
            await WriteSessionRpeAsync(batch.SessionRpe).ConfigureAwait(false);
            foreach (var injury in batch.Injuries) await WriteInjuryAsync(injury).ConfigureAwait(false);
            foreach (var test in batch.Tests) await WriteTestAsync(test).ConfigureAwait(false);
            foreach (var race in batch.Races) await WriteRaceAsync(race).ConfigureAwait(false);
            foreach (var days in batch.AthleteDays) await WriteAthleteDaysAsync(days).ConfigureAwait(false);
            await WriteCoachSessionsAsync(batch.ClearedCoachSessions, batch.CoachSessions).ConfigureAwait(false);
        }

        private async Task WriteCoachSessionsAsync(List<(AthleteId Athlete, DateOnly Date)> cleared, List<PlannedSession> sessions)
        {
            if (cleared.Count > 0)
            {
                await using var delete = Command("DELETE FROM coach_sessions WHERE athlete_id = @athlete AND day = @day");
                foreach (var (athlete, date) in cleared)
                {
                    scope.EnsureAthlete(athlete.Value, "clear coach sessions of");
                    delete.Set("@athlete", _d.Id(athlete.Value)).Set("@day", _d.Day(date));
                    Written += await delete.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }
            }

            if (sessions.Count == 0) return;
            await using var c = Command("""
                INSERT INTO coach_sessions (athlete_id, day, intensity, duration_min, reason) VALUES (@athlete, @day, @intensity, @dur, @reason)
                ON CONFLICT (athlete_id, day) DO UPDATE SET intensity = excluded.intensity, duration_min = excluded.duration_min, reason = excluded.reason
                """);
            foreach (var s in sessions)
            {
                scope.EnsureAthlete(s.AthleteId.Value, "set coach sessions of");
                c.Set("@athlete", _d.Id(s.AthleteId.Value)).Set("@day", _d.Day(s.Date)).Set("@intensity", (int)s.Intensity)
                    .Set("@dur", s.DurationMinutes).Set("@reason", s.Reason);
                await ExecuteAsync(c).ConfigureAwait(false);
            }
        }

        private DbCommand Command(string sql) => connection.Command(sql, transaction);

        private async Task<int> ExecuteAsync(DbCommand command, bool countDuplicate = true)
        {
            var rows = await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            if (rows > 0) Written += rows;
            else if (countDuplicate) Duplicates++;
            return rows;
        }

        private async Task WriteTeamAsync(Team team)
        {
            if (!scope.Everything && !scope.CanAdministerTeam(team.Id.Value) && !scope.IsAdminOfAnyTeam)
                throw new AccessDeniedException($"{scope.Context} may not create or rename teams");
            await using var c = Command("INSERT INTO teams (id, name) VALUES (@id, @name) ON CONFLICT (id) DO UPDATE SET name = excluded.name");
            await ExecuteAsync(c.Set("@id", _d.Id(team.Id.Value)).Set("@name", team.Name)).ConfigureAwait(false);
        }

        private async Task WriteUserAsync(UserAccount user)
        {
            if (!scope.IsAdminOfAnyTeam) throw new AccessDeniedException($"{scope.Context} may not create user accounts");
            await using var c = Command("""
                INSERT INTO users (id, login, display_name_protected) VALUES (@id, @login, @name)
                ON CONFLICT (id) DO UPDATE SET login = excluded.login, display_name_protected = excluded.display_name_protected
                """);
            var name = store._protector.Protect(ProtectionScopes.For(user.Id), "user.display_name", user.DisplayName);
            await ExecuteAsync(c.Set("@id", _d.Id(user.Id.Value)).Set("@login", user.Login).Set("@name", name)).ConfigureAwait(false);
        }

        private async Task WriteAthleteAsync(Athlete athlete, StoreBatch batch)
        {
            var id = athlete.Id.Value;
            if (!scope.CanSeeAthlete(id))
            {
                // A team admin may add a new athlete by placing them in one of their teams in the same batch.
                var placed = batch.Memberships.Any(m => m.AthleteId == athlete.Id && scope.CanAdministerTeam(m.TeamId.Value));
                if (!placed || await AthleteExistsAsync(id).ConfigureAwait(false)) scope.EnsureAthlete(id, "write");
                scope.Grant(id);
            }

            await using (var owner = Command("SELECT id FROM athletes WHERE handle = @handle"))
            {
                owner.Set("@handle", athlete.Handle);
                if (await owner.ExecuteScalarAsync(ct).ConfigureAwait(false) is { } existing and not DBNull
                    && _d.ReadIdFromScalar(existing) != id)
                    throw new StoreException($"nothing was written: the handle '{athlete.Handle}' already belongs to another athlete");
            }

            await using (var c = Command("""
                INSERT INTO athletes (id, handle, display_name_protected, sex, birth_year, sport, discipline, level, time_zone)
                VALUES (@id, @handle, @name, @sex, @birth, @sport, @discipline, @level, @tz)
                ON CONFLICT (id) DO UPDATE SET handle = excluded.handle, display_name_protected = excluded.display_name_protected,
                    sex = excluded.sex, birth_year = excluded.birth_year, sport = excluded.sport, discipline = excluded.discipline,
                    level = excluded.level, time_zone = excluded.time_zone
                """))
            {
                c.Set("@id", _d.Id(id)).Set("@handle", athlete.Handle)
                    .Set("@name", store.Protect(athlete.Id, "athlete.display_name", athlete.DisplayName))
                    .Set("@sex", (int)athlete.Sex).Set("@birth", athlete.BirthYear).Set("@sport", (int)athlete.Sport)
                    .Set("@discipline", athlete.Discipline).Set("@level", (int)athlete.Level).Set("@tz", athlete.TimeZoneId);
                await ExecuteAsync(c).ConfigureAwait(false);
            }

            // The threshold history is replaced as a whole: the athlete record carries all of it.
            await using (var clear = Command("DELETE FROM athlete_thresholds WHERE athlete_id = @id"))
            {
                await clear.Set("@id", _d.Id(id)).ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }

            await using var t = Command("""
                INSERT INTO athlete_thresholds (athlete_id, effective_from, max_hr_bpm, resting_hr_bpm, threshold_hr_bpm,
                    threshold_pace_s_per_km, threshold_power_w, vo2max_ml_kg_min, body_mass_kg)
                VALUES (@id, @from, @max, @rest, @lthr, @pace, @power, @vo2, @mass)
                """);
            foreach (var th in athlete.Thresholds)
            {
                t.Set("@id", _d.Id(id)).Set("@from", _d.Day(th.EffectiveFrom)).Set("@max", th.MaxHeartRateBpm)
                    .Set("@rest", th.RestingHeartRateBpm).Set("@lthr", th.ThresholdHeartRateBpm).Set("@pace", th.ThresholdPaceSecondsPerKm)
                    .Set("@power", th.ThresholdPowerWatts).Set("@vo2", th.Vo2MaxMlPerKgPerMin).Set("@mass", th.BodyMassKg);
                await t.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
        }

        private async Task<bool> AthleteExistsAsync(Guid id)
        {
            await using var c = Command("SELECT COUNT(*) FROM athletes WHERE id = @id");
            return Convert.ToInt64(await c.Set("@id", _d.Id(id)).ExecuteScalarAsync(ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) > 0;
        }

        private async Task WriteMembershipAsync(Membership m)
        {
            if (!scope.CanAdministerTeam(m.TeamId.Value))
                throw new AccessDeniedException($"{scope.Context} may not change the membership of team {m.TeamId}");
            var key = $"{(m.UserId is { } u ? "u:" + u : "")}|{(m.AthleteId is { } a ? "a:" + a : "")}|{(int)m.Role}";
            await using var c = Command("""
                INSERT INTO memberships (team_id, member_key, role, user_id, athlete_id) VALUES (@team, @key, @role, @user, @athlete)
                ON CONFLICT (team_id, member_key) DO NOTHING
                """);
            c.Set("@team", _d.Id(m.TeamId.Value)).Set("@key", key).Set("@role", (int)m.Role)
                .Set("@user", m.UserId is { } user ? _d.Id(user.Value) : null)
                .Set("@athlete", m.AthleteId is { } athlete ? _d.Id(athlete.Value) : null);
            await ExecuteAsync(c).ConfigureAwait(false);
        }

        private async Task WriteSourceFileAsync(SourceFileRecord file)
        {
            if (file.AthleteId is { } owner) scope.EnsureAthlete(owner.Value, "import files for");
            await using var c = Command("""
                INSERT INTO source_files (sha256, file_name, format, imported_utc, athlete_id, byte_count)
                VALUES (@sha, @name, @format, @at, @athlete, @bytes) ON CONFLICT (sha256) DO NOTHING
                """);
            c.Set("@sha", file.Sha256).Set("@name", file.FileName).Set("@format", file.Format).Set("@at", _d.Instant(file.ImportedUtc))
                .Set("@athlete", file.AthleteId is { } a ? _d.Id(a.Value) : null).Set("@bytes", file.ByteCount);
            await ExecuteAsync(c).ConfigureAwait(false);
        }

        private async Task WriteActivitiesAsync(List<Activity> activities)
        {
            if (activities.Count == 0) return;
            await using var c = Command("""
                INSERT INTO activities (id, athlete_id, sport, sub_sport, start_utc, local_day, duration_s, moving_s, distance_m,
                    avg_hr_bpm, max_hr_bpm, avg_power_w, ascent_m, energy_kcal, device_manufacturer, device_product, device_serial,
                    device_software, source_format, source_sha256, notes_protected, laps_json)
                VALUES (@id, @athlete, @sport, @sub, @start, @day, @dur, @moving, @dist, @avghr, @maxhr, @power, @ascent, @kcal,
                    @man, @prod, @serial, @sw, @format, @sha, @notes, @laps)
                ON CONFLICT DO NOTHING
                """);
            await using var s = Command("INSERT INTO activity_streams (activity_id, sample_count, payload) VALUES (@id, @count, @payload)");
            var timeZones = new Dictionary<Guid, Athlete?>();
            foreach (var a in activities)
            {
                scope.EnsureAthlete(a.AthleteId.Value, "write activities of");
                if (!timeZones.TryGetValue(a.AthleteId.Value, out var athlete))
                {
                    athlete = await store.ReadAthleteAsync(connection, transaction, a.AthleteId.Value, ct).ConfigureAwait(false);
                    timeZones[a.AthleteId.Value] = athlete;
                }

                if (athlete is null) throw new StoreException($"nothing was written: activity {a.Id} belongs to unknown athlete {a.AthleteId}");
                c.Set("@id", _d.Id(a.Id.Value)).Set("@athlete", _d.Id(a.AthleteId.Value)).Set("@sport", (int)a.Sport).Set("@sub", a.SubSport)
                    .Set("@start", _d.Instant(a.StartUtc)).Set("@day", _d.Day(athlete.LocalDayOf(a.StartUtc)))
                    .Set("@dur", a.DurationSeconds).Set("@moving", a.MovingSeconds).Set("@dist", a.DistanceMeters)
                    .Set("@avghr", a.AverageHeartRateBpm).Set("@maxhr", a.MaxHeartRateBpm).Set("@power", a.AveragePowerWatts)
                    .Set("@ascent", a.AscentMeters).Set("@kcal", a.EnergyKilocalories)
                    .Set("@man", a.Device?.Manufacturer).Set("@prod", a.Device?.Product).Set("@serial", a.Device?.SerialNumber)
                    .Set("@sw", a.Device?.SoftwareVersion).Set("@format", a.SourceFormat).Set("@sha", a.SourceFileSha256)
                    .Set("@notes", store.Protect(a.AthleteId, "activity.notes", a.Notes)).Set("@laps", Json.Write(a.Laps));
                if (await ExecuteAsync(c).ConfigureAwait(false) == 0 || a.Streams is null) continue;
                s.Set("@id", _d.Id(a.Id.Value)).Set("@count", a.Streams.Count).Set("@payload", SampleStreamCodec.Encode(a.Streams));
                await s.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
        }

        private async Task WriteWellnessAsync(List<WellnessEntry> entries)
        {
            if (entries.Count == 0) return;
            await using var c = Command("""
                INSERT INTO wellness (athlete_id, day, sleep_h, sleep_quality, fatigue, soreness, stress, mood, motivation, readiness,
                    resting_hr_bpm, hrv_ms, hrv_metric, hrv_source, notes_protected)
                VALUES (@athlete, @day, @sleep, @sq, @fatigue, @soreness, @stress, @mood, @motivation, @readiness, @rhr, @hrv, @metric, @source, @notes)
                ON CONFLICT (athlete_id, day) DO UPDATE SET sleep_h = excluded.sleep_h, sleep_quality = excluded.sleep_quality,
                    fatigue = excluded.fatigue, soreness = excluded.soreness, stress = excluded.stress, mood = excluded.mood,
                    motivation = excluded.motivation, readiness = excluded.readiness, resting_hr_bpm = excluded.resting_hr_bpm,
                    hrv_ms = excluded.hrv_ms, hrv_metric = excluded.hrv_metric, hrv_source = excluded.hrv_source,
                    notes_protected = excluded.notes_protected
                """);
            foreach (var w in entries)
            {
                scope.EnsureAthlete(w.AthleteId.Value, "write wellness of");
                c.Set("@athlete", _d.Id(w.AthleteId.Value)).Set("@day", _d.Day(w.Date)).Set("@sleep", w.SleepDurationHours)
                    .Set("@sq", w.SleepQuality).Set("@fatigue", w.Fatigue).Set("@soreness", w.Soreness).Set("@stress", w.Stress)
                    .Set("@mood", w.Mood).Set("@motivation", w.Motivation).Set("@readiness", w.Readiness).Set("@rhr", w.RestingHeartRateBpm)
                    .Set("@hrv", w.Hrv?.ValueMs).Set("@metric", w.Hrv is null ? null : (int)w.Hrv.Metric).Set("@source", w.Hrv?.Source)
                    .Set("@notes", store.Protect(w.AthleteId, "wellness.notes", w.Notes));
                await ExecuteAsync(c).ConfigureAwait(false);
            }
        }

        private async Task WriteSessionRpeAsync(List<SessionRpe> ratings)
        {
            if (ratings.Count == 0) return;
            await using var c = Command("""
                INSERT INTO session_rpe (athlete_id, day, rpe, duration_min, session_type, activity_id)
                VALUES (@athlete, @day, @rpe, @dur, @type, @activity) ON CONFLICT DO NOTHING
                """);
            foreach (var r in ratings)
            {
                scope.EnsureAthlete(r.AthleteId.Value, "write session ratings of");
                c.Set("@athlete", _d.Id(r.AthleteId.Value)).Set("@day", _d.Day(r.Date)).Set("@rpe", r.Rpe).Set("@dur", r.DurationMinutes)
                    .Set("@type", r.SessionType ?? "").Set("@activity", r.ActivityId is { } a ? _d.Id(a.Value) : null);
                await ExecuteAsync(c).ConfigureAwait(false);
            }
        }

        private async Task WriteInjuryAsync(Injury i)
        {
            scope.EnsureAthlete(i.AthleteId.Value, "write injuries of");
            await using var c = Command("""
                INSERT INTO injuries (id, athlete_id, onset_day, body_part, injury_type, severity, time_loss_days, details_protected, medical_notes_protected)
                VALUES (@id, @athlete, @day, @part, @type, @severity, @loss, @details, @notes)
                ON CONFLICT (id) DO UPDATE SET onset_day = excluded.onset_day, body_part = excluded.body_part, injury_type = excluded.injury_type,
                    severity = excluded.severity, time_loss_days = excluded.time_loss_days, details_protected = excluded.details_protected,
                    medical_notes_protected = excluded.medical_notes_protected
                """);
            c.Set("@id", _d.Id(i.Id.Value)).Set("@athlete", _d.Id(i.AthleteId.Value)).Set("@day", _d.Day(i.OnsetDate)).Set("@part", i.BodyPart)
                .Set("@type", i.Type).Set("@severity", (int)i.Severity).Set("@loss", i.TimeLossDays)
                .Set("@details", store.Protect(i.AthleteId, "injury.details", i.Details))
                .Set("@notes", store.Protect(i.AthleteId, "injury.medical_notes", i.MedicalNotes));
            await ExecuteAsync(c).ConfigureAwait(false);
        }

        private async Task WriteTestAsync(PerformanceTest t)
        {
            scope.EnsureAthlete(t.AthleteId.Value, "write tests of");
            await using var c = Command("""
                INSERT INTO performance_tests (athlete_id, day, kind, label, value, unit) VALUES (@athlete, @day, @kind, @label, @value, @unit)
                ON CONFLICT (athlete_id, day, kind, label) DO UPDATE SET value = excluded.value, unit = excluded.unit
                """);
            c.Set("@athlete", _d.Id(t.AthleteId.Value)).Set("@day", _d.Day(t.Date)).Set("@kind", (int)t.Kind).Set("@label", t.Label ?? "")
                .Set("@value", t.Value).Set("@unit", t.Unit);
            await ExecuteAsync(c).ConfigureAwait(false);
        }

        private async Task WriteRaceAsync(RaceResult r)
        {
            scope.EnsureAthlete(r.AthleteId.Value, "write races of");
            await using var c = Command("""
                INSERT INTO races (athlete_id, day, distance_m, time_s, name, temperature_c, humidity_pct, elevation_gain_m)
                VALUES (@athlete, @day, @dist, @time, @name, @temp, @rh, @gain)
                ON CONFLICT (athlete_id, day, distance_m) DO UPDATE SET time_s = excluded.time_s, name = excluded.name,
                    temperature_c = excluded.temperature_c, humidity_pct = excluded.humidity_pct, elevation_gain_m = excluded.elevation_gain_m
                """);
            c.Set("@athlete", _d.Id(r.AthleteId.Value)).Set("@day", _d.Day(r.Date)).Set("@dist", r.DistanceMeters).Set("@time", r.TimeSeconds)
                .Set("@name", r.Name).Set("@temp", r.TemperatureCelsius).Set("@rh", r.RelativeHumidityPercent).Set("@gain", r.ElevationGainMeters);
            await ExecuteAsync(c).ConfigureAwait(false);
        }

        private async Task WriteAthleteDaysAsync(AthleteDayReplacement replacement)
        {
            scope.EnsureAthlete(replacement.AthleteId.Value, "write daily state of");
            await using (var clear = Command("DELETE FROM athlete_days WHERE athlete_id = @athlete AND day >= @from"))
            {
                clear.Set("@athlete", _d.Id(replacement.AthleteId.Value)).Set("@from", _d.Day(replacement.From));
                await clear.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }

            await using var c = Command("""
                INSERT INTO athlete_days (athlete_id, day, status, load, load_source, session_count, training_min, fitness, fatigue, form,
                    ramp_rate, acwr_coupled, acwr_uncoupled, acwr_ewma, monotony, strain, readiness, quality, contributors_json, metrics_json, provenance)
                VALUES (@athlete, @day, @status, @load, @source, @sessions, @minutes, @fitness, @fatigue, @form, @ramp, @acwrc, @acwru, @acwre,
                    @monotony, @strain, @readiness, @quality, @contributors, @metrics, @provenance)
                """);
            foreach (var day in replacement.Days)
            {
                if (day.AthleteId != replacement.AthleteId || day.Date < replacement.From)
                    throw new StoreException($"nothing was written: athlete-day {day.Date:yyyy-MM-dd} lies outside its replacement range");
                c.Set("@athlete", _d.Id(day.AthleteId.Value)).Set("@day", _d.Day(day.Date)).Set("@status", (int)day.Status).Set("@load", day.Load)
                    .Set("@source", (int)day.LoadSource).Set("@sessions", day.SessionCount).Set("@minutes", day.TrainingMinutes)
                    .Set("@fitness", day.Fitness).Set("@fatigue", day.Fatigue).Set("@form", day.Form).Set("@ramp", day.RampRate)
                    .Set("@acwrc", day.AcwrRollingCoupled).Set("@acwru", day.AcwrRollingUncoupled).Set("@acwre", day.AcwrEwma)
                    .Set("@monotony", day.Monotony).Set("@strain", day.Strain).Set("@readiness", day.Readiness).Set("@quality", (int)day.Quality)
                    .Set("@contributors", Json.Write(day.ReadinessContributors)).Set("@metrics", Json.Write(day.Metrics))
                    .Set("@provenance", day.Provenance);
                await ExecuteAsync(c).ConfigureAwait(false);
            }
        }
    }
}
