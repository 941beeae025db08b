using System.Globalization;
using Formcast.Core;

namespace Formcast.Planning;

/// <summary>
/// One simulated individual: who they are (sport, sex, level, age), their measurable baselines (heart rate, VO2max,
/// HRV, mood) and their hidden response parameters (per-quality fitness–fatigue response, injury susceptibility,
/// heat tolerance). Built by <see cref="AthleteSampler"/> from documented population distributions, or from a fitted
/// fitness–fatigue twin by <see cref="AthleteSampler.FromBanisterTwin"/>. Planners see only the measurable part
/// (<see cref="AthleteSnapshot"/>); the response parameters are the simulator's ground truth.
/// </summary>
public sealed record AthleteProfile
{
    public required Sport Sport { get; init; }

    public Sex Sex { get; init; }

    public AthleteLevel Level { get; init; }

    public double AgeYears { get; init; } = 21;

    /// <summary>Morning resting heart rate at the start of the block, bpm.</summary>
    public double RestingHeartRateBpm { get; init; } = 68;

    public double MaxHeartRateBpm { get; init; } = 193;

    public double Vo2MaxMlPerKgPerMin { get; init; } = 45;

    public double BodyMassKg { get; init; } = 70;

    /// <summary>Lactate threshold as a fraction of heart-rate reserve.</summary>
    public double ThresholdReserveFraction { get; init; } = 0.8;

    /// <summary>Individual mean of morning ln(rMSSD in ms).</summary>
    public double LnRmssdBaseline { get; init; } = 4.0;

    /// <summary>Day-to-day standard deviation of morning ln(rMSSD) around its expected value.</summary>
    public double LnRmssdDailySd { get; init; } = 0.12;

    /// <summary>Mood (1–5) when fresh and untroubled; the reference study's baseline is 3.</summary>
    public double BaselineMood { get; init; } = 3;

    /// <summary>Average daily load (Banister TRIMP) in the weeks before the block; sets the initial fitness and fatigue.</summary>
    public double HabitualDailyLoad { get; init; } = 75;

    /// <summary>Dose–response of each quality, indexed by <see cref="TrainingQuality"/>.</summary>
    public required IReadOnlyList<QualityResponse> Responses { get; init; }

    /// <summary>Share of the other qualities' load that also fatigues a quality (training is systemically tiring).</summary>
    public double CrossFatigue { get; init; } = 0.3;

    /// <summary>Multiplier of the sport's injury rate (1 = population median).</summary>
    public double InjurySusceptibility { get; init; } = 1;

    /// <summary>A previous injury roughly doubles the risk (Hägglund et al. 2006, BJSM 40:767).</summary>
    public bool PreviousInjury { get; init; }

    /// <summary>Multiplier of heat effects on heart rate, fatigue and risk (1 = unacclimatised, lower = acclimatised).</summary>
    public double HeatSensitivity { get; init; } = 1;

    /// <summary>Threshold pace for running-based sports, seconds per km (from VO2max when not given).</summary>
    public double? ThresholdPaceSecondsPerKm { get; init; }

    /// <summary>Threshold power on an ergometer, watts (from VO2max and body mass when not given).</summary>
    public double? ThresholdPowerWatts { get; init; }

    /// <summary>Where the individual came from, e.g. "sampled from university (seed 12)" or "twin of athlete 7".</summary>
    public string Origin { get; init; } = "";

    /// <summary>Heart-rate reserve, bpm.</summary>
    public double HeartRateReserveBpm => MaxHeartRateBpm - RestingHeartRateBpm;

    /// <summary>A short description for reports, e.g. "distance running, female, elite, 23 y".</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{PopulationStratum.SportName(Sport)}, {Sex.ToString().ToLowerInvariant()}, {PopulationStratum.LevelName(Level)}, {AgeYears:0} y");

    /// <summary>Checks ranges and shapes; throws <see cref="ArgumentException"/> naming the first invalid value
    /// (a profile is built by code, so a bad one is a programmer error).</summary>
    public void Validate()
    {
        if (Responses.Count != TrainingQualities.Count)
            throw new ArgumentException($"{Responses.Count} quality responses, expected {TrainingQualities.Count}", nameof(Responses));
        for (var q = 0; q < Responses.Count; q++)
        {
            if (Responses[q].Validate() is { } problem)
                throw new ArgumentException($"{TrainingQualities.Name((TrainingQuality)q)} response: {problem}", nameof(Responses));
        }

        Check(RestingHeartRateBpm is >= 30 and <= 110, nameof(RestingHeartRateBpm), RestingHeartRateBpm);
        Check(MaxHeartRateBpm > RestingHeartRateBpm + 40 && MaxHeartRateBpm <= 230, nameof(MaxHeartRateBpm), MaxHeartRateBpm);
        Check(Vo2MaxMlPerKgPerMin is >= 15 and <= 95, nameof(Vo2MaxMlPerKgPerMin), Vo2MaxMlPerKgPerMin);
        Check(BodyMassKg is >= 25 and <= 200, nameof(BodyMassKg), BodyMassKg);
        Check(ThresholdReserveFraction is >= 0.5 and <= 0.95, nameof(ThresholdReserveFraction), ThresholdReserveFraction);
        Check(LnRmssdBaseline is >= 1.5 and <= 6, nameof(LnRmssdBaseline), LnRmssdBaseline);
        Check(LnRmssdDailySd is >= 0 and <= 1, nameof(LnRmssdDailySd), LnRmssdDailySd);
        Check(BaselineMood is >= 1 and <= 5, nameof(BaselineMood), BaselineMood);
        Check(HabitualDailyLoad is >= 0 and <= 600, nameof(HabitualDailyLoad), HabitualDailyLoad);
        Check(CrossFatigue is >= 0 and <= 1, nameof(CrossFatigue), CrossFatigue);
        Check(InjurySusceptibility is >= 0 and <= 20, nameof(InjurySusceptibility), InjurySusceptibility);
        Check(HeatSensitivity is >= 0 and <= 5, nameof(HeatSensitivity), HeatSensitivity);
        Check(AgeYears is >= 8 and <= 90, nameof(AgeYears), AgeYears);
    }

    private static void Check(bool ok, string name, double value)
    {
        if (!ok) throw new ArgumentException($"{name} = {value.ToString(CultureInfo.InvariantCulture)} is out of range", name);
    }
}
