using Formcast.Learning.Clustering.Internal;
using Formcast.Learning.Linear.Internal;

namespace Formcast.Learning.Clustering;

/// <summary>
/// Agglomerative (hierarchical) clustering on Euclidean distances with Ward, complete or average linkage, building
/// the full dendrogram with the nearest-neighbour chain. Distances are the square roots of vectorised sums of squared
/// differences (SciPy's <c>pdist</c> sums in index order; the two differ by at most a few units in the last place, and
/// exact ties such as duplicate rows or integer data stay exact); the dendrogram and its cuts agree with SciPy's
/// <c>linkage</c> and scikit-learn's <c>AgglomerativeClustering</c> (see the parity tests).
/// </summary>
public sealed class AgglomerativeClustering
{
    public AgglomerativeClustering(AgglomerativeOptions? options = null)
    {
        Options = options ?? new AgglomerativeOptions();
        Options.Validate();
    }

    public AgglomerativeOptions Options { get; }

    public Dendrogram Fit(Matrix features)
    {
        ArgumentNullException.ThrowIfNull(features);
        TrainingData.RequireFinite(features, nameof(features));
        var n = features.Rows;
        if (n < 1) throw new ArgumentException("clustering needs at least one row", nameof(features));
        if (features.Columns == 0) throw new ArgumentException("clustering needs at least one feature column", nameof(features));
        if (n > Options.MaxRows)
            throw new ArgumentException($"{n} rows exceed MaxRows = {Options.MaxRows} (the distance matrix grows with n²)", nameof(features));
        if (n == 1) return new Dendrogram(1, features.Columns, Options.Linkage, []);

        var distances = new double[(long)n * (n - 1) / 2];
        var p = features.Columns;
        Parallel.For(0, n - 1, Options.ParallelOptions(), i =>
        {
            var a = features.Row(i);
            var offset = NearestNeighbourChain.Condensed(n, i, i + 1);
            for (var j = i + 1; j < n; j++) distances[offset + (j - i - 1)] = Math.Sqrt(Svm.Internal.KernelFunction.SquaredDistance(a, features.Row(j)));
        });

        return new Dendrogram(n, p, Options.Linkage, NearestNeighbourChain.Run(distances, n, Options.Linkage));
    }
}
