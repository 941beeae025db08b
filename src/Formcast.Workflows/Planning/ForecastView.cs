namespace Formcast.Workflows.Planning;

/// <summary>The simulator's forecast of one day of the week.</summary>
public sealed record ForecastView(DateOnly Date, double Load, double? Fatigue, double? AcuteChronicRatio, double? InjuryProbability, double? PerformanceIndex);
