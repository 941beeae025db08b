using System.Globalization;
using Formcast.Analytics;
using Formcast.Core;
using Formcast.Learning;

namespace Formcast.Planning;

/// <summary>
/// Draws simulated individuals. The baseline individual is the reference study's standardised one (resting heart
/// rate 68 bpm, VO2max 45 ml/kg/min, mood 3/5: a general-population adult); other groups shift it by documented
/// factors, and individuals vary around their group's mean by normal or log-normal draws (the study samples
/// differences from normal distributions). Every number is listed in docs/planning.md with its source or marked as
/// a modelling assumption.
/// </summary>
public static class AthleteSampler
{
    /// <summary>Average daily Banister TRIMP in the weeks before the block, by <see cref="AthleteLevel"/> (0–5).
    /// A 60-min run at 70 % of heart-rate reserve is about 100 TRIMP (Morton 1990 weighting), so these are
    /// roughly 1.5 (general population) to 10 (elite) such hours a week. Modelling assumption.</summary>
    private static readonly double[] HabitualLoadByLevel = [20, 45, 75, 100, 125, 150];

    /// <summary>VO2max relative to the baseline 45 ml/kg/min by level (0–5); elite endurance men reach 75–85
    /// (Joyner &amp; Coyle 2008). Modelling assumption within published ranges.</summary>
    private static readonly double[] Vo2MaxFactorByLevel = [1.0, 1.05, 1.12, 1.20, 1.30, 1.42];

    /// <summary>Population-mean fitness time constants τ1 (days) by quality: 42 d is the common aerobic default
    /// (Banister; SCIENCE.md); strength is retained longer and anaerobic/neuromuscular qualities shorter
    /// (Mujika &amp; Padilla 2000, Sports Med 30:79). Modelling assumption.</summary>
    private static readonly double[] FitnessDays = [42, 30, 45, 35];

    /// <summary>Population-mean fatigue time constants τ2 (days): 7 d aerobic (common default), neuromuscular
    /// fatigue resolving within 2–3 days. Modelling assumption.</summary>
    private static readonly double[] FatigueDays = [7, 5, 4, 3];

    /// <summary>Population-mean headroom over the untrained level by quality (relative). Modelling assumption:
    /// untrained-to-elite differences of roughly +45 % aerobic, +35 % anaerobic, +60 % strength, +40 % skill.</summary>
    private static readonly double[] Headroom = [0.45, 0.35, 0.60, 0.40];

    /// <summary>Daily quality-specific load (TRIMP) that, sustained, earns half of the headroom. Sets how close a
    /// group's habitual training sits to its ceiling (elite endurance athletes ≈ 88 % saturated aerobically, the
    /// general population ≈ 20 %), which produces the reference study's HIIT finding. Modelling assumption.</summary>
    private static readonly double[] HalfSaturationLoad = [40, 10, 20, 15];

    /// <summary>Relative performance cost of the fatigue carried at habitual load: a full taper gains about 2–3 %
    /// (Bosquet et al. 2007, MSSE 39:1358, mean taper effect ≈ 2 %).</summary>
    private const double HabitualFatigueCost = 0.04;

    /// <summary>Draws one individual from <paramref name="population"/>.</summary>
    public static AthleteProfile Sample(PopulationSpec population, Rng rng)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(rng);
        population.Validate();
        var stratum = population.Strata[rng.NextInt(population.Strata.Count)];
        var sex = population.Sexes[rng.NextInt(population.Sexes.Count)];
        var age = population.MinAgeYears + (rng.NextDouble() * (population.MaxAgeYears - population.MinAgeYears));
        return Sample(stratum, sex, age, rng) with { Origin = $"sampled from {population.Name}" };
    }

    /// <summary>Draws one individual of a given stratum, sex and age; with <paramref name="rng"/> null returns the
    /// group's mean individual (every random factor at its median).</summary>
    public static AthleteProfile Sample(PopulationStratum stratum, Sex sex, double ageYears, Rng? rng)
    {
        var sport = SportModel.Canonical(stratum.Sport);
        var level = (int)stratum.Level;
        double Normal(double mean, double sd) => rng is null ? mean : mean + (sd * rng.NextGaussian());
        double LogNormal(double sigma) => rng is null ? 1 : Math.Exp(sigma * rng.NextGaussian());

        var female = sex == Sex.Female;
        var youthFactor = ageYears < 18 ? 0.85 : 1.0;
        var habitual = HabitualLoadByLevel[level] * youthFactor * (ageYears > 35 ? 0.9 : 1.0) * LogNormal(0.15);

        // Resting heart rate: 68 bpm for the baseline adult; about 3 bpm lower per level, lower still in endurance
        // athletes, 3 bpm higher in women (e.g. Ostchega et al. 2011, NHSR 41). SD 5 bpm.
        var restingHr = Math.Clamp(Normal(68 - (3.0 * level) - (sport == Sport.DistanceRunning ? 4 : 0) + (female ? 3 : 0), 5), 38, 95);
        // Tanaka et al. 2001 (JACC 37:153): HRmax = 208 − 0.7 × age, SEE ≈ 7 bpm.
        var maxHr = Math.Clamp(Normal(208 - (0.7 * ageYears), 6), restingHr + 60, 225);
        var sexVo2 = sex switch { Sex.Female => 0.88, Sex.Male => 1.07, _ => 1.0 };
        // Aerobic power declines about 0.8 % a year after 30 (Fleg et al. 2005, Circulation 112:674).
        var ageVo2 = 1 - (0.008 * Math.Max(0, ageYears - 30));
        var vo2Max = Math.Clamp(45 * Vo2MaxFactorByLevel[level] * sexVo2 * SportModel.Vo2MaxFactor(sport) * ageVo2 * LogNormal(0.08), 20, 90);
        var mass = Math.Clamp(Normal((female ? 62 : 75) + (sport == Sport.Throwing ? 20 : 0) - (sport == Sport.DistanceRunning ? 7 : 0), 8) * (ageYears < 18 ? 0.85 : 1), 35, 160);
        var threshold = Math.Clamp(Normal(0.72 + (0.025 * level) + (sport == Sport.DistanceRunning ? 0.03 : 0), 0.03), 0.6, 0.92);
        // ln rMSSD: population mean ≈ 3.7 (rMSSD ≈ 42 ms, Nunan et al. 2010, PACE 33:1407), higher with training,
        // lower with age; day-to-day SD 0.15 (CV of ln rMSSD 3–8 %, Plews et al. 2012, EJAP 112:3729).
        var lnRmssd = Math.Clamp(Normal(3.7 + (0.08 * level) - (0.01 * Math.Max(0, ageYears - 25)), 0.3), 2.3, 5.3);
        var lnRmssdSd = Math.Clamp(Normal(0.15, 0.03), 0.07, 0.3);
        var mood = Math.Clamp(Normal(3, 0.3), 2, 4);

        var mix = SportModel.HabitualMix(sport);
        var fatigueCost = HabitualFatigueCost * LogNormal(0.3);
        var crossFatigue = 0.3;
        var responses = new QualityResponse[TrainingQualities.Count];
        var ageHeadroom = 1 - (0.01 * Math.Max(0, ageYears - 35));
        for (var q = 0; q < responses.Length; q++)
        {
            var tau1 = FitnessDays[q] * LogNormal(0.2);
            var tau2 = Math.Min(FatigueDays[q] * LogNormal(0.2), tau1 * 0.5);
            var headroom = Headroom[q] * ageHeadroom * LogNormal(0.25);
            var halfLoad = HalfSaturationLoad[q] * LogNormal(0.3);
            var k1 = headroom * Math.Log(2) * -double.ExpM1(-1 / tau1) / halfLoad;
            var qualityLoad = Math.Max(habitual, 10) * (mix[q] + (crossFatigue * (1 - mix[q])));
            var habitualFatigue = qualityLoad / -double.ExpM1(-1 / tau2);
            responses[q] = new QualityResponse(k1, tau1, fatigueCost / habitualFatigue, tau2, headroom);
        }

        return new AthleteProfile
        {
            Sport = sport,
            Sex = sex,
            Level = stratum.Level,
            AgeYears = ageYears,
            RestingHeartRateBpm = restingHr,
            MaxHeartRateBpm = maxHr,
            Vo2MaxMlPerKgPerMin = vo2Max,
            BodyMassKg = mass,
            ThresholdReserveFraction = threshold,
            LnRmssdBaseline = lnRmssd,
            LnRmssdDailySd = lnRmssdSd,
            BaselineMood = mood,
            HabitualDailyLoad = habitual,
            Responses = responses,
            CrossFatigue = crossFatigue,
            InjurySusceptibility = LogNormal(0.4),
            PreviousInjury = rng is not null && rng.NextDouble() < 0.3,
            HeatSensitivity = LogNormal(0.25),
            ThresholdPaceSecondsPerKm = ThresholdPace(vo2Max),
            ThresholdPowerWatts = ThresholdPower(vo2Max, mass),
            Origin = rng is null ? "group mean" : "sampled",
        };
    }

    /// <summary>
    /// Builds an individual from a fitted Banister twin (p(t) = p0 + k1·Σw·e^(−(t−s)/τ1) − k2·Σw·e^(−(t−s)/τ2), the
    /// model Formcast.Analytics fits). The twin describes one measured performance (e.g. a 5-min power test), which
    /// mostly reflects the aerobic and anaerobic qualities, so those two take the twin's time constants and its
    /// gains relative to p0 (the untrained level, which is the simulator's capacity 1); strength and neuromuscular
    /// responses stay at the group mean. The headroom is set ten times the fitness contribution of 100 TRIMP a day (or of the habitual load if
    /// higher), so up to that load the simulator stays within 5 % of the twin's linear model. The twin's loads must
    /// be on the simulator's scale (Banister TRIMP) — pass <paramref name="loadScale"/> to convert (simulator load =
    /// twin load × scale).
    /// </summary>
    public static AthleteProfile FromBanisterTwin(double p0, double k1, double tau1Days, double k2, double tau2Days,
        PopulationStratum stratum, Sex sex, double ageYears, double habitualDailyLoad, double loadScale = 1.0, string origin = "Banister twin")
    {
        if (!(p0 > 0) || !double.IsFinite(p0)) throw new ArgumentOutOfRangeException(nameof(p0), p0, "p0 must be positive");
        if (!(k1 >= 0) || !(k2 >= 0)) throw new ArgumentOutOfRangeException(nameof(k1), "gains must be non-negative");
        if (!(loadScale > 0)) throw new ArgumentOutOfRangeException(nameof(loadScale), loadScale, "load scale must be positive");
        var mean = Sample(stratum, sex, ageYears, null);
        var responses = mean.Responses.ToArray();
        // Gains per simulator load unit: the twin's gain per twin load unit ÷ scale, relative to p0.
        var k1Relative = k1 / p0 / loadScale;
        var k2Relative = k2 / p0 / loadScale;
        var habitual = Math.Max(habitualDailyLoad, 0);
        var fitnessImpulse = Math.Max(habitual, 100) / -double.ExpM1(-1 / tau1Days);
        var headroom = Math.Clamp(10 * k1Relative * fitnessImpulse, 0.05, 50);
        foreach (var q in (ReadOnlySpan<int>)[(int)TrainingQuality.Aerobic, (int)TrainingQuality.Anaerobic])
            responses[q] = new QualityResponse(k1Relative, tau1Days, k2Relative, tau2Days, headroom);
        return mean with
        {
            HabitualDailyLoad = habitual,
            Responses = responses,
            Origin = string.Create(CultureInfo.InvariantCulture, $"{origin} (p0 {p0:0.###}, k1 {k1:0.####}, τ1 {tau1Days:0.#} d, k2 {k2:0.####}, τ2 {tau2Days:0.#} d)"),
        };
    }

    /// <summary>Builds an individual from a twin fitted by Formcast.Analytics (<see cref="FitnessFatigueTwin"/>); see
    /// <see cref="FromBanisterTwin"/> for how the parameters map.</summary>
    public static AthleteProfile FromTwin(TwinFit twin, PopulationStratum stratum, Sex sex, double ageYears, double habitualDailyLoad, double loadScale = 1.0, string origin = "fitted twin")
    {
        ArgumentNullException.ThrowIfNull(twin);
        return FromTwin(twin.Parameters, stratum, sex, ageYears, habitualDailyLoad, loadScale, origin);
    }

    /// <summary>Builds an individual from Banister parameters (e.g. <see cref="TwinFit.Parameters"/>).</summary>
    public static AthleteProfile FromTwin(BanisterParameters twin, PopulationStratum stratum, Sex sex, double ageYears, double habitualDailyLoad, double loadScale = 1.0, string origin = "Banister twin") =>
        FromBanisterTwin(twin.P0, twin.K1, twin.Tau1, twin.K2, twin.Tau2, stratum, sex, ageYears, habitualDailyLoad, loadScale, origin);

    /// <summary>Threshold running pace from VO2max with Daniels &amp; Gilbert's oxygen cost of running
    /// (VO2 = −4.6 + 0.182258·v + 0.000104·v², v in m/min), taking threshold at 88 % of VO2max (Daniels' T pace).</summary>
    public static double ThresholdPace(double vo2MaxMlPerKgPerMin)
    {
        var target = 0.88 * vo2MaxMlPerKgPerMin;
        const double a = 0.000104, b = 0.182258;
        var c = -4.6 - target;
        var velocity = (-b + Math.Sqrt((b * b) - (4 * a * c))) / (2 * a);
        return 60_000 / velocity;
    }

    /// <summary>Threshold ergometer power from VO2max with the ACSM leg-cycling equation
    /// (VO2 = 1.8·work/mass + 7, work in kg·m/min = 6.12·W), taking threshold at 75 % of maximal aerobic power.</summary>
    public static double ThresholdPower(double vo2MaxMlPerKgPerMin, double bodyMassKg) =>
        0.75 * Math.Max(0, vo2MaxMlPerKgPerMin - 7) * bodyMassKg / (1.8 * 6.12);
}
