using System.Globalization;
using Formcast.Analytics;

namespace Formcast.Workflows.Athletes;

/// <summary>
/// One plain sentence per number of the daily state, naming its convention and source (docs/conventions.md), built from
/// the options the days were computed with. Shown beside every number in the command line, the report and the dashboard.
/// </summary>
public sealed record NumberConventions(
    string Load,
    string Fitness,
    string Fatigue,
    string Form,
    string RampRate,
    string AcwrRollingCoupled,
    string AcwrRollingUncoupled,
    string AcwrEwma,
    string Monotony,
    string Strain,
    string Readiness,
    string HrvContributor,
    string WellnessContributors,
    string DayStatus)
{
    public static NumberConventions From(DailyStateOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var r = options.Readiness;
        return new NumberConventions(
            Load: Invariant($"common scale, 100 = one hour at threshold; source power → pace → heart rate → session RPE (first available, recorded per day); heart-rate load from {Trimp(options.SessionLoad.Trimp)}; session RPE: CR-10 × minutes ÷ {options.SessionLoad.SessionRpeUnitsPerThresholdHour:0.###} × 100 (Foster 2001, Formcast anchor)"),
            Fitness: Invariant($"exponentially weighted daily load, {options.FitnessDays:0.###}-day time constant, {Weighting(options.Weighting, options.FitnessDays)}; starts at 0 on the first day of history"),
            Fatigue: Invariant($"exponentially weighted daily load, {options.FatigueDays:0.###}-day time constant, {Weighting(options.Weighting, options.FatigueDays)}"),
            Form: options.FormDay == FormDay.Tomorrow
                ? "fitness − fatigue at the end of the previous day, shown for the morning of this day (GoldenCheetah's default; today's session does not change it)"
                : "fitness − fatigue at the end of this day, after its training (intervals.icu, Runalyze)",
            RampRate: Invariant($"fitness today − fitness {options.RampDays} days ago"),
            AcwrRollingCoupled: "rolling coupled acute:chronic ratio: 7-day load ÷ (28-day load ÷ 4), the acute week inside the chronic window (Hulin et al. 2014); from 28 days of history",
            AcwrRollingUncoupled: "rolling uncoupled acute:chronic ratio: mean load of days t−6…t ÷ mean of days t−27…t−7 (Lolli et al. 2019); from 28 days of history",
            AcwrEwma: Invariant($"EWMA acute:chronic ratio, λ = 2/(N+1) with N = {options.EwmaAcuteDays:0.###} and {options.EwmaChronicDays:0.###} days (Williams et al. 2017); a signal to discuss, not an injury prediction (Impellizzeri et al. 2021)"),
            Monotony: Invariant($"mean ÷ population SD of the last 7 daily loads, rest days as 0, capped at {options.MonotonyCap:0.###} (Foster 1998; Runalyze warns at 1.5, flags 2.0)"),
            Strain: "7-day load × monotony (Foster 1998)",
            Readiness: "100 × Φ(weighted mean of the contributors' z-scores against personal baselines, each clipped to ±3, HRV at most +1); 50 = at your baseline (Formcast)",
            HrvContributor: Invariant($"ln rMSSD (or SDNN, never mixed), {r.HrvRollingDays}-day mean vs a normal band of mean ± {r.HrvBandWidthSd:0.###} SD from the previous {r.HrvBaselineDays} days, at least {r.MinimumHrvBaselineValues} readings (HRV4Training; Plews et al. 2012)"),
            WellnessContributors: Invariant($"z-score vs your own previous {r.WellnessBaselineDays} days (at least {r.MinimumWellnessBaselineValues} answers), signed so that + is better; |z| ≥ {r.YellowZ:0.##} yellow, ≥ {r.RedZ:0.##} red (AthleteMonitoring)"),
            DayStatus: "trained (a session), rest day (declared, or wellness logged without training) or not recorded; not-recorded days count as 0 load");
    }

    /// <summary>The EWMA weight of an N-day average under <paramref name="weighting"/>, with its value and source.</summary>
    public static string Weighting(LoadWeighting weighting, double days)
    {
        var lambda = FitnessFatigue.Lambda(weighting, days);
        return weighting switch
        {
            LoadWeighting.ExponentialDecay => Invariant($"λ = 1 − e^(−1/{days:0.###}) = {lambda:0.######} (GoldenCheetah, intervals.icu)"),
            LoadWeighting.Reciprocal => Invariant($"λ = 1/{days:0.###} = {lambda:0.######} (TrainingPeaks glossary)"),
            _ => Invariant($"λ = 2/({days:0.###}+1) = {lambda:0.######} (Runalyze)"),
        };
    }

    private static string Trimp(TrimpConstantSet set) => set switch
    {
        TrimpConstantSet.GoldenCheetah => "Banister TRIMP with GoldenCheetah's constants",
        TrimpConstantSet.Runalyze => "Banister TRIMP with Runalyze's constants and heart-rate histogram",
        _ => "Banister TRIMP with Morton et al. 1990 constants",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
