namespace Formcast.Planning;

/// <summary>The simulator's forecast of one day under a plan (a what-if row).</summary>
/// <param name="Date">The day.</param>
/// <param name="Load">Planned load (Banister TRIMP).</param>
/// <param name="Fatigue">Systemic fatigue relative to habitual after the day.</param>
/// <param name="AcuteChronicRatio">EWMA acute:chronic ratio after the day.</param>
/// <param name="InjuryProbability">Predicted probability of injury during the day.</param>
/// <param name="PerformanceIndex">Performance index the next morning (100 = today).</param>
public sealed record DayForecast(DateOnly Date, double Load, double Fatigue, double AcuteChronicRatio, double InjuryProbability, double PerformanceIndex);
