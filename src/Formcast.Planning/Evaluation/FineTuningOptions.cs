using Formcast.Analytics;
using Formcast.Core;
using Formcast.Learning;

namespace Formcast.Planning;

/// <summary>
/// The per-athlete fine-tuning experiment: a real athlete's fitted twin becomes a simulated individual; the
/// population PPO policy is evaluated on it, fine-tuned on it for <see cref="Steps"/> interaction steps, and evaluated
/// again on held-out noise seeds. The default twin is the published Banister fit of the Clarke &amp; Skiba 2013
/// BikeScore athlete (p0 262 W, k1 0.18, τ1 36 d, k2 0.23, τ2 21 d; Formcast.Analytics reproduces it), a cyclist
/// modelled as an endurance athlete, with one BikeScore unit taken as 1.5 Banister TRIMP (an hour at threshold is
/// 100 BikeScore and about 150–170 TRIMP) and the data's mean daily load of 27.6 BikeScore as habitual.
/// </summary>
public sealed record FineTuningOptions
{
    public string TwinName { get; init; } = "Clarke & Skiba 2013 BikeScore athlete";

    public BanisterParameters Twin { get; init; } = new(262, 0.18, 36, 0.23, 21);

    public PopulationStratum Stratum { get; init; } = new(Sport.Cycling, AthleteLevel.Recreational);

    public Sex Sex { get; init; } = Sex.Male;

    public double AgeYears { get; init; } = 30;

    /// <summary>Habitual daily load in the twin's units.</summary>
    public double HabitualDailyLoad { get; init; } = 27.6;

    /// <summary>Simulator load units (Banister TRIMP) per twin load unit.</summary>
    public double LoadScale { get; init; } = 1.5;

    public int Steps { get; init; } = 20_480;

    /// <summary>Noise seeds the twin is evaluated on before and after fine-tuning.</summary>
    public int EvaluationEpisodes { get; init; } = 10;

    public void Validate()
    {
        OptionCheck.Positive(Steps, nameof(Steps));
        OptionCheck.Positive(EvaluationEpisodes, nameof(EvaluationEpisodes));
        OptionCheck.Positive(LoadScale, nameof(LoadScale));
        OptionCheck.NonNegative(HabitualDailyLoad, nameof(HabitualDailyLoad));
    }

    /// <summary>The simulated individual built from the twin.</summary>
    public AthleteProfile Athlete() =>
        AthleteSampler.FromTwin(Twin, Stratum, Sex, AgeYears, HabitualDailyLoad * LoadScale, LoadScale, TwinName);
}
