using Formcast.Learning;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>
/// The family a <see cref="SelectingClassifier"/> chose, fitted, with every candidate's inner score, and — fitted on
/// first use — the chosen family without its calibration, on the same rows, for explanations that read the model's
/// structure (TreeSHAP of a forest or boosted trees).
/// </summary>
internal sealed class SelectedClassifierModel(string family, IClassifier model, (string Family, double Auc)[] scores, Lazy<IClassifier>? uncalibrated = null)
    : IClassifier
{
    public string Family { get; } = family;

    /// <summary>The chosen family fitted without calibration, or null when not kept.</summary>
    public IClassifier? Uncalibrated => uncalibrated?.Value;

    public IClassifier Model { get; } = model;

    public IReadOnlyList<(string Family, double Auc)> Scores { get; } = scores;

    public string Kind => Model.Kind;

    public int FeatureCount => Model.FeatureCount;

    public IReadOnlyList<double> Classes => Model.Classes;

    public void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities) => Model.PredictProbabilities(features, probabilities);

    public void WritePayload(ModelWriter writer) => Model.WritePayload(writer);
}
