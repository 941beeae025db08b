namespace Formcast.Workflows.Athletes;

/// <summary>Today's easy-pace range (s/km), the fractions of VO2max it spans and the readiness that shifted it.</summary>
public sealed record EasyPaceView(double SlowSecondsPerKm, double FastSecondsPerKm, double LowFraction, double HighFraction, double? Readiness, string Convention);
