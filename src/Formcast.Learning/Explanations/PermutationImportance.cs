using Formcast.Learning.Evaluation;

namespace Formcast.Learning.Explanations;

/// <summary>
/// Model-agnostic permutation importance (Breiman 2001, Machine Learning 45:5; Fisher, Rudin &amp; Dominici 2019):
/// shuffle one feature's column, breaking its link to the target, and measure how much the metric worsens; as
/// scikit-learn's <c>permutation_importance</c>, with the sign made "worsening" for both higher- and lower-is-better
/// metrics. Feature j's shuffles come from <c>new Rng(seed).Fork(j)</c>. Correlated features share importance: shuffling
/// one leaves its twin to carry the signal.
/// </summary>
public static class PermutationImportance
{
    public static IReadOnlyList<FeatureImportance> Compute(IModel model, Dataset data, Metric metric, PermutationImportanceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(metric);
        options ??= new PermutationImportanceOptions();
        options.Validate();
        if (options.WithinGroups && data.Groups is null) throw new ArgumentException("permuting within groups needs the dataset's groups", nameof(options));
        var classes = model is IClassifier ? data.Classes() : null;
        var baseline = metric.Compute(Predictions.Of(model, data, classes));
        var blocks = options.WithinGroups
            ? Enumerable.Range(0, data.Rows).GroupBy(r => data.Groups![r]).OrderBy(g => g.Key).Select(g => g.ToArray()).ToArray()
            : [Enumerable.Range(0, data.Rows).ToArray()];
        var root = new Rng(options.Seed);
        var result = new FeatureImportance[data.Columns];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism > 0 ? options.MaxDegreeOfParallelism : Environment.ProcessorCount };
        Parallel.For(0, data.Columns, parallel, j =>
        {
            var rng = root.Fork((ulong)j);
            var drops = new double[options.Repeats];
            var original = data.Features.Column(j);
            for (var repeat = 0; repeat < options.Repeats; repeat++)
            {
                var features = data.Features.Clone();
                foreach (var block in blocks)
                {
                    var shuffled = (int[])block.Clone();
                    rng.Shuffle(shuffled.AsSpan());
                    for (var i = 0; i < block.Length; i++) features[block[i], j] = original[shuffled[i]];
                }

                var permuted = new Dataset(features, data.Target, data.FeatureNames, data.Groups, data.Weights, data.Time);
                var score = metric.Compute(Predictions.Of(model, permuted, classes));
                drops[repeat] = metric.HigherIsBetter ? baseline - score : score - baseline;
            }

            var mean = drops.Average();
            result[j] = new FeatureImportance(data.FeatureNames[j], mean, Math.Sqrt(drops.Sum(d => (d - mean) * (d - mean)) / drops.Length), drops);
        });
        return result;
    }
}
