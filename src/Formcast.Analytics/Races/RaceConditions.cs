namespace Formcast.Analytics;

/// <summary>Expected weather of a target race.</summary>
public sealed record RaceConditions(double TemperatureCelsius, double RelativeHumidityPercent);
