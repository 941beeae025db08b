using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning;

/// <summary>
/// Exact TreeSHAP explanations (Lundberg et al. 2018, 2020; path-dependent, the variant XGBoost's
/// <c>pred_contribs</c> computes) for Formcast's tree models: decision trees and random forests (outputs: class
/// probabilities, or the prediction), gradient boosting (outputs: margins — log-odds for two classes, one softmax
/// margin per class for more — or the prediction). SHAP values describe the model, not causes: a feature that
/// raises predicted injury risk is associated with injuries in the training data, nothing more.
/// </summary>
public static class TreeShap
{
    /// <summary>Whether <paramref name="model"/> is a tree model TreeSHAP can explain.</summary>
    public static bool Supports(IModel model) => model is ITreeEnsembleSource;

    /// <summary>Number of outputs that can be explained.</summary>
    public static int OutputCount(IModel model) => Source(model).Ensemble.Outputs;

    /// <summary>Explains the rows of <paramref name="rows"/> for output <paramref name="output"/> (default: the last,
    /// i.e. the positive class of a binary classifier). Rows are explained in parallel; the result does not
    /// depend on the number of threads.</summary>
    public static TreeShapValues Explain(IModel model, Matrix rows, int? output = null, int maxDegreeOfParallelism = 0)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var source = Source(model);
        var ensemble = source.Ensemble;
        var k = output ?? (ensemble.Outputs - 1);
        ArgumentOutOfRangeException.ThrowIfNegative(k, nameof(output));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(k, ensemble.Outputs, nameof(output));
        ArgumentOutOfRangeException.ThrowIfNegative(maxDegreeOfParallelism);
        if (rows.Columns != model.FeatureCount)
            throw new ArgumentException($"the rows have {rows.Columns} features; the model was fitted on {model.FeatureCount}", nameof(rows));

        var features = model.FeatureCount;
        var values = new double[rows.Rows * features];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount };
        Parallel.For(0, rows.Rows, parallel, () => Explainers(ensemble, k), (r, _, explainers) =>
        {
            var phi = values.AsSpan(r * features, features);
            var x = rows.Row(r);
            foreach (var (explainer, _) in explainers) explainer.Add(x, ensemble.Scale, phi);
            return explainers;
        }, _ => { });
        return new TreeShapValues(source.OutputName(k), ExpectedValue(ensemble, k), rows.Rows, features, values);
    }

    /// <summary>Explains one row; returns the contributions and the expected value.</summary>
    public static (double[] Contributions, double ExpectedValue) Explain(IModel model, ReadOnlySpan<double> row, int? output = null)
    {
        var matrix = new Matrix(1, row.Length, row.ToArray());
        var result = Explain(model, matrix, output, 1);
        return (result.Values, result.ExpectedValue);
    }

    private static List<(PathDependentShap Explainer, int Tree)> Explainers(TreeEnsemble ensemble, int output)
    {
        var result = new List<(PathDependentShap, int)>();
        for (var t = 0; t < ensemble.Trees.Length; t++)
        {
            if (ensemble.Feeds(t, output, out var valueIndex)) result.Add((new PathDependentShap(ensemble.Trees[t], valueIndex), t));
        }

        return result;
    }

    private static double ExpectedValue(TreeEnsemble ensemble, int output)
    {
        var sum = 0.0;
        for (var t = 0; t < ensemble.Trees.Length; t++)
        {
            if (ensemble.Feeds(t, output, out var valueIndex)) sum += PathDependentShap.ExpectedValue(ensemble.Trees[t], valueIndex);
        }

        return ensemble.Bias[output] + (ensemble.Scale * sum);
    }

    private static ITreeEnsembleSource Source(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model as ITreeEnsembleSource
            ?? throw new ArgumentException($"a {model.Kind} model is not a tree model; TreeSHAP explains trees, forests and boosted trees", nameof(model));
    }
}
