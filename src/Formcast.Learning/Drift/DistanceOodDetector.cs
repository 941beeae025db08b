using Formcast.Learning.Baselines.Internal;
using Formcast.Learning.Evaluation.Internal;

namespace Formcast.Learning.Drift;

/// <summary>
/// Distance-based out-of-distribution check: a row's score is its Euclidean distance to the k-th nearest training
/// row on standardised features (the k-NN score of Sun et al. 2022, "Out-of-distribution detection with deep nearest
/// neighbors", ICML), and the threshold is a percentile of the training rows' leave-one-out scores, so a chosen share
/// of in-distribution rows passes. A flagged row means "the model has seen little like this": its prediction deserves
/// less trust, whatever the model says. Ignores the target.
/// </summary>
public sealed class DistanceOodDetector(DistanceOodOptions? options = null) : ILearner<DistanceOodModel>
{
    public DistanceOodOptions Options { get; } = options ?? new DistanceOodOptions();

    public DistanceOodModel Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Fit(data.Features);
    }

    public DistanceOodModel Fit(Matrix features)
    {
        ArgumentNullException.ThrowIfNull(features);
        Options.Validate();
        if (features.Rows <= Options.Neighbors)
            throw new ArgumentException($"{features.Rows} rows are too few for the {Options.Neighbors}-th neighbour of each row", nameof(features));
        if (features.Data.Any(v => !double.IsFinite(v))) throw new ArgumentException("training features must be finite", nameof(features));
        var index = NeighborIndex.Build(features, Options.Standardize);
        var k = Options.Neighbors;
        var scores = new double[features.Rows];
        Parallel.For(0, features.Rows, Options.ParallelOptions(), r =>
        {
            var nearest = new int[k];
            var distances = new double[k];
            index.Nearest(features.Row(r), nearest, distances, exclude: r);
            scores[r] = distances[k - 1];
        });
        Array.Sort(scores);
        var threshold = SampleQuantile.Percentile(scores, Options.ThresholdPercentile);
        return new DistanceOodModel(index, k, threshold, Options.ThresholdPercentile, scores);
    }
}
