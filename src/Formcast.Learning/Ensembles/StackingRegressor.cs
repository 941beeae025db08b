namespace Formcast.Learning.Ensembles;

/// <summary>
/// Stacked generalisation (Wolpert 1992; Breiman 1996, "Stacked regressions"): a meta-model learns how to combine
/// base models from their out-of-fold predictions, so it weighs each base by how well it predicts rows it did not
/// train on. Same procedure as scikit-learn's <c>StackingRegressor</c>; see <see cref="StackingLayer{TMeta}"/> for the
/// fallback when a base prediction is missing.
/// </summary>
public sealed class StackingRegressor : ILearner<IRegressor>
{
    public StackingRegressor(IReadOnlyList<ILearner<IRegressor>> bases, ILearner<IRegressor>? meta = null, StackingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bases);
        Bases = bases;
        Meta = meta ?? new StackingLinearBlender();
        Options = options ?? new StackingOptions();
    }

    public IReadOnlyList<ILearner<IRegressor>> Bases { get; }

    /// <summary>The meta-learner; default a non-negative linear blend (Breiman 1996).</summary>
    public ILearner<IRegressor> Meta { get; }

    public StackingOptions Options { get; }

    public IRegressor Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Options.Validate();
        var layer = StackingLayer<IRegressor>.Fit(Bases, Meta, data, Options.SplitterFor(data, classification: false), Options.Passthrough, classes: null);
        return new StackingRegressorModel(layer);
    }
}
