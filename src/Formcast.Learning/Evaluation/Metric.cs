namespace Formcast.Learning.Evaluation;

/// <summary>Which predictions a metric can score.</summary>
public enum MetricTask
{
    Regression,

    /// <summary>Any number of classes.</summary>
    Classification,

    /// <summary>Exactly two classes (positive = the larger class).</summary>
    BinaryClassification,
}

/// <summary>
/// A named score over <see cref="Predictions"/>: what grid search optimises, bootstrap resamples and reports print.
/// Undefined values (e.g. AUC on a resample with one class) are <see cref="double.NaN"/>.
/// </summary>
public sealed class Metric
{
    private readonly Func<Predictions, double> _compute;

    public Metric(string name, bool higherIsBetter, MetricTask task, Func<Predictions, double> compute)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(compute);
        Name = name;
        HigherIsBetter = higherIsBetter;
        Task = task;
        _compute = compute;
    }

    /// <summary>Short stable name, e.g. "roc_auc", used in reports and JSON.</summary>
    public string Name { get; }

    public bool HigherIsBetter { get; }

    public MetricTask Task { get; }

    public double Compute(Predictions predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        if (Task == MetricTask.Regression && predictions.IsClassification)
            throw new ArgumentException($"{Name} scores regression predictions", nameof(predictions));
        if (Task != MetricTask.Regression && !predictions.IsClassification)
            throw new ArgumentException($"{Name} scores classification predictions", nameof(predictions));
        if (Task == MetricTask.BinaryClassification && predictions.Classes.Count != 2)
            throw new ArgumentException($"{Name} needs two classes, found {predictions.Classes.Count}", nameof(predictions));
        return _compute(predictions);
    }

    /// <summary>Whether <paramref name="candidate"/> is strictly better than <paramref name="incumbent"/>.</summary>
    public bool IsBetter(double candidate, double incumbent) =>
        !double.IsNaN(candidate) && (double.IsNaN(incumbent) || (HigherIsBetter ? candidate > incumbent : candidate < incumbent));

    public override string ToString() => Name;

    public static Metric Accuracy { get; } = new("accuracy", true, MetricTask.Classification,
        p => ClassificationMetrics.Accuracy(p.Target, p.PredictedLabels, p.WeightSpan));

    /// <summary>Precision of the positive class.</summary>
    public static Metric Precision { get; } = new("precision", true, MetricTask.BinaryClassification,
        p => ClassificationMetrics.Precision(p.Target, p.PredictedLabels, Averaging.Binary, p.PositiveClass, p.WeightSpan));

    /// <summary>Recall (sensitivity) of the positive class.</summary>
    public static Metric Recall { get; } = new("recall", true, MetricTask.BinaryClassification,
        p => ClassificationMetrics.Recall(p.Target, p.PredictedLabels, Averaging.Binary, p.PositiveClass, p.WeightSpan));

    /// <summary>F1 of the positive class.</summary>
    public static Metric F1 { get; } = new("f1", true, MetricTask.BinaryClassification,
        p => ClassificationMetrics.F1(p.Target, p.PredictedLabels, Averaging.Binary, p.PositiveClass, p.WeightSpan));

    public static Metric F1Macro { get; } = new("f1_macro", true, MetricTask.Classification,
        p => ClassificationMetrics.F1(p.Target, p.PredictedLabels, Averaging.Macro, 1, p.WeightSpan));

    public static Metric F1Weighted { get; } = new("f1_weighted", true, MetricTask.Classification,
        p => ClassificationMetrics.F1(p.Target, p.PredictedLabels, Averaging.Weighted, 1, p.WeightSpan));

    public static Metric RocAuc { get; } = new("roc_auc", true, MetricTask.BinaryClassification,
        p => RankingMetrics.RocAuc(p.Target, p.PositiveProbability, p.PositiveClass, p.WeightSpan));

    /// <summary>One-vs-rest macro ROC AUC for any number of classes (equals <see cref="RocAuc"/> for two).</summary>
    public static Metric RocAucOneVsRest { get; } = new("roc_auc_ovr", true, MetricTask.Classification,
        p => p.Classes.Count == 2
            ? RankingMetrics.RocAuc(p.Target, p.PositiveProbability, p.PositiveClass, p.WeightSpan)
            : RankingMetrics.RocAucOneVsRest(p.Target, p.Probabilities!, p.Classes, Averaging.Macro, p.WeightSpan));

    public static Metric AveragePrecision { get; } = new("average_precision", true, MetricTask.BinaryClassification,
        p => RankingMetrics.AveragePrecision(p.Target, p.PositiveProbability, p.PositiveClass, p.WeightSpan));

    public static Metric Brier { get; } = new("brier", false, MetricTask.BinaryClassification,
        p => ClassificationMetrics.BrierScore(p.Target, p.PositiveProbability, p.PositiveClass, p.WeightSpan));

    public static Metric LogLoss { get; } = new("log_loss", false, MetricTask.Classification,
        p => ClassificationMetrics.LogLoss(p.Target, p.Probabilities!, p.Classes, p.WeightSpan));

    public static Metric MeanSquaredError { get; } = new("mse", false, MetricTask.Regression,
        p => RegressionMetrics.MeanSquaredError(p.Target, p.Values, p.WeightSpan));

    public static Metric RootMeanSquaredError { get; } = new("rmse", false, MetricTask.Regression,
        p => RegressionMetrics.RootMeanSquaredError(p.Target, p.Values, p.WeightSpan));

    public static Metric MeanAbsoluteError { get; } = new("mae", false, MetricTask.Regression,
        p => RegressionMetrics.MeanAbsoluteError(p.Target, p.Values, p.WeightSpan));

    public static Metric R2 { get; } = new("r2", true, MetricTask.Regression,
        p => RegressionMetrics.R2(p.Target, p.Values, p.WeightSpan));

    /// <summary>The default report for predictions of this kind: binary, multi-class or regression.</summary>
    public static IReadOnlyList<Metric> DefaultsFor(Predictions predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        if (!predictions.IsClassification) return [R2, MeanAbsoluteError, RootMeanSquaredError, MeanSquaredError];
        if (predictions.Classes.Count == 2) return [RocAuc, AveragePrecision, Brier, LogLoss, Accuracy, Precision, Recall, F1];
        return [Accuracy, F1Macro, F1Weighted, RocAucOneVsRest, LogLoss];
    }
}
