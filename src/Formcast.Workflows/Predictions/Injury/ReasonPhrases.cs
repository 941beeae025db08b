using System.Globalization;
using Formcast.Workflows.Predictions.Features;

namespace Formcast.Workflows.Predictions.Injury;

/// <summary>
/// Turns a feature and the values of the row it belongs to into a sentence a coach reads without a glossary, e.g.
/// "7-day load 38 % above your 4-week average" or "soreness 1.4 SD worse than your usual (last 3 days)". Sentences
/// state the value, never a cause: a SHAP contribution is an association learned from other athletes' weeks.
/// </summary>
internal static class ReasonPhrases
{
    /// <summary>Foster's monotony above which a week is commonly flagged (Runalyze flags 2.0).</summary>
    public const double MonotonyWarning = 2.0;

    public static string Describe(FeatureInfo feature, IReadOnlyDictionary<string, double> row)
    {
        ArgumentNullException.ThrowIfNull(feature);
        ArgumentNullException.ThrowIfNull(row);
        var name = feature.Name;
        var v = row.TryGetValue(name, out var value) ? value : double.NaN;
        if (double.IsNaN(v)) return $"{feature.Label} not recorded";
        if (name.EndsWith("_self", StringComparison.Ordinal))
            return I($"{Trim(feature.Label, " against the athlete's own history")} {Signed(v)} SD against your own history");
        if (name.EndsWith("_z", StringComparison.Ordinal))
        {
            var what = Trim(feature.Label, " against own baseline");
            var side = v >= 0 ? "better" : "worse";
            return Math.Abs(v) < 0.5 ? I($"{what} close to your usual (last 3 days)") : I($"{what} {Math.Abs(v):0.0} SD {side} than your usual (last 3 days)");
        }

        return name switch
        {
            "load_7d" or "acwr_coupled" when row.TryGetValue("load_28d", out var chronic) && chronic > 0 && row.TryGetValue("load_7d", out var acute) =>
                RatioSentence("7-day load", acute / (chronic / 4), "your 4-week average"),
            "acwr_coupled" or "acwr_uncoupled" or "acwr_ewma" => I($"{feature.Label} {v:0.00}"),
            "load_28d" => I($"28-day load {v:0} units (a weekly average of {v / 4:0})"),
            "load_1d" or "load_3d" or "load_14d" => I($"{feature.Label} {v:0} units"),
            "sessions_7d" => I($"{v:0} sessions in the last 7 days"),
            "form" => v < 0 ? I($"form {v:0}: fatigue above fitness") : I($"form {v:0}: fitness above fatigue"),
            "fitness" or "fatigue" => I($"{feature.Label} {v:0}"),
            "ramp_rate" => v >= 0 ? I($"fitness rose by {v:0.0} over the last 7 days") : I($"fitness fell by {-v:0.0} over the last 7 days"),
            "monotony" => I($"training monotony {v:0.00} (Foster; {MonotonyWarning:0.0} is the common warning level)"),
            "strain" => I($"training strain {v:0} (weekly load × monotony)"),
            "readiness" => I($"readiness {v:0}/100 (50 is your usual)"),
            "sleep_h_7d" => I($"slept {v:0.0} h a night over the last 7 days"),
            "resting_hr_7d" => I($"resting heart rate {v:0} bpm over the last 7 days"),
            "self_readiness_7d" => I($"self-rated readiness {v:0.0}/10 over the last 7 days"),
            "hrv_below_band_days" => v > 0 ? I($"HRV below your normal band for {v:0} of the last 7 days") : "HRV inside your normal band all week",
            "prior_injuries" => v == 0 ? "no earlier injury in the record" : I($"{v:0} earlier {(v == 1 ? "injury" : "injuries")} in the record"),
            "days_since_injury" => v >= DailyState.NoInjuryDays ? "no injury in the last year" : I($"last injury {v:0} days ago"),
            "twin_fatigue" => I($"fatigue of the training twin {v:0} (11-day time constant)"),
            "age_years" => I($"age {v:0}"),
            "sex_male" => v == 1 ? "male" : "female",
            _ when name.EndsWith("_acwr", StringComparison.Ordinal) => RatioSentence("7-day " + Trim(feature.Label, "acute:chronic ratio of "), v, "its 4-week average"),
            _ when name.EndsWith("_7d", StringComparison.Ordinal) && feature.Unit == "m" => I($"{feature.Label} {v / 1000:0.0} km"),
            _ => I($"{feature.Label} {v:0.##} {feature.Unit}"),
        };
    }

    private static string RatioSentence(string what, double ratio, string reference)
    {
        var percent = (ratio - 1) * 100;
        if (Math.Abs(percent) < 5) return I($"{what} close to {reference}");
        return percent > 0 ? I($"{what} {percent:0} % above {reference}") : I($"{what} {-percent:0} % below {reference}");
    }

    private static string Trim(string label, string part) => label.Replace(part, "", StringComparison.Ordinal);

    private static string Signed(double value) => value.ToString("+0.0;−0.0;0.0", CultureInfo.InvariantCulture);

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
