namespace Formcast.Learning.Baselines;

/// <summary>Options of <see cref="DummyClassifier"/> (it has no tunable settings; the seed is unused).</summary>
public sealed record DummyClassifierOptions : LearnerOptions;

/// <summary>
/// The floor every classifier must beat: predicts the (weighted) class shares of the training target for every row,
/// and so the most frequent class as its label — scikit-learn's <c>DummyClassifier(strategy="prior")</c>.
/// </summary>
public sealed class DummyClassifier(DummyClassifierOptions? options = null) : ILearner<IClassifier>
{
    public DummyClassifierOptions Options { get; } = options ?? new DummyClassifierOptions();

    public IClassifier Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Options.Validate();
        if (data.Rows == 0) throw new ArgumentException("no rows to fit", nameof(data));
        var classes = data.Classes();
        var priors = new double[classes.Length];
        double total = 0;
        for (var r = 0; r < data.Rows; r++)
        {
            var w = data.Weights?[r] ?? 1;
            priors[Array.BinarySearch(classes, data.Target[r])] += w;
            total += w;
        }

        for (var k = 0; k < priors.Length; k++) priors[k] /= total;
        return new DummyClassifierModel(data.Columns, classes, priors);
    }
}
