namespace Formcast.Workflows.Predictions.Monitoring;

/// <summary>A held-out metric recorded with a registered model (interval bounds NaN when none).</summary>
internal sealed record RegisteredMetric(string Name, double Value, double Lower, double Upper);
