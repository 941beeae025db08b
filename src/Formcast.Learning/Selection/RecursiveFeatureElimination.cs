using Formcast.Learning.Linear;

namespace Formcast.Learning.Selection;

/// <summary>
/// Recursive feature elimination (Guyon, Weston, Barnhill &amp; Vapnik, "Gene selection for cancer classification
/// using support vector machines", Machine Learning 46:389, 2002), as scikit-learn's <c>RFE</c>: fit on the remaining
/// features, drop the <c>step</c> least important (fewer if that would pass the target), repeat; finally refit on
/// the survivors. Importance defaults to the sum over coefficient rows of the squared coefficients (scikit-learn's
/// "square" transform of <c>coef_</c>) for an <see cref="ICoefficientModel"/>; any other model needs an importance
/// function. Ties in importance drop the lower column index first.
/// </summary>
public sealed class RecursiveFeatureElimination<TModel>
    where TModel : IModel
{
    private readonly ILearner<TModel> _learner;
    private readonly Func<TModel, double[]> _importance;

    public RecursiveFeatureElimination(ILearner<TModel> learner, RfeOptions? options = null, Func<TModel, double[]>? importance = null)
    {
        ArgumentNullException.ThrowIfNull(learner);
        _learner = learner;
        Options = options ?? new RfeOptions();
        Options.Validate();
        _importance = importance ?? SquaredCoefficients;
    }

    public RfeOptions Options { get; }

    public RfeResult<TModel> Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var p = data.Columns;
        if (p < 2) throw new ArgumentException("feature elimination needs at least two features", nameof(data));
        var target = Options.FeaturesToSelect > 0 ? Options.FeaturesToSelect : p / 2;
        if (target > p) throw new ArgumentOutOfRangeException(nameof(data), $"FeaturesToSelect = {target} exceeds the {p} features");
        var step = Options.Step < 1 ? Math.Max(1, (int)(Options.Step * p)) : (int)Options.Step;

        var support = Enumerable.Repeat(true, p).ToArray();
        var ranking = Enumerable.Repeat(1, p).ToArray();
        var remaining = p;
        while (remaining > target)
        {
            var features = Enumerable.Range(0, p).Where(j => support[j]).ToArray();
            var model = _learner.Fit(data.WithColumns(features));
            var importances = _importance(model);
            if (importances.Length != features.Length)
                throw new InvalidOperationException($"the importance function returned {importances.Length} values for {features.Length} features");
            var order = Enumerable.Range(0, features.Length).OrderBy(j => importances[j]).ToArray();
            var drop = Math.Min(step, remaining - target);
            for (var d = 0; d < drop; d++) support[features[order[d]]] = false;
            remaining -= drop;
            for (var j = 0; j < p; j++)
            {
                if (!support[j]) ranking[j]++;
            }
        }

        var selected = Enumerable.Range(0, p).Where(j => support[j]).ToArray();
        return new RfeResult<TModel>(ranking, selected, _learner.Fit(data.WithColumns(selected)));
    }

    private static double[] SquaredCoefficients(TModel model)
    {
        if (model is not ICoefficientModel linear)
            throw new InvalidOperationException($"{model.Kind} models have no coefficients; pass an importance function");
        var importances = new double[linear.FeatureCount];
        for (var r = 0; r < linear.CoefficientRows; r++)
        {
            var row = linear.Coefficients(r);
            for (var j = 0; j < importances.Length; j++) importances[j] += row[j] * row[j];
        }

        return importances;
    }
}
