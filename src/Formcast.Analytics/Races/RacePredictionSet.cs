namespace Formcast.Analytics;

/// <summary>Every method's prediction for one distance and the range they span (the honest spread between models;
/// NaN when no method could predict).</summary>
public sealed record RacePredictionSet(double DistanceMeters, IReadOnlyList<RacePrediction> Predictions, double LowSeconds, double HighSeconds);
