using Formcast.Learning.Ensembles.Internal;

namespace Formcast.Learning;

/// <summary>
/// Permutation feature importance (Breiman 2001, §10; Fisher, Rudin &amp; Dominici 2019; scikit-learn's
/// <c>permutation_importance</c>): the drop in a score when one feature's column is shuffled, breaking its link with
/// the target while keeping its distribution. Works for any model. Repeat r uses the same shuffle for every feature
/// (stream <c>Rng(Seed).Fork(r)</c>), as scikit-learn does, and features are scored in parallel without changing
/// the result. The default score is accuracy for classifiers and R² for regressors; higher must mean better. A custom
/// score is called from several threads at once and must not share mutable state.
/// </summary>
public static class PermutationImportance
{
    public static PermutationImportanceResult Compute(IModel model, Dataset data, PermutationImportanceOptions? options = null,
        Func<IModel, Dataset, double>? score = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        options ??= new PermutationImportanceOptions();
        options.Validate();
        if (data.Columns != model.FeatureCount)
            throw new ArgumentException($"the dataset has {data.Columns} features; the model was fitted on {model.FeatureCount}", nameof(data));
        score ??= DefaultScore;
        var baseline = score(model, data);
        var features = data.Columns;
        var rows = data.Rows;
        var drops = new double[features][];
        var root = new Rng(options.Seed);
        var permutations = Enumerable.Range(0, options.Repeats).Select(r => root.Fork((ulong)r).Permutation(rows)).ToArray();
        // Each worker shuffles one column of its own copy of the features and puts it back afterwards.
        Parallel.For(0, features, options.ParallelOptions(), () => data.Features.Clone(), (j, _, shuffled) =>
        {
            var column = data.Features.Column(j);
            drops[j] = new double[options.Repeats];
            for (var r = 0; r < options.Repeats; r++)
            {
                var permutation = permutations[r];
                for (var i = 0; i < rows; i++) shuffled[i, j] = column[permutation[i]];
                var permuted = new Dataset(shuffled, data.Target, data.FeatureNames, data.Groups, data.Weights, data.Time);
                drops[j][r] = baseline - score(model, permuted);
            }

            for (var i = 0; i < rows; i++) shuffled[i, j] = column[i];
            return shuffled;
        }, _ => { });

        var mean = drops.Select(d => d.Average()).ToArray();
        var sd = drops.Select((d, j) => Math.Sqrt(d.Sum(v => (v - mean[j]) * (v - mean[j])) / d.Length)).ToArray();
        return new PermutationImportanceResult(baseline, data.FeatureNames, mean, sd, drops);
    }

    /// <summary>Accuracy for classifiers, R² for regressors.</summary>
    public static double DefaultScore(IModel model, Dataset data) => model switch
    {
        IClassifier classifier => ForestScores.Accuracy(classifier, data),
        IRegressor regressor => ForestScores.R2(regressor, data),
        _ => throw new ArgumentException($"no default score for a {model.Kind}; pass one", nameof(model)),
    };
}
