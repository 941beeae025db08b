using Formcast.Learning;
using Formcast.Learning.Baselines;
using Formcast.Learning.Linear;
using Formcast.Learning.Svm;

namespace Formcast.Workflows.Learning;

/// <summary>
/// Model names the evaluate command accepts, mapped to learner factories. <see cref="CreateDefault"/> is the one place
/// where model families are registered — one <see cref="Register"/> call each — so adding a family to
/// <c>formcast learn evaluate</c> is one line there. Names are case-insensitive.
/// </summary>
public sealed class ModelCatalog
{
    private readonly Dictionary<string, ModelCatalogEntry> _entries = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The catalog with every model family Formcast ships.</summary>
    public static ModelCatalog CreateDefault()
    {
        var catalog = new ModelCatalog();
        catalog.Register(new ModelCatalogEntry("dummy", "baseline: class shares of the training rows / their mean",
            _ => new DummyClassifier(),
            _ => new DummyRegressor()));
        catalog.Register(new ModelCatalogEntry("knn", "k-nearest neighbours (k = 5, standardised features)",
            s => new KNearestNeighborsClassifier(new KNearestNeighborsOptions { Neighbors = 5, Standardize = true, Seed = s.Seed }),
            s => new KNearestNeighborsRegressor(new KNearestNeighborsOptions { Neighbors = 5, Standardize = true, Seed = s.Seed })));

        catalog.Register(new ModelCatalogEntry("logistic", "logistic regression, L2 (C = 1), balanced class weights, standardised features",
            s => StandardizedLearner.Classifier(new LogisticRegressionLearner(new LogisticRegressionOptions { BalancedClassWeights = true, Seed = s.Seed, MaxDegreeOfParallelism = s.MaxDegreeOfParallelism }))));
        catalog.Register(new ModelCatalogEntry("linear", "least-squares linear regression",
            Regressor: s => new LinearRegressionLearner(new LinearRegressionOptions { Seed = s.Seed, MaxDegreeOfParallelism = s.MaxDegreeOfParallelism })));
        catalog.Register(new ModelCatalogEntry("ridge", "ridge regression (alpha = 1), standardised features",
            Regressor: s => StandardizedLearner.Regressor(new LinearRegressionLearner(new LinearRegressionOptions { Alpha = 1, Seed = s.Seed, MaxDegreeOfParallelism = s.MaxDegreeOfParallelism }))));
        catalog.Register(new ModelCatalogEntry("svm", "support vector machine, RBF kernel (C = 1, gamma = scale), balanced class weights, Platt probabilities, standardised features",
            s => StandardizedLearner.Classifier(new SvmClassifierLearner(new SvmClassifierOptions { BalancedClassWeights = true, Seed = s.Seed, MaxDegreeOfParallelism = s.MaxDegreeOfParallelism }))));
        catalog.Register(new ModelCatalogEntry("svr", "epsilon-support vector regression, RBF kernel (C = 1, epsilon = 0.1), standardised features",
            Regressor: s => StandardizedLearner.Regressor(new SvrLearner(new SvrOptions { Seed = s.Seed, MaxDegreeOfParallelism = s.MaxDegreeOfParallelism }))));

        catalog.Register(new ModelCatalogEntry("tree", "CART decision tree (Gini / squared error, at least 5 rows per leaf), balanced class weights",
            s => new DecisionTreeClassifier(new DecisionTreeOptions { MinSamplesLeaf = 5, ClassWeights = ClassWeighting.Balanced, Seed = s.Seed, MaxDegreeOfParallelism = s.MaxDegreeOfParallelism }),
            s => new DecisionTreeRegressor(new DecisionTreeOptions { MinSamplesLeaf = 5, Seed = s.Seed, MaxDegreeOfParallelism = s.MaxDegreeOfParallelism })));
        catalog.Register(new ModelCatalogEntry("rf", "random forest (300 trees, sqrt features per split for classes, all for regression), balanced class weights",
            s => new RandomForestClassifier(new RandomForestOptions { TreeCount = 300, ClassWeights = ClassWeighting.Balanced, Seed = s.Seed, MaxDegreeOfParallelism = s.MaxDegreeOfParallelism }),
            s => new RandomForestRegressor(new RandomForestOptions { TreeCount = 300, Seed = s.Seed, MaxDegreeOfParallelism = s.MaxDegreeOfParallelism })));
        catalog.Register(new ModelCatalogEntry("gbt", "histogram gradient-boosted trees (200 rounds, learning rate 0.05, depth 4, 80 % rows and columns), balanced class weights",
            s => new GradientBoostingClassifier(Boosting(s) with { ClassWeights = ClassWeighting.Balanced }),
            s => new GradientBoostingRegressor(Boosting(s))));

        // Further families register here, one line each.
        return catalog;
    }

    /// <summary>Shallow, shrunk, subsampled boosting: the settings that hold up on small athlete tables.</summary>
    private static GradientBoostingOptions Boosting(ModelSettings settings) => new()
    {
        Rounds = 200,
        LearningRate = 0.05,
        MaxDepth = 4,
        Subsample = 0.8,
        ColumnSampleByTree = 0.8,
        Seed = settings.Seed,
        MaxDegreeOfParallelism = settings.MaxDegreeOfParallelism,
    };

    public IReadOnlyCollection<ModelCatalogEntry> Entries => _entries.Values;

    /// <summary>Adds a family; a name can be registered once.</summary>
    public void Register(ModelCatalogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Name);
        if (entry.Classifier is null && entry.Regressor is null) throw new ArgumentException($"model '{entry.Name}' has neither a classifier nor a regressor", nameof(entry));
        if (!_entries.TryAdd(entry.Name, entry)) throw new ArgumentException($"model '{entry.Name}' is already registered", nameof(entry));
    }

    public bool TryGet(string name, out ModelCatalogEntry entry) => _entries.TryGetValue(name, out entry!);

    /// <summary>The registered names, sorted, for help texts and error messages.</summary>
    public IReadOnlyList<string> Names => [.. _entries.Keys.Order(StringComparer.Ordinal)];
}
