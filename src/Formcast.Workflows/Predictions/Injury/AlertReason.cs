namespace Formcast.Workflows.Predictions.Injury;

/// <summary>One reason behind a flag: the feature, its SHAP contribution to the probability, and the sentence.</summary>
internal sealed record AlertReason(string Feature, double Contribution, string Sentence);
