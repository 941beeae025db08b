using Formcast.Learning;
using Formcast.Learning.Evaluation;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>
/// Chooses among regressor families by cross-validated mean squared error on the training rows it is given (group
/// k-fold when the rows have enough groups, shuffled k-fold otherwise), then fits the winner on all of them — nested
/// inside an outer evaluation fold, the choice never sees the outer test rows. The first family wins ties.
/// </summary>
internal sealed class SelectingRegressor(IReadOnlyList<ModelFamily> families, ulong seed, int innerFolds = 3) : ILearner<IRegressor>
{
    public IRegressor Fit(Dataset data)
    {
        var (family, scores) = Choose(data);
        return new SelectedRegressorModel(family.Name, family.Regressor!(seed).Fit(data), scores);
    }

    /// <summary>The winning family and every family's inner MSE.</summary>
    public (ModelFamily Family, (string Family, double Mse)[] Scores) Choose(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (families.Count == 0) throw new InvalidOperationException("no families to choose from");
        var scores = families.Select(f => Score(f, data)).ToArray();
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (!double.IsNaN(scores[i]) && (double.IsNaN(scores[best]) || scores[i] < scores[best])) best = i;
        }

        return (families[best], families.Select(f => f.Name).Zip(scores).ToArray());
    }

    private double Score(ModelFamily family, Dataset data)
    {
        if (family.Regressor is null) return double.NaN;
        var groups = data.Groups?.Distinct().Count() ?? 0;
        var grouped = groups >= innerFolds && groups < data.Rows;
        ISplitter splitter = grouped ? new GroupKFold(innerFolds) : new KFold(innerFolds, shuffle: true, seed);
        try
        {
            return Metric.MeanSquaredError.Compute(CrossValidation.Run(family.Regressor(seed), grouped ? data : Datasets.WithoutGroups(data), splitter).Pooled);
        }
        catch (ArgumentException)
        {
            return double.NaN;
        }
    }
}
