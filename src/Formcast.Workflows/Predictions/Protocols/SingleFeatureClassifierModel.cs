using Formcast.Learning;
using Formcast.Learning.Calibration;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>A fitted <see cref="SingleFeatureClassifier"/>.</summary>
internal sealed class SingleFeatureClassifierModel(int featureCount, int column, double median, double mean, double scale, double[] classes, SigmoidFunction sigmoid)
    : IClassifier
{
    public const string KindName = "single-feature-classifier";

    public string Kind => KindName;

    public int FeatureCount { get; } = featureCount;

    public IReadOnlyList<double> Classes { get; } = classes;

    public void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities)
    {
        var v = features[column];
        if (!double.IsFinite(v)) v = median;
        var p = sigmoid.Predict((v - mean) / scale);
        if (Classes.Count == 1)
        {
            probabilities[0] = 1;
            return;
        }

        probabilities[0] = 1 - p;
        probabilities[1] = p;
    }

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteInt32(FeatureCount);
        writer.WriteInt32(column);
        writer.WriteDouble(median);
        writer.WriteDouble(mean);
        writer.WriteDouble(scale);
        writer.WriteDoubles(classes);
        writer.WriteDouble(sigmoid.A);
        writer.WriteDouble(sigmoid.B);
    }
}
