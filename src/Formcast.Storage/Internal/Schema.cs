namespace Formcast.Storage.Internal;

/// <summary>
/// The versioned schema. Each migration is a list of DDL templates (types as placeholders, see
/// <see cref="SqlDialect.Ddl"/>) applied in one transaction with its row in schema_migrations. Migrations are only
/// ever appended: a released migration is never edited. Sensitive values live in *_protected byte columns written
/// through the field protector.
/// </summary>
internal static class Schema
{
    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "initial schema",
        [
            """
            CREATE TABLE store_meta (
                key {TEXT} PRIMARY KEY,
                value {TEXT} NOT NULL)
            """,
            """
            CREATE TABLE athletes (
                id {ID} PRIMARY KEY,
                handle {TEXT} NOT NULL UNIQUE,
                display_name_protected {BLOB},
                sex {INT} NOT NULL,
                birth_year {INT},
                sport {INT} NOT NULL,
                discipline {TEXT},
                level {INT} NOT NULL,
                time_zone {TEXT} NOT NULL)
            """,
            """
            CREATE TABLE athlete_thresholds (
                athlete_id {ID} NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
                effective_from {DATE} NOT NULL,
                max_hr_bpm {REAL} NOT NULL,
                resting_hr_bpm {REAL} NOT NULL,
                threshold_hr_bpm {REAL},
                threshold_pace_s_per_km {REAL},
                threshold_power_w {REAL},
                vo2max_ml_kg_min {REAL},
                body_mass_kg {REAL},
                PRIMARY KEY (athlete_id, effective_from))
            """,
            """
            CREATE TABLE teams (
                id {ID} PRIMARY KEY,
                name {TEXT} NOT NULL)
            """,
            """
            CREATE TABLE users (
                id {ID} PRIMARY KEY,
                login {TEXT} NOT NULL UNIQUE,
                display_name_protected {BLOB})
            """,
            """
            CREATE TABLE memberships (
                team_id {ID} NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
                member_key {TEXT} NOT NULL,
                role {INT} NOT NULL,
                user_id {ID} REFERENCES users(id) ON DELETE CASCADE,
                athlete_id {ID} REFERENCES athletes(id) ON DELETE CASCADE,
                PRIMARY KEY (team_id, member_key))
            """,
            "CREATE INDEX ix_memberships_user ON memberships(user_id)",
            "CREATE INDEX ix_memberships_athlete ON memberships(athlete_id)",
            """
            CREATE TABLE source_files (
                sha256 {TEXT} PRIMARY KEY,
                file_name {TEXT} NOT NULL,
                format {TEXT} NOT NULL,
                imported_utc {INSTANT} NOT NULL,
                athlete_id {ID} REFERENCES athletes(id) ON DELETE SET NULL,
                byte_count {BIGINT} NOT NULL)
            """,
            """
            CREATE TABLE activities (
                id {ID} PRIMARY KEY,
                athlete_id {ID} NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
                sport {INT} NOT NULL,
                sub_sport {TEXT},
                start_utc {INSTANT} NOT NULL,
                local_day {DATE} NOT NULL,
                duration_s {REAL} NOT NULL,
                moving_s {REAL},
                distance_m {REAL},
                avg_hr_bpm {REAL},
                max_hr_bpm {REAL},
                avg_power_w {REAL},
                ascent_m {REAL},
                energy_kcal {REAL},
                device_manufacturer {TEXT},
                device_product {TEXT},
                device_serial {TEXT},
                device_software {TEXT},
                source_format {TEXT} NOT NULL,
                source_sha256 {TEXT},
                notes_protected {BLOB},
                laps_json {TEXT} NOT NULL)
            """,
            "CREATE INDEX ix_activities_athlete_day ON activities(athlete_id, local_day)",
            // One recorded session is one row per athlete and start instant and sport: importing the same
            // session from a second file (e.g. the FIT and its TCX export) does not double it.
            "CREATE UNIQUE INDEX ux_activities_natural ON activities(athlete_id, start_utc, sport)",
            """
            CREATE TABLE activity_streams (
                activity_id {ID} PRIMARY KEY REFERENCES activities(id) ON DELETE CASCADE,
                sample_count {INT} NOT NULL,
                payload {BLOB} NOT NULL)
            """,
            """
            CREATE TABLE wellness (
                athlete_id {ID} NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
                day {DATE} NOT NULL,
                sleep_h {REAL},
                sleep_quality {REAL},
                fatigue {REAL},
                soreness {REAL},
                stress {REAL},
                mood {REAL},
                motivation {REAL},
                readiness {REAL},
                resting_hr_bpm {REAL},
                hrv_ms {REAL},
                hrv_metric {INT},
                hrv_source {TEXT},
                notes_protected {BLOB},
                PRIMARY KEY (athlete_id, day))
            """,
            """
            CREATE TABLE session_rpe (
                athlete_id {ID} NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
                day {DATE} NOT NULL,
                rpe {REAL} NOT NULL,
                duration_min {REAL} NOT NULL,
                session_type {TEXT} NOT NULL,
                activity_id {ID},
                PRIMARY KEY (athlete_id, day, rpe, duration_min, session_type))
            """,
            """
            CREATE TABLE injuries (
                id {ID} PRIMARY KEY,
                athlete_id {ID} NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
                onset_day {DATE} NOT NULL,
                body_part {TEXT} NOT NULL,
                injury_type {TEXT} NOT NULL,
                severity {INT} NOT NULL,
                time_loss_days {INT} NOT NULL,
                details_protected {BLOB},
                medical_notes_protected {BLOB})
            """,
            "CREATE INDEX ix_injuries_athlete ON injuries(athlete_id, onset_day)",
            """
            CREATE TABLE performance_tests (
                athlete_id {ID} NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
                day {DATE} NOT NULL,
                kind {INT} NOT NULL,
                label {TEXT} NOT NULL,
                value {REAL} NOT NULL,
                unit {TEXT} NOT NULL,
                PRIMARY KEY (athlete_id, day, kind, label))
            """,
            """
            CREATE TABLE races (
                athlete_id {ID} NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
                day {DATE} NOT NULL,
                distance_m {REAL} NOT NULL,
                time_s {REAL} NOT NULL,
                name {TEXT},
                temperature_c {REAL},
                humidity_pct {REAL},
                elevation_gain_m {REAL},
                PRIMARY KEY (athlete_id, day, distance_m))
            """,
            """
            CREATE TABLE athlete_days (
                athlete_id {ID} NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
                day {DATE} NOT NULL,
                status {INT} NOT NULL,
                load {REAL} NOT NULL,
                load_source {INT} NOT NULL,
                session_count {INT} NOT NULL,
                training_min {REAL} NOT NULL,
                fitness {REAL},
                fatigue {REAL},
                form {REAL},
                ramp_rate {REAL},
                acwr_coupled {REAL},
                acwr_uncoupled {REAL},
                acwr_ewma {REAL},
                monotony {REAL},
                strain {REAL},
                readiness {REAL},
                quality {INT} NOT NULL,
                contributors_json {TEXT} NOT NULL,
                metrics_json {TEXT} NOT NULL,
                provenance {TEXT} NOT NULL,
                PRIMARY KEY (athlete_id, day))
            """,
        ]),
        new(2, "model registry and coach sessions",
        [
            """
            CREATE TABLE models (
                id {TEXT} PRIMARY KEY,
                name {TEXT} NOT NULL,
                kind {TEXT} NOT NULL,
                trained_utc {INSTANT} NOT NULL,
                data_sha256 {TEXT} NOT NULL,
                protocol {TEXT} NOT NULL,
                metrics_json {TEXT} NOT NULL,
                details_json {TEXT} NOT NULL,
                model_file {BLOB} NOT NULL)
            """,
            "CREATE INDEX ix_models_name ON models(name, trained_utc)",
            """
            CREATE TABLE coach_sessions (
                athlete_id {ID} NOT NULL REFERENCES athletes(id) ON DELETE CASCADE,
                day {DATE} NOT NULL,
                intensity {INT} NOT NULL,
                duration_min {REAL} NOT NULL,
                reason {TEXT} NOT NULL,
                PRIMARY KEY (athlete_id, day))
            """,
        ]),
    ];

    public static int LatestVersion => Migrations[^1].Version;
}
