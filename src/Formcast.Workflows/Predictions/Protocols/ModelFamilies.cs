using Formcast.Learning;
using Formcast.Learning.Baselines;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>
/// The model families the predictions choose among, with the configurations used for monitoring data (few hundred to a
/// few thousand rows, rare positives): class weighting or balanced bagging for the rare injury class, shallow trees,
/// regularised linear models. Learners take prepared rows (median-filled, standardised: see <see cref="PreparedClassifier"/>
/// around the whole pipeline), so every fitted model is a Formcast.Learning kind that model files can load.
/// Quick configurations keep tests fast.
/// </summary>
internal static class ModelFamilies
{
    /// <summary>Injury-risk classifiers, in tie-break order.</summary>
    public static IReadOnlyList<ModelFamily> InjuryClassifiers(bool quick) =>
    [
        Knn(quick),
    ];

    /// <summary>Regressors for readiness, test outcomes and race times.</summary>
    public static IReadOnlyList<ModelFamily> Regressors(bool quick) =>
    [
        Knn(quick),
    ];

    /// <summary>The no-information floor: class shares (or the mean) of the training rows.</summary>
    public static ModelFamily Dummy { get; } = new("no-information", "class shares / mean of the training rows",
        _ => new DummyClassifier(), _ => new DummyRegressor());

    /// <summary>The stack's meta-model, on raw (possibly missing) base probabilities.</summary>
    public static ILearner<IClassifier> StackingMeta(ulong seed) =>
        new PreparedClassifier(new KNearestNeighborsClassifier(new KNearestNeighborsOptions { Neighbors = 25, Weighting = NeighborWeighting.Distance, Seed = seed }));

    /// <summary>Injury risk from the athlete's profile columns alone.</summary>
    public static ILearner<IClassifier> ProfileRisk(ulong seed) =>
        new PreparedClassifier(new KNearestNeighborsClassifier(new KNearestNeighborsOptions { Neighbors = 25, Weighting = NeighborWeighting.Distance, Seed = seed }));

    private static ModelFamily Knn(bool quick)
    {
        var k = quick ? 10 : 25;
        return new ModelFamily("knn", $"k-nearest neighbours (k = {k}, distance-weighted)",
            seed => new KNearestNeighborsClassifier(new KNearestNeighborsOptions { Neighbors = k, Weighting = NeighborWeighting.Distance, Seed = seed }),
            seed => new KNearestNeighborsRegressor(new KNearestNeighborsOptions { Neighbors = k, Weighting = NeighborWeighting.Distance, Seed = seed }));
    }
}
