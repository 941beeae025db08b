namespace Formcast.Learning.Explanations;

/// <summary>How much the metric worsens when one feature's values are shuffled (positive = the model relies on it).</summary>
/// <param name="Feature">Feature name.</param>
/// <param name="Mean">Mean worsening over the repeats.</param>
/// <param name="StandardDeviation">Population standard deviation over the repeats (as scikit-learn reports).</param>
/// <param name="Drops">Worsening per repeat.</param>
public sealed record FeatureImportance(string Feature, double Mean, double StandardDeviation, double[] Drops);
