using System.Globalization;

namespace Formcast.Learning.Evaluation;

/// <summary>
/// Fits a learner on each fold's training rows and predicts its test rows. When the data has groups every fold is
/// checked for leakage: a splitter that puts one group on both sides is refused (use <see cref="GroupKFold"/>,
/// <see cref="LeaveOneGroupOut"/> or <see cref="TimeForwardSplit"/>; to split rows of grouped data deliberately, pass
/// the data without groups).
/// </summary>
public static class CrossValidation
{
    public static CrossValidationResult Run<TModel>(ILearner<TModel> learner, Dataset data, ISplitter splitter, CancellationToken cancellationToken = default)
        where TModel : IModel
    {
        ArgumentNullException.ThrowIfNull(learner);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(splitter);
        var folds = splitter.Split(data);
        EnsureNoGroupLeak(data, folds, splitter);
        IReadOnlyList<double>? classes = null;
        var parts = new Predictions[folds.Count];
        for (var f = 0; f < folds.Count; f++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fold = folds[f];
            var model = learner.Fit(data.Subset(fold.Train));
            if (model is IClassifier) classes ??= data.Classes();
            parts[f] = Predictions.Of(model, data.Subset(fold.Test), classes);
        }

        return new CrossValidationResult(folds, parts, splitter.Describe());
    }

    /// <summary>Throws when any fold has a group on both its training and test side.</summary>
    public static void EnsureNoGroupLeak(Dataset data, IReadOnlyList<Fold> folds, ISplitter splitter)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(folds);
        ArgumentNullException.ThrowIfNull(splitter);
        if (data.Groups is not { } groups) return;
        foreach (var fold in folds)
        {
            var testGroups = new HashSet<int>(fold.Test.Select(r => groups[r]));
            foreach (var r in fold.Train)
            {
                if (testGroups.Contains(groups[r]))
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                        $"{splitter.Describe()} puts group {groups[r]} on both sides of fold {fold.Index + 1}: split grouped data by group (group k-fold, leave-one-group-out, time-forward), or drop the groups to split rows on purpose"),
                        nameof(splitter));
            }
        }
    }
}
