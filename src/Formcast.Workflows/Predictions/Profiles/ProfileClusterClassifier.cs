using Formcast.Learning;
using Formcast.Learning.Clustering;

namespace Formcast.Workflows.Predictions.Profiles;

/// <summary>
/// Injury risk of an athlete's profile: k-means clusters of the (prepared) profile columns, and each cluster's share
/// of injury rows shrunk towards the overall share as (positives + m·p̄) / (rows + m) with m = <see cref="PriorRows"/>
/// — the usual additive smoothing, so a small cluster with one injury does not read as 100 % risk.
/// </summary>
internal sealed class ProfileClusterClassifier(int clusters, ulong seed) : ILearner<IClassifier>
{
    /// <summary>Weight of the overall share, in rows.</summary>
    public const double PriorRows = 10;

    public IClassifier Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var k = Math.Max(1, Math.Min(clusters, data.Rows));
        var model = new KMeansLearner(new KMeansOptions { Clusters = k, Seed = seed, MaxDegreeOfParallelism = 1 }).Fit(data.Features);
        var classes = data.Classes();
        var positive = classes[^1];
        var overall = data.Target.Count(y => y == positive) / (double)data.Rows;
        var risk = new double[k];
        for (var c = 0; c < k; c++)
        {
            var rows = Enumerable.Range(0, data.Rows).Where(r => model.Labels[r] == c).ToArray();
            risk[c] = (rows.Count(r => data.Target[r] == positive) + (PriorRows * overall)) / (rows.Length + PriorRows);
        }

        return new ProfileClusterClassifierModel(model, classes, risk);
    }
}
