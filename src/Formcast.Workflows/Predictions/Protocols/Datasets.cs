using Formcast.Learning;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>Copies of a dataset with one piece of metadata changed.</summary>
internal static class Datasets
{
    /// <summary>The same rows without groups, for splitters that deliberately split rows (too few groups to hold out).</summary>
    public static Dataset WithoutGroups(Dataset data) => new(data.Features, data.Target, data.FeatureNames, null, data.Weights, data.Time);

    public static Dataset WithWeights(Dataset data, double[]? weights) => new(data.Features, data.Target, data.FeatureNames, data.Groups, weights, data.Time);

    public static Dataset WithTarget(Dataset data, double[] target) => new(data.Features, target, data.FeatureNames, data.Groups, data.Weights, data.Time);
}
