using Formcast.Learning;
using Formcast.Learning.Baselines;
using Formcast.Learning.Linear;
using Formcast.Learning.Svm;
using Formcast.Workflows.Predictions.Profiles;
using static Formcast.Workflows.Predictions.Reporting.Cells;

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
        RandomForest(quick),
        GradientBoosting(quick),
    ];

    /// <summary>Regressors for readiness, test outcomes and race times.</summary>
    public static IReadOnlyList<ModelFamily> Regressors(bool quick) => [Ridge, Svr, RandomForestRegression(quick), GradientBoostingRegression(quick)];

    /// <summary>L2 logistic regression with balanced class weights; C = 0.1 (about 40 correlated load and wellness
    /// features against a few dozen injuries call for strong shrinkage).</summary>
    public static ModelFamily Logistic { get; } = new("logistic", "L2 logistic regression, C = 0.1, balanced class weights",
        seed => new LogisticRegressionLearner(new LogisticRegressionOptions { C = 0.1, BalancedClassWeights = true, Seed = seed }));

    /// <summary>RBF support vector classifier with balanced class weights and Platt probabilities (LIBSVM's -b 1).</summary>
    public static ModelFamily Svm(bool quick) => new("svm", "RBF support vector machine, C = 1, γ = 1/(features·variance), balanced class weights, Platt probabilities",
        seed => new SvmClassifierLearner(new SvmClassifierOptions { C = 1, BalancedClassWeights = true, ProbabilityFolds = quick ? 3 : 5, Seed = seed }));

    /// <summary>Random forest with balanced class weights (each class carries half the weight) and leaves of at least
    /// five rows, so a leaf's injury share is not one athlete-week.</summary>
    public static ModelFamily RandomForest(bool quick) => new("random-forest",
        Invariant($"random forest, {ForestTrees(quick)} trees, √features per split, leaves ≥ 5 rows, balanced class weights"),
        seed => new RandomForestClassifier(new RandomForestOptions
        {
            TreeCount = ForestTrees(quick), MinSamplesLeaf = 5, ClassWeights = ClassWeighting.Balanced, Seed = seed,
        }));

    /// <summary>
    /// Gradient boosting bagged over class-balanced samples, the protocol of Lövdal, den Hartigh &amp; Azzopardi (2021,
    /// IJSPP 16:1522) for rare injuries: every bag holds as many healthy as injured weeks, each athlete contributing an
    /// equal share, and the bags' probabilities are averaged. Shallow trees and shrinkage 0.1 because a bag holds only
    /// twice the number of injury weeks.
    /// </summary>
    public static ModelFamily GradientBoosting(bool quick) => new("gradient-boosting",
        Invariant($"gradient boosting, {BoostingBags(quick)} class-balanced bags × {BoostingRounds(quick)} rounds, depth 3, η = 0.1, row subsample 0.8"),
        seed => new BalancedBaggingClassifier(
            new GradientBoostingClassifier(new GradientBoostingOptions
            {
                Rounds = BoostingRounds(quick), LearningRate = 0.1, MaxDepth = 3, Subsample = 0.8, MaxBins = 32, Seed = seed,
            }),
            new BalancedBaggingOptions { BagCount = BoostingBags(quick), Seed = seed }));

    /// <summary>Ridge regression, α = 1 on standardised features and target.</summary>
    public static ModelFamily Ridge { get; } = new("ridge", "ridge regression, α = 1 (standardised features and target)",
        Regressor: seed => new LinearRegressionLearner(new LinearRegressionOptions { Alpha = 1, Seed = seed }));

    /// <summary>RBF ε-SVR on standardised features and target.</summary>
    public static ModelFamily Svr { get; } = new("svr", "RBF ε-SVR, C = 1, ε = 0.1 SD of the target, γ = 1/(features·variance)",
        Regressor: seed => new SvrLearner(new SvrOptions { C = 1, Epsilon = 0.1, Seed = seed }));

    /// <summary>Random-forest regression with leaves of at least five rows and half the features per split.</summary>
    public static ModelFamily RandomForestRegression(bool quick) => new("random-forest",
        Invariant($"random forest, {ForestTrees(quick)} trees, half the features per split, leaves ≥ 5 rows"),
        Regressor: seed => new RandomForestRegressor(new RandomForestOptions
        {
            TreeCount = ForestTrees(quick), MinSamplesLeaf = 5, MaxFeatures = MaxFeatures.Fraction(0.5), Seed = seed,
        }));

    /// <summary>Gradient-boosting regression (squared error), shallow trees with shrinkage.</summary>
    public static ModelFamily GradientBoostingRegression(bool quick) => new("gradient-boosting",
        Invariant($"gradient boosting, {RegressionRounds(quick)} rounds, depth 3, η = 0.05, row subsample 0.8"),
        Regressor: seed => new GradientBoostingRegressor(BoostingRegressionOptions(quick, seed)));

    /// <summary>The options of <see cref="GradientBoostingRegression"/>, also behind the quantile-boosting intervals.</summary>
    public static GradientBoostingOptions BoostingRegressionOptions(bool quick, ulong seed) => new()
    {
        Rounds = RegressionRounds(quick), LearningRate = 0.05, MaxDepth = 3, Subsample = 0.8, MinChildWeight = 5, MaxBins = 64, Seed = seed,
    };

    /// <summary>The no-information floor: class shares (or the mean) of the training rows.</summary>
    public static ModelFamily Dummy { get; } = new("no-information", "class shares / mean of the training rows",
        _ => new DummyClassifier(), _ => new DummyRegressor());

    /// <summary>The stack's meta-model, on raw (possibly missing) base probabilities.</summary>
    public static ILearner<IClassifier> StackingMeta(ulong seed) =>
        new PreparedClassifier(new LogisticRegressionLearner(new LogisticRegressionOptions { C = 1, Seed = seed }));

    private static int ForestTrees(bool quick) => quick ? 30 : 200;

    private static int BoostingBags(bool quick) => quick ? 3 : 10;

    private static int BoostingRounds(bool quick) => quick ? 20 : 60;

    private static int RegressionRounds(bool quick) => quick ? 60 : 300;

    /// <summary>Injury risk of the athlete's profile cluster (k-means, k = 3, on the standardised profile columns).</summary>
    public static ILearner<IClassifier> ProfileRisk(ulong seed) => new PreparedClassifier(new ProfileClusterClassifier(3, seed));
}
