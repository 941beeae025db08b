namespace Formcast.Workflows.Athletes;

/// <summary>Effective VO2max (ml·kg⁻¹·min⁻¹) from <paramref name="Runs"/> runs between <paramref name="From"/> and
/// <paramref name="To"/>, with its convention.</summary>
public sealed record Vo2MaxEstimate(double Value, int Runs, DateOnly From, DateOnly To, string Convention);
