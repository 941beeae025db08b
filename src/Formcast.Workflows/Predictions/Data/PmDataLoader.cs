using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Formcast.Analytics;
using Formcast.Core;
using Formcast.Formats;
using static Formcast.Workflows.Predictions.Data.DatasetFiles;

namespace Formcast.Workflows.Predictions.Data;

/// <summary>
/// Reads PMData (Thambawita et al. 2020, MMSys, doi:10.1145/3339825.3394926) in its original layout — one folder per
/// participant (<c>p01</c> …) with <c>pmsys/wellness.csv</c>, <c>pmsys/srpe.csv</c>, <c>pmsys/injury.csv</c> and
/// <c>fitbit/resting_heart_rate.json</c>, beside <c>participant-overview.csv</c> — into athlete-days.
/// <para>
/// Sessions are Foster session-RPE loads (CR-10 × minutes, dated by their end in Oslo time); wellness answers map to
/// PMSys's 1–5 scales (5 the best state) and readiness 0–10; the Fitbit resting heart rate of a day joins that day's
/// wellness (0 and out-of-range values are dropped). Injury reports are lists of sore body parts, given weekly by most
/// athletes and almost daily by some; an <b>onset</b> is a report naming a body part that none of the athlete's reports
/// of the previous <see cref="RecurrenceDays"/> days named (the first report only sets the starting state), so a
/// complaint that comes and goes within three weeks counts once.
/// </para>
/// </summary>
internal static partial class PmDataLoader
{
    public const string TimeZoneId = "Europe/Oslo";

    /// <summary>A body part named again within this many days of an earlier report is the same complaint.</summary>
    public const int RecurrenceDays = 21;

    public const string InjuryDefinition =
        "an onset is an injury report naming a body part that none of the athlete's reports of the previous 21 days named (the first report only sets the starting state)";

    public static LoadResult<Cohort> Load(string folder, DailyStateOptions? options = null)
    {
        if (!Directory.Exists(folder)) return LoadResult<Cohort>.Failure("pmdata.folder", "the folder does not exist", folder);
        var participants = Directory.GetDirectories(folder)
            .Where(d => ParticipantPattern().IsMatch(Path.GetFileName(d)))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (participants.Length == 0)
            return LoadResult<Cohort>.Failure("pmdata.layout", "no participant folders (p01, p02, …) found: expected PMData's original layout", folder);

        var diagnostics = new List<FormatDiagnostic>();
        var overview = ReadOverview(Path.Combine(folder, "participant-overview.csv"), diagnostics);
        var calculator = new AthleteDayCalculator(options);
        var sessions = new SessionLoadCalculator(calculator.Options.SessionLoad);
        var athletes = new List<CohortAthlete>();
        foreach (var dir in participants)
        {
            var name = Path.GetFileName(dir);
            var athlete = new Athlete { Id = StableId("pmdata/" + name), Handle = name, TimeZoneId = TimeZoneId };
            var wellness = ReadWellness(Path.Combine(dir, "pmsys", "wellness.csv"), athlete, diagnostics);
            ReadRestingHeartRate(Path.Combine(dir, "fitbit", "resting_heart_rate.json"), athlete, wellness, diagnostics);
            var rpe = ReadSessionRpe(Path.Combine(dir, "pmsys", "srpe.csv"), athlete, diagnostics, out var activities);
            var (reports, onsets) = ReadInjuries(Path.Combine(dir, "pmsys", "injury.csv"), athlete, diagnostics);
            var dates = wellness.Keys.Concat(rpe.Select(r => r.Date)).Concat(reports).ToArray();
            if (dates.Length == 0)
            {
                diagnostics.Add(Warning("pmdata.empty", "no wellness, session or injury record: participant left out", dir));
                continue;
            }

            var inputs = new AthleteDayInputs
            {
                Sessions = rpe.Select(r => sessions.Compute(athlete, r)).OrderBy(s => s.Date).ToArray(),
                Wellness = [.. wellness.Values.OrderBy(w => w.Date)],
            };
            var days = calculator.Compute(athlete.Id, inputs, dates.Min(), dates.Max());
            overview.TryGetValue(name, out var person);
            athletes.Add(new CohortAthlete
            {
                Index = athletes.Count,
                Name = name,
                Sex = person?.Sex ?? Sex.Unspecified,
                AgeYears = person?.Age,
                Sport = DominantActivity(activities),
                Days = days,
                InjuryOnsets = onsets,
                InjuryReportDays = reports,
                Static = person?.Static ?? new Dictionary<string, double>(),
            });
        }

        var notes = new List<string>
        {
            "load: Foster session RPE (CR-10 × minutes) from pmsys/srpe.csv, converted to the common scale (420 units = 100)",
            "days: calendar days in Europe/Oslo time; wellness from pmsys/wellness.csv, resting heart rate from fitbit/resting_heart_rate.json",
            "sport: the most frequent activity named in the athlete's session reports; level is not recorded in PMData",
        };
        return new LoadResult<Cohort>(new Cohort("pmdata", folder, athletes, InjuryDefinition, notes), diagnostics);
    }

    private sealed record Person(Sex Sex, double? Age, Dictionary<string, double> Static);

    private static Dictionary<string, Person> ReadOverview(string path, List<FormatDiagnostic> diagnostics)
    {
        var result = new Dictionary<string, Person>(StringComparer.Ordinal);
        var table = ReadTable(path, diagnostics, required: false);
        if (table is null) return result;
        var id = Column(table, "participant_id");
        if (id < 0)
        {
            diagnostics.Add(Warning("pmdata.overview", "no participant_id column: demographics unknown", path));
            return result;
        }

        var age = Column(table, "age");
        var gender = Column(table, "gender");
        var height = Column(table, "height");
        var maxHr = Column(table, "max_heart_rate");
        var minutes = Column(table, "first_5km_run_minutes");
        var seconds = Column(table, "first_5km_run_seconds");
        foreach (var row in table.Rows)
        {
            var sex = Field(row, gender) switch
            {
                "male" => Sex.Male,
                "female" => Sex.Female,
                _ => Sex.Unspecified,
            };
            var stat = new Dictionary<string, double>(StringComparer.Ordinal);
            if (Number(Field(row, height)) is { } h) stat["height_cm"] = h;
            if (Number(Field(row, maxHr)) is { } m) stat["max_hr_bpm"] = m;
            // Cells such as "injured" or "november" stand for a missing run time.
            if (Number(Field(row, minutes)) is { } min && Number(Field(row, seconds)) is { } sec) stat["run_5km_s"] = (min * 60) + sec;
            result[Field(row, id)] = new Person(sex, Number(Field(row, age)), stat);
        }

        return result;
    }

    private static Dictionary<DateOnly, WellnessEntry> ReadWellness(string path, Athlete athlete, List<FormatDiagnostic> diagnostics)
    {
        var result = new Dictionary<DateOnly, WellnessEntry>();
        var table = ReadTable(path, diagnostics, required: true);
        if (table is null) return result;
        var time = Column(table, "effective_time_frame");
        if (time < 0)
        {
            diagnostics.Add(Warning("pmdata.wellness", "no effective_time_frame column: wellness left out", path));
            return result;
        }

        var outOfRange = 0;
        int[] columns = [Column(table, "fatigue"), Column(table, "mood"), Column(table, "readiness"), Column(table, "sleep_duration_h"),
            Column(table, "sleep_quality"), Column(table, "soreness"), Column(table, "stress")];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (!TryInstant(Field(row, time), out var instant))
            {
                diagnostics.Add(Warning("pmdata.wellness.time", $"'{Field(row, time)}' is not an ISO time: row skipped", path, table.Lines[r]));
                continue;
            }

            var v = columns.Select(c => Number(Field(row, c))).ToArray();
            for (var k = 0; k < v.Length; k++)
            {
                var (low, high) = k == 2 ? (0.0, 10.0) : k == 3 ? (0.0, 24.0) : (1.0, 5.0);
                if (v[k] is { } x && (x < low || x > high))
                {
                    // PMSys stores an unanswered question as 0 on its 1–5 scales: the answer is missing, the rest of the row stands.
                    v[k] = null;
                    outOfRange++;
                }
            }

            var entry = new WellnessEntry
            {
                AthleteId = athlete.Id,
                Date = athlete.LocalDayOf(instant),
                Fatigue = v[0],
                Mood = v[1],
                Readiness = v[2],
                SleepDurationHours = v[3],
                SleepQuality = v[4],
                Soreness = v[5],
                Stress = v[6],
            };

            // Two answers on one day: the later one stands (the file is in time order).
            result[entry.Date] = entry;
        }

        if (outOfRange > 0)
            diagnostics.Add(Info("pmdata.wellness.range", string.Create(CultureInfo.InvariantCulture, $"{outOfRange} answers outside their scale (0 on a 1–5 scale) read as not answered"), path));
        return result;
    }

    private static void ReadRestingHeartRate(string path, Athlete athlete, Dictionary<DateOnly, WellnessEntry> wellness, List<FormatDiagnostic> diagnostics)
    {
        if (!File.Exists(path)) return;
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                diagnostics.Add(Warning("pmdata.rhr", "expected a JSON array of daily records: resting heart rate left out", path));
                return;
            }

            foreach (var record in document.RootElement.EnumerateArray())
            {
                if (!record.TryGetProperty("dateTime", out var when) || when.GetString() is not { } text
                    || !DateOnly.TryParseExact(text.Length >= 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    continue;
                if (!record.TryGetProperty("value", out var value) || !value.TryGetProperty("value", out var bpmElement)
                    || bpmElement.ValueKind != JsonValueKind.Number)
                    continue;
                var bpm = bpmElement.GetDouble();
                if (bpm is < 25 or > 130) continue;
                wellness[date] = wellness.TryGetValue(date, out var entry)
                    ? entry with { RestingHeartRateBpm = bpm }
                    : new WellnessEntry { AthleteId = athlete.Id, Date = date, RestingHeartRateBpm = bpm };
            }
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            diagnostics.Add(Warning("pmdata.rhr", $"unreadable ({e.Message}): resting heart rate left out", path));
        }
    }

    private static List<SessionRpe> ReadSessionRpe(string path, Athlete athlete, List<FormatDiagnostic> diagnostics, out List<string> activities)
    {
        var result = new List<SessionRpe>();
        activities = [];
        var table = ReadTable(path, diagnostics, required: false);
        if (table is null) return result;
        var end = Column(table, "end_date_time");
        var names = Column(table, "activity_names");
        var rpe = Column(table, "perceived_exertion");
        var minutes = Column(table, "duration_min");
        var empty = 0;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (Field(row, rpe).Length == 0 && Field(row, minutes).Length == 0)
            {
                empty++;
                continue;
            }

            if (!TryInstant(Field(row, end), out var instant) || Number(Field(row, rpe)) is not { } effort || Number(Field(row, minutes)) is not { } duration)
            {
                diagnostics.Add(Warning("pmdata.srpe", "a session without a readable time, RPE or duration: skipped", path, table.Lines[r]));
                continue;
            }

            var session = new SessionRpe { AthleteId = athlete.Id, Date = athlete.LocalDayOf(instant), Rpe = effort, DurationMinutes = duration };
            if (session.Validate() is { } problem)
            {
                diagnostics.Add(Warning("pmdata.srpe.range", problem + ": session skipped", path, table.Lines[r]));
                continue;
            }

            result.Add(session);
            foreach (Match m in QuotedWord().Matches(Field(row, names)))
            {
                var word = m.Groups[1].Value;
                if (word is not ("individual" or "team")) activities.Add(word);
            }
        }

        if (empty > 0) diagnostics.Add(Info("pmdata.srpe.empty", string.Create(CultureInfo.InvariantCulture, $"{empty} session records without RPE or duration skipped"), path));
        return result;
    }

    private static (DateOnly[] Reports, DateOnly[] Onsets) ReadInjuries(string path, Athlete athlete, List<FormatDiagnostic> diagnostics)
    {
        var table = ReadTable(path, diagnostics, required: false);
        if (table is null) return ([], []);
        var time = Column(table, "effective_time_frame");
        var injuries = Column(table, "injuries");
        var reports = new List<(DateOnly Day, HashSet<string> Parts)>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (!TryInstant(Field(row, time), out var instant))
            {
                diagnostics.Add(Warning("pmdata.injury.time", "an injury report without a readable time: skipped", path, table.Lines[r]));
                continue;
            }

            var parts = BodyPart().Matches(Field(row, injuries)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            reports.Add((athlete.LocalDayOf(instant), parts));
        }

        reports.Sort((a, b) => a.Day.CompareTo(b.Day));
        var onsets = new SortedSet<DateOnly>();
        for (var i = 1; i < reports.Count; i++)
        {
            var from = reports[i].Day.AddDays(-RecurrenceDays);
            bool Named(string part) => reports.Take(i).Any(r => r.Day >= from && r.Parts.Contains(part));
            if (reports[i].Parts.Any(p => !Named(p))) onsets.Add(reports[i].Day);
        }

        return ([.. reports.Select(r => r.Day).Distinct().Order()], [.. onsets]);
    }

    private static string? DominantActivity(List<string> activities) =>
        activities.Count == 0 ? null : activities.GroupBy(a => a, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

    private static bool TryInstant(string text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out instant);

    [GeneratedRegex("^p[0-9]+$")]
    private static partial Regex ParticipantPattern();

    [GeneratedRegex("'([a-z_]+)'")]
    private static partial Regex QuotedWord();

    [GeneratedRegex("'([a-z_]+)'\\s*:\\s*'[a-z]+'")]
    private static partial Regex BodyPart();
}
