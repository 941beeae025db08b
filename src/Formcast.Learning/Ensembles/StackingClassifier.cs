namespace Formcast.Learning.Ensembles;

/// <summary>
/// Stacked generalisation for classifiers (Wolpert 1992), as scikit-learn's <c>StackingClassifier</c> with
/// <c>stack_method="predict_proba"</c>: each base contributes its out-of-fold class probabilities — only the positive
/// class for two classes — and the meta-classifier learns from them. See <see cref="StackingLayer{TMeta}"/> for the
/// fallback when a base prediction is missing.
/// </summary>
public sealed class StackingClassifier : ILearner<IClassifier>
{
    public StackingClassifier(IReadOnlyList<ILearner<IClassifier>> bases, ILearner<IClassifier> meta, StackingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bases);
        ArgumentNullException.ThrowIfNull(meta);
        Bases = bases;
        Meta = meta;
        Options = options ?? new StackingOptions();
    }

    public IReadOnlyList<ILearner<IClassifier>> Bases { get; }

    public ILearner<IClassifier> Meta { get; }

    public StackingOptions Options { get; }

    public IClassifier Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Options.Validate();
        var classes = data.Classes();
        if (classes.Length < 2) throw new ArgumentException("stacking a classifier needs at least two classes", nameof(data));
        var layer = StackingLayer<IClassifier>.Fit(Bases, Meta, data, Options.SplitterFor(data, classification: true), Options.Passthrough, classes);
        return new StackingClassifierModel(layer, classes);
    }
}
