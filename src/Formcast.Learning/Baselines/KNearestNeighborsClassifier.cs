using Formcast.Learning.Baselines.Internal;

namespace Formcast.Learning.Baselines;

/// <summary>
/// k-nearest-neighbours classification (Fix &amp; Hodges 1951; Cover &amp; Hart 1967): class probabilities are the
/// (optionally distance-weighted) vote shares of the k nearest training rows in Euclidean distance, as scikit-learn's
/// <c>KNeighborsClassifier(algorithm="brute")</c>. Fitting stores the training rows.
/// </summary>
public sealed class KNearestNeighborsClassifier(KNearestNeighborsOptions? options = null) : ILearner<IClassifier>
{
    public KNearestNeighborsOptions Options { get; } = options ?? new KNearestNeighborsOptions();

    public IClassifier Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Options.Validate();
        if (data.Rows == 0) throw new ArgumentException("no rows to fit", nameof(data));
        var classes = data.Classes();
        var labels = data.Target.Select(y => Array.BinarySearch(classes, y)).ToArray();
        var index = NeighborIndex.Build(data.Features, Options.Standardize);
        return new KNearestNeighborsClassifierModel(index, classes, labels, Math.Min(Options.Neighbors, data.Rows), Options.Weighting);
    }
}
