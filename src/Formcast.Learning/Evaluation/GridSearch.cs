namespace Formcast.Learning.Evaluation;

/// <summary>
/// Exhaustive search over a <see cref="ParameterGrid"/> with cross-validation, as scikit-learn's <c>GridSearchCV</c>:
/// every candidate is scored on the same folds, its score is the mean of the fold scores, the best is the first
/// candidate with the best mean (NaN counts as worst), and the best candidate is refitted on all rows.
/// </summary>
public static class GridSearch
{
    public static GridSearchResult<TModel> Run<TModel>(Func<ParameterSet, ILearner<TModel>> factory, ParameterGrid grid, Dataset data,
        ISplitter splitter, Metric metric, bool refit = true, CancellationToken cancellationToken = default)
        where TModel : IModel
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(splitter);
        ArgumentNullException.ThrowIfNull(metric);
        if (grid.Count == 0) throw new ArgumentException("the grid has no candidates", nameof(grid));

        var folds = splitter.Split(data);
        CrossValidation.EnsureNoGroupLeak(data, folds, splitter);
        var classes = data.Classes();
        var trains = folds.Select(f => data.Subset(f.Train)).ToArray();
        var tests = folds.Select(f => data.Subset(f.Test)).ToArray();
        var scored = new List<(ParameterSet Parameters, double[] Scores)>();
        foreach (var parameters in grid)
        {
            var learner = factory(parameters);
            var scores = new double[folds.Count];
            for (var f = 0; f < folds.Count; f++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var model = learner.Fit(trains[f]);
                scores[f] = metric.Compute(Predictions.Of(model, tests[f], model is IClassifier ? classes : null));
            }

            scored.Add((parameters, scores));
        }

        var means = scored.Select(s => s.Scores.Average()).ToArray();
        var candidates = new GridCandidate[scored.Count];
        for (var i = 0; i < scored.Count; i++)
        {
            var rank = 1 + means.Count(m => metric.IsBetter(m, means[i]));
            candidates[i] = new GridCandidate(scored[i].Parameters, scored[i].Scores, means[i], PopulationStandardDeviation(scored[i].Scores), rank);
        }

        var best = candidates.First(c => c.Rank == candidates.Min(x => x.Rank));
        var bestModel = refit ? factory(best.Parameters).Fit(data) : default;
        return new GridSearchResult<TModel>(candidates, best, bestModel, metric, splitter.Describe());
    }

    internal static double PopulationStandardDeviation(double[] values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length);
    }
}
