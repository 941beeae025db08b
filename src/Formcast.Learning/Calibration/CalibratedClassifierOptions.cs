using Formcast.Learning.Evaluation;

namespace Formcast.Learning.Calibration;

/// <summary>Which one-dimensional map calibrates the scores.</summary>
public enum CalibrationMethod
{
    /// <summary>Platt's sigmoid: two parameters, robust with few positives (scikit-learn's default).</summary>
    Sigmoid,

    /// <summary>Isotonic regression: any monotone shape, needs more calibration rows (Niculescu-Mizil &amp; Caruana 2005).</summary>
    Isotonic,
}

/// <summary>Options of <see cref="CalibratedClassifier"/>.</summary>
public sealed record CalibratedClassifierOptions : LearnerOptions
{
    public CalibrationMethod Method { get; init; } = CalibrationMethod.Sigmoid;

    /// <summary>Folds used when <see cref="Splitter"/> is not given.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>How held-out calibration rows are chosen; default stratified k-fold in row order, or group k-fold when
    /// the data has groups (an athlete's rows never calibrate the model that trained on them).</summary>
    public ISplitter? Splitter { get; init; }

    /// <summary>True: keep one (classifier, calibrator) pair per fold and average their probabilities (scikit-learn's
    /// <c>ensemble=True</c>). False: calibrate on the pooled out-of-fold scores and refit the classifier on all rows.</summary>
    public bool Ensemble { get; init; } = true;

    public override void Validate()
    {
        base.Validate();
        if (Splitter is null && Folds < 2) throw new ArgumentOutOfRangeException(nameof(Folds), Folds, "Folds must be at least 2");
    }

    internal ISplitter SplitterFor(Dataset data) =>
        Splitter ?? (data.Groups is not null ? new GroupKFold(Folds) : new StratifiedKFold(Folds));
}
