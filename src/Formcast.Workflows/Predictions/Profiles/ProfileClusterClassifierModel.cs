using Formcast.Learning;
using Formcast.Learning.Clustering;

namespace Formcast.Workflows.Predictions.Profiles;

/// <summary>A fitted <see cref="ProfileClusterClassifier"/>: the nearest profile centre's smoothed injury share.</summary>
internal sealed class ProfileClusterClassifierModel(KMeansModel clusters, double[] classes, double[] risk) : IClassifier
{
    public const string KindName = "profile-cluster-classifier";

    public string Kind => KindName;

    public int FeatureCount => clusters.FeatureCount;

    public IReadOnlyList<double> Classes { get; } = classes;

    public void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities)
    {
        var p = risk[clusters.Predict(features)];
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
        writer.WriteModel(clusters);
        writer.WriteDoubles(classes);
        writer.WriteDoubles(risk);
    }
}
