using Formcast.Learning;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>
/// A model family the predictions may choose: its name, one line on its configuration, and factories for a
/// classifier and/or a regressor seeded from the run's seed. Learners receive prepared rows (no NaN, standardised):
/// the evaluation puts one <see cref="PreparedClassifier"/> or <see cref="PreparedRegressor"/> around the pipeline.
/// </summary>
internal sealed record ModelFamily(
    string Name,
    string Description,
    Func<ulong, ILearner<IClassifier>>? Classifier = null,
    Func<ulong, ILearner<IRegressor>>? Regressor = null)
{
    /// <summary>The family's classifier, safe to fit on folds that hold one class only.</summary>
    public ILearner<IClassifier> SafeClassifier(ulong seed) =>
        new OneClassSafeClassifier(Classifier?.Invoke(seed) ?? throw new InvalidOperationException($"family '{Name}' has no classifier"));
}
