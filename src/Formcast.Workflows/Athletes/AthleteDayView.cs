using Formcast.Analytics;
using Formcast.Core;

namespace Formcast.Workflows.Athletes;

/// <summary>
/// An athlete-day as the command line, the report and the dashboard show it: plain names instead of enums, metrics
/// lifted into fields, numbers rounded to 4 decimals (display precision; the store keeps full precision) and no
/// non-finite values, so it serialises to JSON unchanged everywhere.
/// </summary>
public sealed record AthleteDayView(
    DateOnly Date,
    string Status,
    double Load,
    string LoadSource,
    int Sessions,
    double TrainingMinutes,
    double? Load7Days,
    double? Fitness,
    double? Fatigue,
    double? Form,
    double? FormEndOfDay,
    double? RampRate,
    double? AcwrRollingCoupled,
    double? AcwrRollingUncoupled,
    double? AcwrEwma,
    double? Monotony,
    double? Strain,
    double? Readiness,
    IReadOnlyList<ContributorView> Contributors,
    IReadOnlyList<string> Caveats)
{
    public static AthleteDayView From(AthleteDay day, ReadinessOptions readiness)
    {
        ArgumentNullException.ThrowIfNull(day);
        ArgumentNullException.ThrowIfNull(readiness);
        return new AthleteDayView(
            day.Date, Names.Status(day.Status), Round(day.Load)!.Value, Names.LoadSource(day.LoadSource), day.SessionCount, Round(day.TrainingMinutes)!.Value,
            Round(Metric(day, MetricNames.Load7Days)), Round(day.Fitness), Round(day.Fatigue), Round(day.Form), Round(Metric(day, MetricNames.FormEndOfDay)),
            Round(day.RampRate), Round(day.AcwrRollingCoupled), Round(day.AcwrRollingUncoupled), Round(day.AcwrEwma), Round(day.Monotony), Round(day.Strain),
            Round(day.Readiness), [.. day.ReadinessContributors.Select(c => Contributor(day, c, readiness))], Names.QualityNotes(day.Quality));
    }

    /// <summary>Rounds to 4 decimals; null for missing or non-finite values.</summary>
    internal static double? Round(double? value, int digits = 4) =>
        value is { } v && double.IsFinite(v) ? Math.Round(v, digits, MidpointRounding.AwayFromZero) : null;

    private static double? Metric(AthleteDay day, string name) => day.Metrics.TryGetValue(name, out var value) ? value : null;

    private static ContributorView Contributor(AthleteDay day, ReadinessContributor c, ReadinessOptions options)
    {
        var hrv = c.Name == "hrv";
        var band = c.ZScore is not { } z ? "building"
            : hrv ? (z < -options.HrvBandWidthSd ? "below band" : z > options.HrvBandWidthSd ? "above band" : "inside band")
            : Math.Abs(z) >= options.RedZ ? "red" : Math.Abs(z) >= options.YellowZ ? "yellow" : "normal";
        return new ContributorView(
            c.Name, Names.Contributor(c.Name), Round(c.Value), c.Unit, Round(c.BaselineMean),
            hrv ? Round(Metric(day, "hrv_band_low")) : null, hrv ? Round(Metric(day, "hrv_band_high")) : null,
            Round(c.ZScore), band, c.Direction.ToString().ToLowerInvariant(), c.Explanation);
    }
}
