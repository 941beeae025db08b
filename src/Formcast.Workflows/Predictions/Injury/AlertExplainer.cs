using Formcast.Learning;
using Formcast.Learning.Explanations;
using Formcast.Workflows.Predictions.Features;
using Formcast.Workflows.Predictions.Protocols;

namespace Formcast.Workflows.Predictions.Injury;

/// <summary>
/// Explains a risk flag: the features that raised the flagged athlete's predicted probability most, each in plain
/// words with its contribution in percentage points. Tree models (a random forest, or gradient boosting bagged over
/// balanced samples) are explained exactly by TreeSHAP (Lundberg et al. 2020) of the uncalibrated trees, carried onto
/// the calibrated probability; every other model by Kernel SHAP (Lundberg &amp; Lee 2017) of the calibrated
/// probability against a background sample of the training rows. SHAP describes what the model associates with injury
/// in other athletes' weeks, not a cause (Bullock et al. 2024).
/// </summary>
internal static class AlertExplainer
{
    public const string TreeMethod = "TreeSHAP";

    public const string KernelMethod = "Kernel SHAP";

    public static (IReadOnlyList<AlertReason> Reasons, string Method) Explain(IClassifier model, Matrix background, ReadOnlySpan<double> row,
        IReadOnlyList<FeatureInfo> features, int top, KernelShapOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(background);
        ArgumentNullException.ThrowIfNull(features);
        var method = TreeMethod;
        var contributions = TreeContributions(model, background, row);
        if (contributions is null)
        {
            method = KernelMethod;
            contributions = KernelShap.ForClassifier(model, background, options: options).Explain(row).Values;
        }

        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var j = 0; j < features.Count; j++) values[features[j].Name] = row[j];
        IReadOnlyList<AlertReason> reasons = [.. Enumerable.Range(0, features.Count)
            .Where(j => contributions[j] > 0)
            .OrderByDescending(j => contributions[j])
            .Take(top)
            .Select(j => new AlertReason(features[j].Name, contributions[j], ReasonPhrases.Describe(features[j], values)))];
        return (reasons, method);
    }

    /// <summary>
    /// TreeSHAP contributions in percentage points of the model's (calibrated) probability, or null when the model
    /// has no trees to read. The trees' own probability contributions φ (for boosted trees, log-odds contributions
    /// turned into probability by the secant of the logistic function over the row's margin) are multiplied by the
    /// secant slope of the calibration, (p(x) − p̄) / (s(x) − s̄), where p is the calibrated probability with p̄ its
    /// mean over the background rows and s the trees' score with s̄ its expected value; the contributions then add up to
    /// p(x) − p̄, as Kernel SHAP's do. Calibration is increasing, so a negative slope (the row sits so close to the
    /// average that the two means disagree in sign) leaves the row to Kernel SHAP.
    /// </summary>
    public static double[]? TreeContributions(IClassifier model, Matrix background, ReadOnlySpan<double> row)
    {
        if (model is not PreparedClassifierModel { Inner: SelectedClassifierModel selected } prepared) return null;
        if (selected.Family is not ("random-forest" or "gradient-boosting") || selected.Uncalibrated is not { } trees) return null;
        var preparedRow = new double[row.Length];
        prepared.Preprocessor.Transform(row, preparedRow);
        if (TreeScore(trees, preparedRow) is not var (phi, expected)) return null;

        var p = OutOfFold.Score(model, new Matrix(1, row.Length, row.ToArray()))[0];
        var mean = OutOfFold.Score(model, background).Average();
        var score = expected + phi.Sum();
        var slope = (p - mean) / (score - expected);
        if (!(slope > 0) || !double.IsFinite(slope)) return null;
        for (var j = 0; j < phi.Length; j++) phi[j] *= slope;
        return phi;
    }

    /// <summary>Positive-class probability contributions and expected value of a tree model on a prepared row: a
    /// forest's directly, boosted trees' through the logistic secant, a bag's as the mean of its members'.</summary>
    private static (double[] Phi, double Expected)? TreeScore(IClassifier model, double[] row)
    {
        if (row.Length != model.FeatureCount) return null;
        if (model is BalancedBaggingClassifierModel bagged)
        {
            if (!bagged.Bags.All(TreeShap.Supports) || bagged.Classes.Count != 2) return null;
            var sum = new double[row.Length];
            var expected = 0.0;
            foreach (var bag in bagged.Bags)
            {
                if (TreeScore(bag, row) is not { } one) return null;
                for (var j = 0; j < sum.Length; j++) sum[j] += one.Phi[j] / bagged.Bags.Count;
                expected += one.Expected / bagged.Bags.Count;
            }

            return (sum, expected);
        }

        if (!TreeShap.Supports(model) || model.Classes.Count != 2) return null;
        var (phi, baseValue) = TreeShap.Explain(model, row);
        if (model is not GradientBoostingClassifierModel) return (phi, baseValue);
        var margin = phi.Sum();
        var secant = Math.Abs(margin) < 1e-12 ? Sigmoid(baseValue) * (1 - Sigmoid(baseValue)) : (Sigmoid(baseValue + margin) - Sigmoid(baseValue)) / margin;
        for (var j = 0; j < phi.Length; j++) phi[j] *= secant;
        return (phi, Sigmoid(baseValue));
    }

    private static double Sigmoid(double margin) => 1 / (1 + Math.Exp(-margin));
}
