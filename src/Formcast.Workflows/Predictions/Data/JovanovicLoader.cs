using System.Globalization;
using Formcast.Analytics;
using Formcast.Core;
using Formcast.Formats;
using static Formcast.Workflows.Predictions.Data.DatasetFiles;

namespace Formcast.Workflows.Predictions.Data;

/// <summary>
/// Reads Jovanovic's team-sport training-load sample (Jovanovic 2018, "Predicting non-contact hamstring injuries by
/// using training load data", complementarytraining.net; file <c>Raw Data sample.csv</c>): one row per athlete-day with
/// <c>Season</c>, <c>Date</c> (day index within the season), <c>Player.Name</c>, <c>Injury.Location</c> and three
/// load metrics — RPE load, total distance and high-speed distance (names from the author's <c>dorem</c> package, which
/// holds Athlete 04 under those names).
/// <para>
/// The file gives day indices, not dates: day d of season s is placed on calendar day (s − 1)·364 + d counted from
/// 2001-01-01 (an arbitrary anchor), so season 2 starts 364 days after season 1 as in <c>dorem</c>'s numbering, and the
/// off-season between them has no sessions. RPE load becomes the athlete-day load (Foster units on the common scale,
/// 420 = 100); distances are further load channels. An onset is a row naming an injury location.
/// </para>
/// </summary>
internal static class JovanovicLoader
{
    public const string InjuryDefinition = "an onset is a day the medical record names an injury location (all are hamstring soft-tissue injuries)";

    private static readonly DateOnly Anchor = new(2001, 1, 1);

    private static readonly string[] Layout = ["Season", "Date", "Player.Name", "Injury.Location", "LoadMetric01", "LoadMetric02", "LoadMetric03"];

    public static LoadResult<Cohort> Load(string file, DailyStateOptions? options = null)
    {
        if (!File.Exists(file)) return LoadResult<Cohort>.Failure("jovanovic.file", "the file does not exist", file);
        var diagnostics = new List<FormatDiagnostic>();
        var table = ReadTable(file, diagnostics, required: true);
        if (table is null) return new LoadResult<Cohort>(null, [.. diagnostics.Select(d => d with { Severity = DiagnosticSeverity.Error })]);
        var columns = Layout
            .Select(name => (Name: name, Index: Column(table, name))).ToArray();
        if (columns.FirstOrDefault(c => c.Index < 0) is { Name: { } missing })
            return LoadResult<Cohort>.Failure("jovanovic.layout", $"no '{missing}' column: expected the layout of 'Raw Data sample.csv'", file);
        var (season, date, player, location, rpe, distance, speed) =
            (columns[0].Index, columns[1].Index, columns[2].Index, columns[3].Index, columns[4].Index, columns[5].Index, columns[6].Index);

        var rows = new Dictionary<string, SortedDictionary<int, (double Rpe, double Distance, double HighSpeed, bool Injury)>>(StringComparer.Ordinal);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var seasonText = Field(row, season);
            var seasonNumber = seasonText.StartsWith("Season ", StringComparison.Ordinal) ? Number(seasonText[7..]) : Number(seasonText);
            if (seasonNumber is not { } s || s < 1 || Number(Field(row, date)) is not { } d || d < 1)
            {
                diagnostics.Add(Warning("jovanovic.day", "a row without a readable season and day: skipped", file, table.Lines[r]));
                continue;
            }

            var loads = new[] { Field(row, rpe), Field(row, distance), Field(row, speed) }.Select(Number).ToArray();
            if (loads.Any(v => v is null or < 0))
            {
                diagnostics.Add(Warning("jovanovic.load", "a load that is missing or negative: row skipped", file, table.Lines[r]));
                continue;
            }

            var day = (((int)s - 1) * 364) + (int)d;
            var name = Field(row, player);
            if (!rows.TryGetValue(name, out var days)) rows[name] = days = [];
            days[day] = (loads[0]!.Value, loads[1]!.Value, loads[2]!.Value, Field(row, location).Length > 0);
        }

        var calculator = new AthleteDayCalculator(options);
        var unitsPerHour = calculator.Options.SessionLoad.SessionRpeUnitsPerThresholdHour;
        var athletes = new List<CohortAthlete>();
        foreach (var (name, days) in rows.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var id = StableId("jovanovic/" + name);
            var first = days.Keys.First();
            var last = days.Keys.Last();
            var sessions = days.Where(p => p.Value.Rpe > 0).Select(p => new SessionLoad
            {
                Date = Anchor.AddDays(p.Key - 1),
                Sport = Sport.BallGame,
                Load = p.Value.Rpe / unitsPerHour * 100,
                SessionRpeLoad = p.Value.Rpe,
                Source = LoadSource.SessionRpe,
            }).ToArray();
            var start = Anchor.AddDays(first - 1);
            var computed = calculator.Compute(id, new AthleteDayInputs { Sessions = sessions }, start, Anchor.AddDays(last - 1));
            var distanceDaily = new double[computed.Count];
            var speedDaily = new double[computed.Count];
            foreach (var (day, value) in days)
            {
                distanceDaily[day - first] = value.Distance;
                speedDaily[day - first] = value.HighSpeed;
            }

            athletes.Add(new CohortAthlete
            {
                Index = athletes.Count,
                Name = name,
                Sport = "team sport (not named)",
                Days = computed,
                InjuryOnsets = [.. days.Where(p => p.Value.Injury).Select(p => Anchor.AddDays(p.Key - 1))],
                ExtraLoads = new Dictionary<string, double[]>(StringComparer.Ordinal) { ["distance_m"] = distanceDaily, ["high_speed_m"] = speedDaily },
            });
        }

        if (athletes.Count == 0) return LoadResult<Cohort>.Failure("jovanovic.empty", "no readable athlete-day rows", file);
        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"calendar: day d of season s placed on day (s − 1)·364 + d from {Anchor:yyyy-MM-dd} (the file gives day indices only)"),
            "load: RPE load (LoadMetric01) as the athlete-day load; total distance and high-speed distance as further channels",
            "sex, age and level are not recorded in this sample",
        };
        return new LoadResult<Cohort>(new Cohort("jovanovic", file, athletes, InjuryDefinition, notes), diagnostics);
    }
}
