using Formcast.Learning;
using Formcast.Workflows.Predictions.Data;
using Formcast.Workflows.Predictions.Features;

namespace Formcast.Workflows.Predictions.Profiles;

/// <summary>
/// Athlete profiles over a season: each athlete's record is cut into consecutive blocks of <see cref="BlockDays"/>
/// days, and each block becomes one profile row — mean daily load, share of days trained, monotony, and the mean
/// sleep, resting heart rate and wellness answers of the block (extra load channels per day where the cohort has them),
/// plus age. Blocks without any load are left out (off-season or not recorded). The same athlete in different blocks
/// may land in different clusters: that is the reassignment over a season.
/// </summary>
internal sealed class ProfileWindows
{
    public const int BlockDays = 28;

    private static readonly (string Field, string Name, string Label)[] Answers =
    [
        ("sleep_duration", "sleep_h", "sleep (h)"),
        ("resting_hr", "resting_hr", "resting heart rate"),
        ("self_readiness", "readiness_answer", "self-rated readiness (0-10)"),
        ("fatigue", "freshness_answer", "freshness (1 = very tired, 5 = very fresh)"),
        ("soreness", "soreness_answer", "freedom from soreness (1 = very sore, 5 = none)"),
        ("stress", "stress_answer", "calm (1 = very stressed, 5 = very relaxed)"),
    ];

    private ProfileWindows(Matrix values, IReadOnlyList<FeatureInfo> features, int[] athlete, int[] block)
    {
        Values = values;
        Features = features;
        Athlete = athlete;
        Block = block;
    }

    /// <summary>Raw profile values (NaN = not recorded in the block), one row per athlete-block.</summary>
    public Matrix Values { get; }

    public IReadOnlyList<FeatureInfo> Features { get; }

    /// <summary>Athlete (cohort index) of each row.</summary>
    public int[] Athlete { get; }

    /// <summary>Block number (0 = the athlete's first 28 days) of each row.</summary>
    public int[] Block { get; }

    public int Rows => Values.Rows;

    public static ProfileWindows Build(Cohort cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var channels = InjuryRows.ExtraChannels(cohort);
        var candidates = new List<FeatureInfo>
        {
            new("load_per_day", "load per day", "load units", "load"),
            new("training_days_share", "share of days trained", "share", "load"),
            new("monotony", "training monotony", "ratio", "load"),
        };
        candidates.AddRange(channels.Select(c => new FeatureInfo(c + "_per_day", c.Replace("_m", "", StringComparison.Ordinal).Replace('_', ' ') + " per day", "m", "load")));
        candidates.AddRange(Answers.Select(a => new FeatureInfo(a.Name, a.Label, "", "wellness")));
        candidates.Add(new FeatureInfo("age_years", "age", "years", "person"));

        var rows = new List<double[]>();
        var athletes = new List<int>();
        var blocks = new List<int>();
        foreach (var a in cohort.Athletes)
        {
            var raw = DailyState.WellnessValues(a.Days);
            for (var b = 0; (b + 1) * BlockDays <= a.Days.Count; b++)
            {
                var from = b * BlockDays;
                var days = Enumerable.Range(from, BlockDays).ToArray();
                var load = days.Sum(d => a.Days[d].Load);
                if (load <= 0) continue;
                var row = new List<double>
                {
                    load / BlockDays,
                    days.Count(d => a.Days[d].SessionCount > 0) / (double)BlockDays,
                    Mean(days.Select(d => a.Days[d].Monotony ?? double.NaN)),
                };
                row.AddRange(channels.Select(c => days.Average(d => a.ExtraLoads[c][d])));
                row.AddRange(Answers.Select(x => Mean(days.Select(d => raw[x.Field][d]))));
                row.Add(a.AgeYears ?? double.NaN);
                rows.Add([.. row]);
                athletes.Add(a.Index);
                blocks.Add(b);
            }
        }

        var keep = CohortRows.ChooseColumns(rows, candidates, null);
        var matrix = new Matrix(rows.Count, keep.Length);
        for (var r = 0; r < rows.Count; r++)
        {
            for (var j = 0; j < keep.Length; j++) matrix[r, j] = rows[r][keep[j]];
        }

        return new ProfileWindows(matrix, [.. keep.Select(k => candidates[k])], [.. athletes], [.. blocks]);
    }

    private static double Mean(IEnumerable<double> values)
    {
        var present = values.Where(double.IsFinite).ToArray();
        return present.Length == 0 ? double.NaN : present.Average();
    }
}
