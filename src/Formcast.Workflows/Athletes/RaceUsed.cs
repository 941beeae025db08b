namespace Formcast.Workflows.Athletes;

/// <summary>A race a prediction was carried from, with its conditions.</summary>
public sealed record RaceUsed(DateOnly Date, string? Name, double DistanceMeters, double TimeSeconds, double? TemperatureCelsius, double? RelativeHumidityPercent);
