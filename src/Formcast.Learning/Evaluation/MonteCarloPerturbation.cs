namespace Formcast.Learning.Evaluation;

/// <summary>
/// Monte Carlo input perturbation: add independent Gaussian noise to the features, repeat, and report how much an
/// error metric varies (its coefficient of variation). Either the evaluation inputs of a fitted model are perturbed
/// (robustness to measurement noise at prediction time) or the training inputs before refitting (stability of the
/// fit). Noise for repetition r comes from <c>new Rng(seed).Fork(r)</c>.
/// </summary>
public static class MonteCarloPerturbation
{
    /// <summary>Scores <paramref name="model"/> on noisy copies of <paramref name="data"/>.</summary>
    public static PerturbationResult PerturbInputs(IModel model, Dataset data, Metric metric, PerturbationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(metric);
        options ??= new PerturbationOptions();
        options.Validate();
        var sd = NoiseLevels(data, options);
        var clean = metric.Compute(Predictions.Of(model, data, ClassesOf(model, data)));
        var root = new Rng(options.Seed);
        var scores = new double[options.Repeats];
        for (var r = 0; r < scores.Length; r++)
        {
            var noisy = AddNoise(data, sd, root.Fork((ulong)r));
            scores[r] = metric.Compute(Predictions.Of(model, noisy, ClassesOf(model, data)));
        }

        return new PerturbationResult(metric.Name, clean, scores);
    }

    /// <summary>Refits <paramref name="learner"/> on noisy copies of <paramref name="train"/> and scores each fit on the
    /// clean <paramref name="test"/> rows.</summary>
    public static PerturbationResult PerturbTraining<TModel>(ILearner<TModel> learner, Dataset train, Dataset test, Metric metric, PerturbationOptions? options = null)
        where TModel : IModel
    {
        ArgumentNullException.ThrowIfNull(learner);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(metric);
        options ??= new PerturbationOptions();
        options.Validate();
        var sd = NoiseLevels(train, options);
        var cleanModel = learner.Fit(train);
        var clean = metric.Compute(Predictions.Of(cleanModel, test, ClassesOf(cleanModel, train)));
        var root = new Rng(options.Seed);
        var scores = new double[options.Repeats];
        for (var r = 0; r < scores.Length; r++)
        {
            var model = learner.Fit(AddNoise(train, sd, root.Fork((ulong)r)));
            scores[r] = metric.Compute(Predictions.Of(model, test, ClassesOf(model, train)));
        }

        return new PerturbationResult(metric.Name, clean, scores);
    }

    private static double[]? ClassesOf(IModel model, Dataset data) => model is IClassifier ? data.Classes() : null;

    private static double[] NoiseLevels(Dataset data, PerturbationOptions options)
    {
        if (options.NoiseStandardDeviations is { } given)
        {
            if (given.Count != data.Columns) throw new ArgumentException($"{given.Count} noise levels for {data.Columns} features", nameof(options));
            return given.ToArray();
        }

        var sd = new double[data.Columns];
        for (var c = 0; c < sd.Length; c++)
        {
            var column = data.Features.Column(c);
            var mean = column.Average();
            sd[c] = options.NoiseFraction * Math.Sqrt(column.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, column.Length - 1));
        }

        return sd;
    }

    private static Dataset AddNoise(Dataset data, double[] sd, Rng rng)
    {
        var features = data.Features.Clone();
        for (var r = 0; r < features.Rows; r++)
        {
            var row = features.Row(r);
            for (var c = 0; c < row.Length; c++) row[c] += sd[c] * rng.NextGaussian();
        }

        return new Dataset(features, data.Target, data.FeatureNames, data.Groups, data.Weights, data.Time);
    }
}
