using Formcast.Learning;
using Formcast.Learning.Explanations;
using Formcast.Workflows.Predictions.Features;

namespace Formcast.Workflows.Predictions.Injury;

/// <summary>
/// Explains a risk flag: Kernel SHAP (Lundberg &amp; Lee 2017) attributions of the flagged athlete's predicted
/// probability against a background sample of the training rows, and the features that raised it most, each in plain
/// words with its contribution in percentage points. SHAP describes what the model associates with injury in other
/// athletes' weeks, not a cause (Bullock et al. 2024).
/// </summary>
internal static class AlertExplainer
{
    public static IReadOnlyList<AlertReason> Explain(IClassifier model, Matrix background, ReadOnlySpan<double> row, IReadOnlyList<FeatureInfo> features,
        int top, KernelShapOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(features);
        var explanation = KernelShap.ForClassifier(model, background, options: options).Explain(row);
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var j = 0; j < features.Count; j++) values[features[j].Name] = row[j];
        return [.. Enumerable.Range(0, features.Count)
            .Where(j => explanation.Values[j] > 0)
            .OrderByDescending(j => explanation.Values[j])
            .Take(top)
            .Select(j => new AlertReason(features[j].Name, explanation.Values[j], ReasonPhrases.Describe(features[j], values)))];
    }
}
