namespace Formcast.Workflows.Athletes;

/// <summary>Every method's prediction for one distance and the range they span (the honest spread between models).</summary>
public sealed record RaceForecast(string Distance, double DistanceMeters, double? LowSeconds, double? HighSeconds, IReadOnlyList<RaceMethodView> Methods);
