namespace Formcast.Learning.Evaluation;

/// <summary>
/// Nested cross-validation (Varma &amp; Simon 2006, BMC Bioinformatics 7:91): an inner grid search on each outer
/// training set chooses the parameters, and the refitted choice is scored on the outer test set, so the reported
/// score does not reuse the rows that picked the parameters. Equivalent to scikit-learn's
/// <c>cross_val_score(GridSearchCV(...), cv=outer)</c>.
/// </summary>
public static class NestedCrossValidation
{
    public static NestedCrossValidationResult Run<TModel>(Func<ParameterSet, ILearner<TModel>> factory, ParameterGrid grid, Dataset data,
        ISplitter outer, ISplitter inner, Metric metric, CancellationToken cancellationToken = default)
        where TModel : IModel
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(outer);
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(metric);
        var folds = outer.Split(data);
        CrossValidation.EnsureNoGroupLeak(data, folds, outer);
        var classes = data.Classes();
        var results = new List<NestedFold>();
        var parts = new List<Predictions>();
        foreach (var fold in folds)
        {
            var search = GridSearch.Run(factory, grid, data.Subset(fold.Train), inner, metric, refit: true, cancellationToken);
            var predictions = Predictions.Of(search.BestModel!, data.Subset(fold.Test), search.BestModel is IClassifier ? classes : null);
            parts.Add(predictions);
            results.Add(new NestedFold(fold.Index, search.Best.Parameters, search.Best.MeanScore, metric.Compute(predictions)));
        }

        return new NestedCrossValidationResult(results, Predictions.Concatenate(parts), metric, $"outer {outer.Describe()}; inner {inner.Describe()}");
    }
}
