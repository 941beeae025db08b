namespace Formcast.Analytics;

/// <summary>A run's day and distance, the input of the marathon-shape adjustment.</summary>
public sealed record RunSummary(DateOnly Date, double DistanceMeters);
