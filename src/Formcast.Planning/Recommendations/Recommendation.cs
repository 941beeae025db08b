using Formcast.Core;

namespace Formcast.Planning;

/// <summary>A recommendation: today's session, the coming week (today first), and what the safety limits changed.</summary>
public sealed record Recommendation
{
    public required PlannedSession Today { get; init; }

    /// <summary>Seven sessions, today first.</summary>
    public required IReadOnlyList<PlannedSession> Week { get; init; }

    public required string Planner { get; init; }

    /// <summary>The state the recommendation was made from (for explanations).</summary>
    public required AthleteStateSummary State { get; init; }

    /// <summary>Forecast of the week under these sessions (what-if baseline).</summary>
    public required IReadOnlyList<DayForecast> Forecast { get; init; }
}

/// <summary>The athlete's state as the recommender read it from the request.</summary>
/// <param name="AcuteLoad">EWMA acute load (Williams λ = 0.25).</param>
/// <param name="ChronicLoad">EWMA chronic load (λ = 2/29).</param>
/// <param name="AcuteChronicRatio">Acute ÷ chronic (an explained signal, not a verdict).</param>
/// <param name="Monotony">Foster monotony of the last 7 days.</param>
/// <param name="LastWeekLoad">Load of the last 7 days.</param>
/// <param name="LnRmssd7DayMean">Mean morning ln rMSSD of the last 7 days with a reading (NaN without HRV).</param>
/// <param name="LnRmssdBandLow">Lower edge of the normal band (NaN without enough HRV).</param>
/// <param name="LnRmssdBandHigh">Upper edge of the normal band.</param>
/// <param name="Mood">Latest mood answer 1–5 (NaN when none).</param>
/// <param name="ActiveInjury">A current injury, if any.</param>
public sealed record AthleteStateSummary(double AcuteLoad, double ChronicLoad, double AcuteChronicRatio, double Monotony, double LastWeekLoad,
    double LnRmssd7DayMean, double LnRmssdBandLow, double LnRmssdBandHigh, double Mood, Injury? ActiveInjury)
{
    /// <summary>True when HRV exists and its 7-day mean lies outside the normal band.</summary>
    public bool HrvOutsideBand => double.IsFinite(LnRmssd7DayMean) && double.IsFinite(LnRmssdBandLow)
        && (LnRmssd7DayMean < LnRmssdBandLow || LnRmssd7DayMean > LnRmssdBandHigh);
}

/// <summary>The simulator's forecast of one day under a plan (a what-if row).</summary>
/// <param name="Date">The day.</param>
/// <param name="Load">Planned load (Banister TRIMP).</param>
/// <param name="Fatigue">Systemic fatigue relative to habitual after the day.</param>
/// <param name="AcuteChronicRatio">EWMA acute:chronic ratio after the day.</param>
/// <param name="InjuryProbability">Predicted probability of injury during the day.</param>
/// <param name="PerformanceIndex">Performance index the next morning (100 = today).</param>
public sealed record DayForecast(DateOnly Date, double Load, double Fatigue, double AcuteChronicRatio, double InjuryProbability, double PerformanceIndex);
