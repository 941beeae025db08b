namespace Formcast.Learning.Evaluation;

/// <summary>Out-of-fold predictions of a cross-validation run, per fold and pooled.</summary>
public sealed class CrossValidationResult
{
    internal CrossValidationResult(IReadOnlyList<Fold> folds, IReadOnlyList<Predictions> perFold, string protocol)
    {
        Folds = folds;
        PerFold = perFold;
        Protocol = protocol;
        Pooled = Predictions.Concatenate(perFold);
        Rows = folds.SelectMany(f => f.Test).ToArray();
    }

    public IReadOnlyList<Fold> Folds { get; }

    /// <summary>Predictions for each fold's test rows, in the order of <see cref="Fold.Test"/>.</summary>
    public IReadOnlyList<Predictions> PerFold { get; }

    /// <summary>All test predictions, fold after fold.</summary>
    public Predictions Pooled { get; }

    /// <summary>The dataset row of each entry of <see cref="Pooled"/>.</summary>
    public int[] Rows { get; }

    /// <summary>The splitter's description, for printing next to the numbers.</summary>
    public string Protocol { get; }

    /// <summary>The metric on each fold's test rows.</summary>
    public double[] FoldScores(Metric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return PerFold.Select(metric.Compute).ToArray();
    }

    /// <summary>Mean of the per-fold scores (what scikit-learn's <c>cross_val_score(...).mean()</c> reports).</summary>
    public double MeanFoldScore(Metric metric) => FoldScores(metric).Average();

    /// <summary>The metric over all pooled out-of-fold predictions.</summary>
    public double PooledScore(Metric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.Compute(Pooled);
    }
}
