namespace Formcast.Workflows.Predictions;

/// <summary>The settings every number of a run depends on.</summary>
/// <param name="Seed">Seed of every random draw (model fits, shuffles, bootstrap).</param>
/// <param name="Folds">Folds of the outer cross-validation.</param>
/// <param name="BootstrapResamples">Bootstrap resamples behind each interval.</param>
/// <param name="Confidence">Interval coverage, e.g. 0.95.</param>
/// <param name="Interval">How intervals are read off the resamples, e.g. "BCa".</param>
/// <param name="Configuration">"full" for the committed results, "quick" for small test configurations.</param>
public sealed record ReportProtocol(ulong Seed, int Folds, int BootstrapResamples, double Confidence, string Interval, string Configuration);
