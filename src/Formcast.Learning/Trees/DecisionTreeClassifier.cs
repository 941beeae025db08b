using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning;

/// <summary>
/// Fits a CART classification tree (Breiman et al. 1984) with scikit-learn's algorithm: with all features examined
/// and no exact ties between candidate splits it grows the same tree as scikit-learn 1.2's
/// <c>DecisionTreeClassifier</c> on the same rows. The dataset's weights and <see cref="TreeGrowthOptions.ClassWeights"/>
/// multiply. Rows with missing (NaN) features are rejected.
/// </summary>
public sealed class DecisionTreeClassifier : ILearner<DecisionTreeClassifierModel>
{
    public DecisionTreeClassifier(DecisionTreeOptions? options = null)
    {
        Options = options ?? new DecisionTreeOptions();
        Options.Validate();
        Cart.CheckCriterion(Options, classification: true);
    }

    public DecisionTreeOptions Options { get; }

    public DecisionTreeClassifierModel Fit(Dataset data) => Fit(data, new Rng(Options.Seed).NextInt);

    /// <summary>Fits with a caller-supplied source of feature draws (uniform integers in [0, n)).</summary>
    internal DecisionTreeClassifierModel Fit(Dataset data, Func<int, int> drawBelow)
    {
        ArgumentNullException.ThrowIfNull(data);
        var (classes, index) = TrainingTargets.EncodeClasses(data.Target);
        var weights = TrainingTargets.CombineWeights(data, Options.ClassWeights, classes, index);
        var x = FeatureColumns.From(data.Features, rejectMissing: true);
        var tree = Cart.GrowClassifier(x, index, classes.Length, weights, Options, MaxFeatures.All, drawBelow);
        return new DecisionTreeClassifierModel(tree, classes, data.Columns);
    }
}
