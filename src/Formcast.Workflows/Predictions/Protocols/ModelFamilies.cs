using Formcast.Learning;
using Formcast.Learning.Baselines;
using Formcast.Learning.Linear;
using Formcast.Learning.Svm;
using Formcast.Workflows.Predictions.Profiles;

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
        Logistic,
        Svm(quick),
    ];

    /// <summary>Regressors for readiness, test outcomes and race times.</summary>
    public static IReadOnlyList<ModelFamily> Regressors(bool quick) => [Ridge, Svr];

    /// <summary>L2 logistic regression with balanced class weights; C = 0.1 (about 40 correlated load and wellness
    /// features against a few dozen injuries call for strong shrinkage).</summary>
    public static ModelFamily Logistic { get; } = new("logistic", "L2 logistic regression, C = 0.1, balanced class weights",
        seed => new LogisticRegressionLearner(new LogisticRegressionOptions { C = 0.1, BalancedClassWeights = true, Seed = seed }));

    /// <summary>RBF support vector classifier with balanced class weights and Platt probabilities (LIBSVM's -b 1).</summary>
    public static ModelFamily Svm(bool quick) => new("svm", "RBF support vector machine, C = 1, γ = 1/(features·variance), balanced class weights, Platt probabilities",
        seed => new SvmClassifierLearner(new SvmClassifierOptions { C = 1, BalancedClassWeights = true, ProbabilityFolds = quick ? 3 : 5, Seed = seed }));

    /// <summary>Ridge regression, α = 1 on standardised features and target.</summary>
    public static ModelFamily Ridge { get; } = new("ridge", "ridge regression, α = 1 (standardised features and target)",
        Regressor: seed => new LinearRegressionLearner(new LinearRegressionOptions { Alpha = 1, Seed = seed }));

    /// <summary>RBF ε-SVR on standardised features and target.</summary>
    public static ModelFamily Svr { get; } = new("svr", "RBF ε-SVR, C = 1, ε = 0.1 SD of the target, γ = 1/(features·variance)",
        Regressor: seed => new SvrLearner(new SvrOptions { C = 1, Epsilon = 0.1, Seed = seed }));

    /// <summary>The no-information floor: class shares (or the mean) of the training rows.</summary>
    public static ModelFamily Dummy { get; } = new("no-information", "class shares / mean of the training rows",
        _ => new DummyClassifier(), _ => new DummyRegressor());

    /// <summary>The stack's meta-model, on raw (possibly missing) base probabilities.</summary>
    public static ILearner<IClassifier> StackingMeta(ulong seed) =>
        new PreparedClassifier(new LogisticRegressionLearner(new LogisticRegressionOptions { C = 1, Seed = seed }));

    /// <summary>Injury risk of the athlete's profile cluster (k-means, k = 3, on the standardised profile columns).</summary>
    public static ILearner<IClassifier> ProfileRisk(ulong seed) => new PreparedClassifier(new ProfileClusterClassifier(3, seed));
}
