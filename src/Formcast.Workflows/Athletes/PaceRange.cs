namespace Formcast.Workflows.Athletes;

/// <summary>A Daniels pace range: <paramref name="Label"/> (E, M, T, I, R), its share of VO2max and the paces, s/km.</summary>
public sealed record PaceRange(string Label, string Intensity, double SlowSecondsPerKm, double FastSecondsPerKm);
