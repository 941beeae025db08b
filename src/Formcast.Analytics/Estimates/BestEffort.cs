namespace Formcast.Analytics;

/// <summary>A maximal effort of a given duration: mean power (W) for critical power, or distance covered (m) for
/// critical speed.</summary>
/// <param name="DurationSeconds">Duration of the effort.</param>
/// <param name="Value">Mean power in watts, or distance in metres.</param>
/// <param name="Label">Where it came from, e.g. "2024-05-03 track 3000 m".</param>
public sealed record BestEffort(double DurationSeconds, double Value, string? Label = null);
