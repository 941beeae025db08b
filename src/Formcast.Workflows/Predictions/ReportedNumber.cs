namespace Formcast.Workflows.Predictions;

/// <summary>One headline number with its interval and the protocol that produced it.</summary>
/// <param name="Section">Section id, e.g. "race.marathon.two-prior".</param>
/// <param name="Subject">What is measured, e.g. a method ("riegel") or a model.</param>
/// <param name="Metric">Metric name, e.g. "mse_min2", "roc_auc", "mse_ratio_to_riegel".</param>
/// <param name="Value">Point estimate.</param>
/// <param name="Lower">Lower bound of the interval (NaN when none).</param>
/// <param name="Upper">Upper bound of the interval (NaN when none).</param>
/// <param name="Protocol">The protocol sentence of the section.</param>
public sealed record ReportedNumber(string Section, string Subject, string Metric, double Value, double Lower, double Upper, string Protocol);
