namespace Formcast.Learning.Drift;

/// <summary>A population-stability index with its band and per-bin table.</summary>
public sealed record PopulationStabilityResult(double Value, DriftBand Band, IReadOnlyList<PsiBin> Bins);
