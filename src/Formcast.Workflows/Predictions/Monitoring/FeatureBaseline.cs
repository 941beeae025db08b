namespace Formcast.Workflows.Predictions.Monitoring;

/// <summary>A feature's distribution in the training data, kept with a registered model so later data can be checked
/// for drift: the interior decile edges and the share of training rows in each bin (last share: missing values).</summary>
internal sealed record FeatureBaseline(string Feature, IReadOnlyList<double> Edges, IReadOnlyList<double> Shares);
