using Formcast.Core;

namespace Formcast.Planning;

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
