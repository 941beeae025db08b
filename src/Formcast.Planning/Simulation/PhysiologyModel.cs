using Formcast.Core;

namespace Formcast.Planning;

/// <summary>
/// The simulator's formulas, each a pure function with its source (or marked as a modelling assumption). The
/// stepping code (<see cref="AthleteSimulator"/>) only wires them together, so every number can be checked here.
/// </summary>
public static class PhysiologyModel
{
    /// <summary>Williams et al. 2017 (BJSM 51:209) EWMA weight for the 7-day acute load, λ = 2/(7+1).</summary>
    public const double AcuteLambda = 2.0 / 8.0;

    /// <summary>Williams et al. 2017 EWMA weight for the 28-day chronic load, λ = 2/(28+1).</summary>
    public const double ChronicLambda = 2.0 / 29.0;

    /// <summary>Foster monotony when the 7-day SD is zero (SCIENCE.md: cap it); also its upper bound.</summary>
    public const double MonotonyCap = 4.0;

    /// <summary>
    /// Banister TRIMP rate per minute at heart-rate-reserve fraction <paramref name="reserveFraction"/>:
    /// HRr·a·e^(b·HRr) with Morton 1990 constants (men a = 0.64, b = 1.92; women a = 0.86, b = 1.67; unspecified
    /// a = 0.725215, b = 1.795 as Runalyze uses).
    /// </summary>
    public static double TrimpPerMinute(double reserveFraction, Sex sex)
    {
        var (a, b) = sex switch
        {
            Sex.Male => (0.64, 1.92),
            Sex.Female => (0.86, 1.67),
            _ => (0.725215, 1.795),
        };
        var hrr = Math.Clamp(reserveFraction, 0, 1);
        return hrr * a * Math.Exp(b * hrr);
    }

    /// <summary>
    /// Wet-bulb globe temperature estimated from air temperature and relative humidity, the Australian Bureau of
    /// Meteorology approximation: WBGT = 0.567·T + 0.393·e + 3.94, e = RH/100 · 6.105 · exp(17.27·T/(237.7+T)) hPa
    /// (shade, light wind; it ignores radiation).
    /// </summary>
    public static double WetBulbGlobeTemperature(double temperatureC, double relativeHumidityPercent)
    {
        var vapourPressure = relativeHumidityPercent / 100 * 6.105 * Math.Exp(17.27 * temperatureC / (237.7 + temperatureC));
        return (0.567 * temperatureC) + (0.393 * vapourPressure) + 3.94;
    }

    /// <summary>
    /// Highest heart-rate-reserve fraction a work bout can reach. Continuous work is held near threshold + 0.08
    /// (about the critical-power ceiling for a 20-min bout); intervals with more rest (work fraction down to 0.75)
    /// allow up to 0.97 — the reason interval training exists (Billat 2001, Sports Med 31:13). Heat lowers it by
    /// 0.015 per °C WBGT above 26, scaled by heat sensitivity (ACSM 2007 heat-illness position: curtail intense
    /// work as WBGT approaches 28–32). Modelling assumption around those sources.
    /// </summary>
    public static double AchievableIntensity(double thresholdReserveFraction, double workFraction, double heatExcessWbgt)
    {
        var intervalness = Math.Clamp((1 - workFraction) / 0.25, 0, 1);
        var ceiling = thresholdReserveFraction + 0.08 + ((0.97 - thresholdReserveFraction - 0.08) * intervalness);
        return Math.Clamp(ceiling - (0.015 * Math.Max(0, heatExcessWbgt - 6)), 0.3, 0.97);
    }

    /// <summary>
    /// How much of a session's quality-specific load actually stimulates the quality. Aerobic: all of it. Anaerobic:
    /// only work near or above threshold (ramping from threshold − 0.05 to threshold + 0.10). Strength: all of it.
    /// Neuromuscular/technique: needs intent (more at higher intensity) and freshness — fatigue and low mood impair
    /// skill practice (exp(−0.5·max(0, fatigue − 1)) and min(1, 1 + 0.1·(mood − 3))). Modelling assumption.
    /// </summary>
    public static double StimulusEfficiency(TrainingQuality quality, double intensity, double thresholdReserveFraction, double fatigue, double mood) => quality switch
    {
        TrainingQuality.Aerobic => 1.0,
        TrainingQuality.Anaerobic => Math.Clamp((intensity - thresholdReserveFraction + 0.05) / 0.15, 0.05, 1),
        TrainingQuality.Strength => 1.0,
        TrainingQuality.Neuromuscular => (0.6 + (0.4 * Math.Clamp((intensity - 0.5) / 0.4, 0, 1)))
            * Math.Exp(-0.5 * Math.Max(0, fatigue - 1)) * Math.Clamp(1 + (0.1 * (mood - 3)), 0.6, 1.0),
        _ => throw new ArgumentOutOfRangeException(nameof(quality)),
    };

    /// <summary>
    /// Injury hazard multiplier relative to the individual's habitual training: load spikes (EWMA acute:chronic
    /// above 1: e^(1.8·excess), about ×2.5 at 1.5 as in Gabbett 2016, BJSM 50:273 and Hulin et al. 2016, BJSM
    /// 50:231 — an association, not an established cause; Impellizzeri et al. 2021), Foster monotony above 1.5
    /// (e^(0.47·excess), Foster 1998, MSSE 30:1164 linked monotony above 2 with illness), fatigue above habitual
    /// (e^(0.7·excess)), work above threshold (e^(1.5·excess)) and heat (e^(0.05·(WBGT−25)) outdoors).
    /// </summary>
    public static double HazardMultiplier(double acuteChronicRatio, double monotony, double fatigue, double intensityAboveThreshold, double heatExcessWbgt) =>
        Math.Exp((1.8 * Math.Max(0, acuteChronicRatio - 1))
            + (0.47 * Math.Max(0, monotony - 1.5))
            + (0.7 * Math.Max(0, fatigue - 1))
            + (1.5 * Math.Max(0, intensityAboveThreshold))
            + (0.05 * Math.Max(0, heatExcessWbgt - 5)));

    /// <summary>Baseline injury rate per training hour of an individual at habitual load: the sport's rate per 1000 h
    /// × susceptibility × 2 after a previous injury (Hägglund et al. 2006, BJSM 40:767).</summary>
    public static double BaselineHazardPerHour(AthleteProfile profile, bool previousInjury)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return SportModel.InjuriesPer1000Hours(profile.Sport) / 1000 * profile.InjurySusceptibility * (previousInjury ? 2 : 1);
    }

    /// <summary>Foster monotony of the last days' loads: mean ÷ SD (population SD), capped at <see cref="MonotonyCap"/>.</summary>
    public static double Monotony(ReadOnlySpan<double> dailyLoads)
    {
        if (dailyLoads.IsEmpty) return 0;
        var mean = 0.0;
        foreach (var v in dailyLoads) mean += v;
        mean /= dailyLoads.Length;
        if (mean <= 0) return 0;
        var ss = 0.0;
        foreach (var v in dailyLoads) ss += (v - mean) * (v - mean);
        var sd = Math.Sqrt(ss / dailyLoads.Length);
        return sd <= 0 ? MonotonyCap : Math.Min(MonotonyCap, mean / sd);
    }

    /// <summary>
    /// Expected morning ln(rMSSD): baseline + 0.5 × aerobic fitness gained (relative) − 0.20 × fatigue above
    /// habitual − 0.10 × yesterday's load above habitual (relative) − 0.10 when injured. Direction from Plews et al.
    /// 2012 (EJAP 112:3729: the 7-day ln rMSSD falls in non-functional overreaching) and Stanley et al. 2013 (Sports
    /// Med 43:1259: suppression for 24–48 h after hard sessions); magnitudes are modelling assumptions.
    /// </summary>
    public static double ExpectedLnRmssd(double baseline, double aerobicGain, double fatigue, double yesterdayLoadRatio, bool injured) =>
        baseline + (0.5 * aerobicGain) - (0.20 * Math.Max(0, fatigue - 1)) - (0.10 * Math.Max(0, yesterdayLoadRatio - 1)) - (injured ? 0.10 : 0);

    /// <summary>Expected morning resting heart rate: baseline − 10 bpm per unit of relative aerobic gain + 4 bpm per unit
    /// of fatigue above habitual (Buchheit 2014, Front Physiol 5:73: small, consistent responses). Assumption.</summary>
    public static double ExpectedRestingHeartRate(double baseline, double aerobicGain, double fatigue) =>
        baseline - (10 * aerobicGain) + (4 * Math.Max(0, fatigue - 1));

    /// <summary>
    /// Heart rate during a work bout: resting + reserve fraction × reserve, plus cardiovascular drift in heat of
    /// 0.8 bpm per °C WBGT above 20 (González-Alonso et al. 1999, J Appl Physiol 86:1032 report ≈ 10–15 bpm in
    /// prolonged exercise in heat; magnitude assumed).
    /// </summary>
    public static double SessionHeartRate(double restingBpm, double maxBpm, double reserveFraction, double heatExcessWbgt) =>
        Math.Min(maxBpm, restingBpm + (reserveFraction * (maxBpm - restingBpm)) + (0.8 * Math.Max(0, heatExcessWbgt)));

    /// <summary>Arterial oxygen saturation during exercise: 97.5 % minus exercise-induced arterial hypoxaemia above
    /// threshold, larger in highly aerobic athletes (Dempsey &amp; Wagner 1999, J Appl Physiol 87:1997: 3–10 points
    /// in some elite endurance athletes). Assumption.</summary>
    public static double ExerciseSpO2(double reserveFraction, double thresholdReserveFraction, double vo2Max) =>
        97.5 - (Math.Max(0, reserveFraction - thresholdReserveFraction) * (vo2Max > 60 ? 25 : 8));

    /// <summary>
    /// Mood (1–5) the athlete drifts towards: baseline + tanh(7-day performance change % ÷ 2) − 1.2 × fatigue above
    /// 1.2 − 0.3 × monotony above 2 − 1 when injured. Direction from Morgan et al. 1987 (BJSM 21:107: mood disturbance
    /// rises with training load) and the overtraining consensus (Meeusen et al. 2013, MSSE 45:186); magnitudes assumed.
    /// </summary>
    public static double MoodTarget(double baseline, double performanceChange7DaysPercent, double fatigue, double monotony, bool injured) =>
        baseline + Math.Tanh(performanceChange7DaysPercent / 2) - (1.2 * Math.Max(0, fatigue - 1.2)) - (0.3 * Math.Max(0, monotony - 2)) - (injured ? 1 : 0);
}
