using Formcast.Analytics;
using Formcast.Core;
using Formcast.Workflows.Predictions.Data;

namespace Formcast.Workflows.Predictions.Features;

/// <summary>
/// Each athlete's state at the end of every recorded day, as one row of named numbers (NaN = not known): load
/// windows (1/3/7/14/28 days), fitness, fatigue and form, the acute:chronic ratios, monotony and strain, readiness and
/// the wellness z-scores against the athlete's own baseline, sleep, resting heart rate, HRV below its normal band, extra
/// load channels, injury history and the twin's fatigue term. Row d uses the athlete-days up to and including day d
/// only; a prediction for day D reads row D − 1, so nothing from D onwards can leak in.
/// </summary>
internal sealed class DailyState
{
    /// <summary>Time constant of the twin's fatigue term: the population value of Morton, Fitz-Clarke &amp; Banister
    /// 1990 (τ₂ = 11 d, as <see cref="TwinPriors.WeakTimeConstants"/> centres it). An athlete's own τ₂ needs performance
    /// tests, which monitoring cohorts rarely have.</summary>
    public const double TwinFatigueDays = 11;

    /// <summary>Days since the last injury when there was none in the record.</summary>
    public const double NoInjuryDays = 365;

    /// <summary>Days over which the wellness z-scores and readiness are averaged (answers are often skipped).</summary>
    public const int RecentDays = 3;

    internal static readonly string[] WellnessZ = ["fatigue", "soreness", "stress", "mood", "sleep_quality", "sleep_duration", "resting_hr", "self_readiness"];

    private static readonly List<FeatureInfo> BaseFeatures =
    [
        new("load_1d", "yesterday's load", "load units", "load"),
        new("load_3d", "3-day load", "load units", "load"),
        new("load_7d", "7-day load", "load units", "load"),
        new("load_14d", "14-day load", "load units", "load"),
        new("load_28d", "28-day load", "load units", "load"),
        new("sessions_7d", "sessions in the last 7 days", "sessions", "load"),
        new("fitness", "fitness (42-day load average)", "load units", "load"),
        new("fatigue", "fatigue (7-day load average)", "load units", "load"),
        new("form", "form (fitness − fatigue)", "load units", "load"),
        new("ramp_rate", "7-day change in fitness", "load units", "load"),
        new("acwr_coupled", "acute:chronic load ratio (7/28 days, coupled)", "ratio", "load"),
        new("acwr_uncoupled", "acute:chronic load ratio (7/28 days, uncoupled)", "ratio", "load"),
        new("acwr_ewma", "acute:chronic load ratio (EWMA 7/28)", "ratio", "load"),
        new("monotony", "training monotony (Foster)", "ratio", "load"),
        new("strain", "training strain (Foster)", "load units", "load"),
        new("readiness", "readiness score", "0-100", "wellness"),
        .. WellnessZ.Select(f => new FeatureInfo(f + "_z", ZLabel(f), "SD", f.StartsWith("sleep", StringComparison.Ordinal) ? "sleep" : "wellness")),
        new("sleep_h_7d", "sleep per night over 7 days", "h", "sleep"),
        new("resting_hr_7d", "resting heart rate over 7 days", "bpm", "wellness"),
        new("self_readiness_7d", "self-rated readiness over 7 days", "0-10", "wellness"),
        new("hrv_below_band_days", "days of HRV below the normal band in the last 7", "days", "wellness"),
        new("prior_injuries", "earlier injuries in the record", "injuries", "injury history"),
        new("days_since_injury", "days since the last injury", "days", "injury history"),
        new("twin_fatigue", "twin fatigue term (τ = 11 d)", "load units", "twin"),
    ];

    /// <summary>Features normalised per athlete against that athlete's earlier days (suffix "_self").</summary>
    public static IReadOnlyList<string> SelfNormalised { get; } =
        ["load_7d", "load_28d", "acwr_coupled", "monotony", "strain", "fatigue", "form", "readiness", "sleep_h_7d", "resting_hr_7d", "twin_fatigue"];

    private readonly Dictionary<string, int> _index;
    private readonly double[][] _rows;

    private DailyState(IReadOnlyList<FeatureInfo> features, double[][] rows)
    {
        Features = features;
        _rows = rows;
        _index = features.Select((f, i) => (f.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
    }

    public IReadOnlyList<FeatureInfo> Features { get; }

    public int Days => _rows.Length;

    /// <summary>The state at the end of day <paramref name="day"/> (index into the athlete's days).</summary>
    public ReadOnlySpan<double> Row(int day) => _rows[day];

    public int IndexOf(string name) => _index.TryGetValue(name, out var i) ? i : -1;

    /// <summary>The names and meanings of every column <see cref="Compute"/> gives for the given extra load channels.</summary>
    public static IReadOnlyList<FeatureInfo> Describe(IEnumerable<string> extraChannels)
    {
        var list = new List<FeatureInfo>(BaseFeatures);
        foreach (var channel in extraChannels)
        {
            var label = ChannelLabel(channel);
            list.Add(new FeatureInfo(channel + "_7d", "7-day " + label, "m", "load"));
            list.Add(new FeatureInfo(channel + "_acwr", "acute:chronic ratio of " + label, "ratio", "load"));
        }

        foreach (var name in SelfNormalised.Concat(extraChannels.Select(c => c + "_7d")))
        {
            var source = list.First(f => f.Name == name);
            list.Add(new FeatureInfo(name + "_self", source.Label + " against the athlete's own history", "SD", source.Group));
        }

        return list;
    }

    /// <summary>The end-of-day state of every day of <paramref name="athlete"/>.</summary>
    public static DailyState Compute(CohortAthlete athlete, IReadOnlyList<string> extraChannels)
    {
        var features = Describe(extraChannels);
        var n = athlete.Days.Count;
        var rows = new double[n][];
        var at = features.Select((f, i) => (f.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var load = athlete.Days.Select(d => d.Load).ToArray();
        var onsets = athlete.InjuryOnsets.Select(o => athlete.DayIndex(o)).Where(i => i >= 0).Order().ToArray();
        var decay = Math.Exp(-1 / TwinFatigueDays);
        double twin = 0;
        var raw = WellnessValues(athlete.Days);
        for (var d = 0; d < n; d++)
        {
            var day = athlete.Days[d];
            var row = rows[d] = new double[features.Count];
            Array.Fill(row, double.NaN);
            void Set(string name, double? value) => row[at[name]] = value ?? double.NaN;

            Set("load_1d", load[d]);
            Set("load_3d", Sum(load, d, 3));
            Set("load_7d", Metric(day, MetricNames.Load7Days));
            Set("load_14d", Sum(load, d, 14));
            Set("load_28d", Metric(day, MetricNames.Load28Days));
            Set("sessions_7d", Enumerable.Range(Math.Max(0, d - 6), Math.Min(7, d + 1)).Sum(k => athlete.Days[k].SessionCount));
            Set("fitness", day.Fitness);
            Set("fatigue", day.Fatigue);
            Set("form", Metric(day, MetricNames.FormEndOfDay));
            Set("ramp_rate", day.RampRate);
            Set("acwr_coupled", day.AcwrRollingCoupled);
            Set("acwr_uncoupled", day.AcwrRollingUncoupled);
            Set("acwr_ewma", day.AcwrEwma);
            Set("monotony", day.Monotony);
            Set("strain", day.Strain);
            Set("readiness", Recent(athlete.Days, d, x => x.Readiness));
            foreach (var field in WellnessZ) Set(field + "_z", Recent(athlete.Days, d, x => x.Metrics.TryGetValue(field + "_z", out var z) ? z : null));
            Set("sleep_h_7d", Mean(raw["sleep_duration"], d, 7));
            Set("resting_hr_7d", Mean(raw["resting_hr"], d, 7));
            Set("self_readiness_7d", Mean(raw["self_readiness"], d, 7));
            Set("hrv_below_band_days", HrvBelowBand(athlete.Days, d));
            var prior = onsets.Count(o => o <= d);
            Set("prior_injuries", prior);
            Set("days_since_injury", prior == 0 ? NoInjuryDays : Math.Min(NoInjuryDays, d - onsets.Last(o => o <= d)));
            twin = (twin * decay) + load[d];
            Set("twin_fatigue", twin);
            foreach (var channel in extraChannels)
            {
                var values = athlete.ExtraLoads[channel];
                var acute = Sum(values, d, 7);
                var chronic = Sum(values, d, 28);
                Set(channel + "_7d", acute);
                Set(channel + "_acwr", d >= 27 && chronic > 0 ? acute / (chronic / 4) : null);
            }
        }

        foreach (var name in SelfNormalised.Concat(extraChannels.Select(c => c + "_7d"))) SelfNormalise(rows, at[name], at[name + "_self"]);
        return new DailyState(features, rows);
    }

    /// <summary>
    /// Fills column <paramref name="target"/> of row d with (x_d − mean) / SD of x over the athlete's days before d
    /// (an expanding window, at least <see cref="MinimumSelfHistory"/> values): a per-athlete normalisation that only
    /// looks back, unlike z-scoring over the whole record (which Lövdal et al. 2021 used, and which leaks the future).
    /// </summary>
    internal static void SelfNormalise(double[][] rows, int source, int target)
    {
        double count = 0, mean = 0, m2 = 0;
        for (var d = 0; d < rows.Length; d++)
        {
            var x = rows[d][source];
            var sd = count >= 2 ? Math.Sqrt(m2 / (count - 1)) : double.NaN;
            rows[d][target] = count >= MinimumSelfHistory && sd > 0 && double.IsFinite(x) ? (x - mean) / sd : double.NaN;
            if (!double.IsFinite(x)) continue;
            count++;
            var delta = x - mean;
            mean += delta / count;
            m2 += delta * (x - mean);
        }
    }

    /// <summary>Earlier values a per-athlete normalisation needs before it is used.</summary>
    public const int MinimumSelfHistory = 14;

    private static string ZLabel(string field) => field switch
    {
        "fatigue" => "freshness answer against own baseline",
        "soreness" => "soreness answer against own baseline",
        "stress" => "stress answer against own baseline",
        "mood" => "mood against own baseline",
        "sleep_quality" => "sleep quality against own baseline",
        "sleep_duration" => "sleep duration against own baseline",
        "resting_hr" => "resting heart rate against own baseline",
        _ => "self-rated readiness against own baseline",
    };

    private static string ChannelLabel(string channel) => channel switch
    {
        "distance_m" => "distance",
        "high_speed_m" => "high-speed distance",
        _ => channel.Replace('_', ' '),
    };

    /// <summary>Raw daily answers per wellness field (the readiness contributors carry each day's own value).</summary>
    internal static Dictionary<string, double[]> WellnessValues(IReadOnlyList<AthleteDay> days)
    {
        var result = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var field in WellnessZ)
        {
            var values = new double[days.Count];
            for (var d = 0; d < days.Count; d++)
            {
                values[d] = double.NaN;
                foreach (var c in days[d].ReadinessContributors)
                {
                    if (c.Name == field && c.Value is { } v) values[d] = v;
                }
            }

            result[field] = values;
        }

        return result;
    }

    private static double? Metric(AthleteDay day, string name) => day.Metrics.TryGetValue(name, out var v) ? v : null;

    private static double Sum(double[] values, int d, int window)
    {
        double sum = 0;
        for (var k = Math.Max(0, d - window + 1); k <= d; k++) sum += values[k];
        return sum;
    }

    private static double? Mean(double[] values, int d, int window)
    {
        double sum = 0;
        var count = 0;
        for (var k = Math.Max(0, d - window + 1); k <= d; k++)
        {
            if (double.IsNaN(values[k])) continue;
            sum += values[k];
            count++;
        }

        return count == 0 ? null : sum / count;
    }

    private static double? Recent(IReadOnlyList<AthleteDay> days, int d, Func<AthleteDay, double?> read)
    {
        double sum = 0;
        var count = 0;
        for (var k = Math.Max(0, d - RecentDays + 1); k <= d; k++)
        {
            if (read(days[k]) is not { } v || !double.IsFinite(v)) continue;
            sum += v;
            count++;
        }

        return count == 0 ? null : sum / count;
    }

    private static double? HrvBelowBand(IReadOnlyList<AthleteDay> days, int d)
    {
        var known = false;
        var below = 0;
        for (var k = Math.Max(0, d - 6); k <= d; k++)
        {
            var m = days[k].Metrics;
            if (!m.TryGetValue("hrv_ln_7d", out var trend) || !m.TryGetValue("hrv_band_low", out var low)) continue;
            known = true;
            if (trend < low) below++;
        }

        return known ? below : null;
    }
}
