using Formcast.Learning;
using Formcast.Learning.Evaluation;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>
/// Chooses among model families by cross-validation on the training rows it is given, then fits the winner on all of
/// them: inside an outer evaluation fold this is nested cross-validation, so the choice never sees the outer test
/// rows. Candidates are scored by pooled out-of-fold ROC AUC over whole groups (athletes); a family that fails on a fold
/// (e.g. a fold without positives) scores NaN and loses. The first family wins ties.
/// </summary>
internal sealed class SelectingClassifier(IReadOnlyList<ModelFamily> families, ulong seed, int innerFolds = 3) : ILearner<IClassifier>
{
    public IReadOnlyList<ModelFamily> Families { get; } = families.Count > 0 ? families : throw new ArgumentException("no families to choose from", nameof(families));

    public IClassifier Fit(Dataset data)
    {
        var (family, scores) = Choose(data);
        return new SelectedClassifierModel(family.Name, family.SafeClassifier(seed).Fit(data), scores);
    }

    /// <summary>The winning family and every family's inner score, without the final fit.</summary>
    public (ModelFamily Family, (string Family, double Auc)[] Scores) Choose(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var scores = Families.Select(f => Score(f, data)).ToArray();
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (!double.IsNaN(scores[i]) && (double.IsNaN(scores[best]) || scores[i] > scores[best])) best = i;
        }

        return (Families[best], Families.Select(f => f.Name).Zip(scores).ToArray());
    }

    private double Score(ModelFamily family, Dataset data)
    {
        if (family.Classifier is null) return double.NaN;
        var groups = data.Groups?.Distinct().Count() ?? 0;
        ISplitter splitter = groups >= innerFolds ? new GroupKFold(innerFolds) : new StratifiedKFold(innerFolds, shuffle: true, seed);
        try
        {
            var pooled = CrossValidation.Run(family.SafeClassifier(seed), groups >= innerFolds ? data : Datasets.WithoutGroups(data), splitter).Pooled;
            return Metric.RocAuc.Compute(pooled);
        }
        catch (ArgumentException)
        {
            return double.NaN;
        }
    }
}
