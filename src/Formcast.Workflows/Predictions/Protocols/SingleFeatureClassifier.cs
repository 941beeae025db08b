using Formcast.Learning;
using Formcast.Learning.Calibration;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>
/// A one-signal baseline: the risk ranks rows by a single feature (e.g. the acute:chronic ratio, or last week's load)
/// and Platt's sigmoid (fitted on the training rows, on the standardised feature, missing values at the training
/// median) turns it into a probability. Its ROC AUC is the feature's own ranking power; its Brier score says how well
/// that one signal can be calibrated.
/// </summary>
internal sealed class SingleFeatureClassifier(string feature) : ILearner<IClassifier>
{
    public string Feature { get; } = feature;

    public IClassifier Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var column = data.FeatureNames.ToList().IndexOf(Feature);
        if (column < 0) throw new ArgumentException($"no feature '{Feature}' to rank by", nameof(data));
        var values = data.Features.Column(column);
        var present = values.Where(double.IsFinite).Order().ToArray();
        var median = present.Length == 0 ? 0 : present.Length % 2 == 1 ? present[present.Length / 2] : (present[(present.Length / 2) - 1] + present[present.Length / 2]) / 2;
        var filled = values.Select(v => double.IsFinite(v) ? v : median).ToArray();
        var mean = filled.Average();
        var sd = Math.Sqrt(filled.Sum(v => (v - mean) * (v - mean)) / filled.Length);
        if (!(sd > 0)) sd = 1;
        var scores = filled.Select(v => (v - mean) / sd).ToArray();
        var classes = data.Classes();
        var sigmoid = PlattScaling.Fit(scores, data.Target, classes[^1], data.Weights);
        return new SingleFeatureClassifierModel(data.Columns, column, median, mean, sd, classes, sigmoid);
    }
}
