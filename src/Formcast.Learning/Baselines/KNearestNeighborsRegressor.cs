using Formcast.Learning.Baselines.Internal;

namespace Formcast.Learning.Baselines;

/// <summary>
/// k-nearest-neighbours regression: the (optionally distance-weighted) mean target of the k nearest training rows in
/// Euclidean distance, as scikit-learn's <c>KNeighborsRegressor(algorithm="brute")</c>.
/// </summary>
public sealed class KNearestNeighborsRegressor(KNearestNeighborsOptions? options = null) : ILearner<IRegressor>
{
    public KNearestNeighborsOptions Options { get; } = options ?? new KNearestNeighborsOptions();

    public IRegressor Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Options.Validate();
        if (data.Rows == 0) throw new ArgumentException("no rows to fit", nameof(data));
        var index = NeighborIndex.Build(data.Features, Options.Standardize);
        return new KNearestNeighborsRegressorModel(index, (double[])data.Target.Clone(), Math.Min(Options.Neighbors, data.Rows), Options.Weighting);
    }
}
