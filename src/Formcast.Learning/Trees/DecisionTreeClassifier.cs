using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning;

/// <summary>
/// Fits a CART classification tree (Breiman et al. 1984) with scikit-learn 1.2's algorithm (see
/// <c>CartBuilder</c>): features are visited in a seeded random order and an exact tie between features goes to the one
/// visited first, as in scikit-learn; given scikit-learn's own draw sequence the tree is node for node the one
/// <c>DecisionTreeClassifier</c> grows (docs/parity/trees.md). The dataset's weights and
/// <see cref="TreeGrowthOptions.ClassWeights"/> multiply. Rows with missing (NaN) features are rejected.
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
