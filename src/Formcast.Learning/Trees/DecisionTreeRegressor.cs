using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning;

/// <summary>
/// Fits a CART regression tree minimising squared error, with scikit-learn 1.2's algorithm (see
/// <see cref="DecisionTreeClassifier"/>). Leaves predict the weighted mean target of their training rows.
/// </summary>
public sealed class DecisionTreeRegressor : ILearner<DecisionTreeRegressorModel>
{
    public DecisionTreeRegressor(DecisionTreeOptions? options = null)
    {
        Options = options ?? new DecisionTreeOptions();
        Options.Validate();
        Cart.CheckCriterion(Options, classification: false);
    }

    public DecisionTreeOptions Options { get; }

    public DecisionTreeRegressorModel Fit(Dataset data) => Fit(data, new Rng(Options.Seed).NextInt);

    /// <summary>Fits with a caller-supplied source of feature draws (uniform integers in [0, n)).</summary>
    internal DecisionTreeRegressorModel Fit(Dataset data, Func<int, int> drawBelow)
    {
        ArgumentNullException.ThrowIfNull(data);
        TrainingTargets.RequireFinite(data.Target);
        var weights = TrainingTargets.CombineWeights(data, null, null, null);
        var x = FeatureColumns.From(data.Features, rejectMissing: true);
        var tree = Cart.GrowRegressor(x, data.Target, weights, Options, MaxFeatures.All, drawBelow);
        return new DecisionTreeRegressorModel(tree, data.Columns);
    }
}
