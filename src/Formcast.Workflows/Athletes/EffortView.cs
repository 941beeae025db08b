namespace Formcast.Workflows.Athletes;

/// <summary>A best effort: its duration, its value (metres covered or mean watts) and where it came from.</summary>
public sealed record EffortView(double DurationSeconds, double Value, string Source);
