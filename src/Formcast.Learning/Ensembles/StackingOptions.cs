using Formcast.Learning.Evaluation;

namespace Formcast.Learning.Ensembles;

/// <summary>Options shared by <see cref="StackingRegressor"/> and <see cref="StackingClassifier"/>.</summary>
public sealed record StackingOptions : LearnerOptions
{
    /// <summary>Folds for the out-of-fold base predictions when <see cref="Splitter"/> is not given.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>How out-of-fold base predictions are made. Must test every row exactly once. Default: group k-fold when
    /// the data has groups, else k-fold in row order (regression) or stratified k-fold (classification), as
    /// scikit-learn's stacking estimators default to.</summary>
    public ISplitter? Splitter { get; init; }

    /// <summary>Also give the meta-model the original features.</summary>
    public bool Passthrough { get; init; }

    public override void Validate()
    {
        base.Validate();
        if (Splitter is null && Folds < 2) throw new ArgumentOutOfRangeException(nameof(Folds), Folds, "Folds must be at least 2");
    }

    internal ISplitter SplitterFor(Dataset data, bool classification) =>
        Splitter ?? (data.Groups is not null ? new GroupKFold(Folds) : classification ? new StratifiedKFold(Folds) : new KFold(Folds));
}
