namespace Formcast.Learning.Evaluation;

/// <summary>
/// Label and probability metrics for classifiers, with scikit-learn 1.2's definitions (<c>accuracy_score</c>,
/// <c>precision_recall_fscore_support</c> with <c>zero_division=0</c>, <c>log_loss</c>, <c>brier_score_loss</c>) and
/// optional sample weights (an empty span means every row weighs 1). Labels are class values stored as doubles.
/// </summary>
public static class ClassificationMetrics
{
    /// <summary>Machine epsilon of double, scikit-learn's <c>eps="auto"</c> clipping for log loss.</summary>
    public const double LogLossEpsilon = 2.220446049250313e-16;

    /// <summary>Weighted share of rows whose predicted label equals the true label.</summary>
    public static double Accuracy(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPredicted, ReadOnlySpan<double> weights = default)
    {
        CheckLengths(yTrue, yPredicted, weights);
        double correct = 0, total = 0;
        for (var i = 0; i < yTrue.Length; i++)
        {
            var w = weights.IsEmpty ? 1 : weights[i];
            if (yTrue[i] == yPredicted[i]) correct += w;
            total += w;
        }

        return total == 0 ? double.NaN : correct / total;
    }

    /// <summary>Square table of weighted counts: rows are true labels, columns predicted labels, both in the order of
    /// <paramref name="labels"/> (default: the sorted union of both).</summary>
    public static double[,] ConfusionMatrix(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPredicted, IReadOnlyList<double>? labels = null, ReadOnlySpan<double> weights = default)
    {
        CheckLengths(yTrue, yPredicted, weights);
        labels ??= SortedUnion(yTrue, yPredicted);
        var index = new Dictionary<double, int>();
        for (var i = 0; i < labels.Count; i++) index[labels[i]] = i;
        var table = new double[labels.Count, labels.Count];
        for (var i = 0; i < yTrue.Length; i++)
        {
            if (index.TryGetValue(yTrue[i], out var t) && index.TryGetValue(yPredicted[i], out var p))
                table[t, p] += weights.IsEmpty ? 1 : weights[i];
        }

        return table;
    }

    public static double Precision(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPredicted, Averaging averaging = Averaging.Binary, double positiveLabel = 1, ReadOnlySpan<double> weights = default) =>
        PrecisionRecallF1(yTrue, yPredicted, averaging, positiveLabel, weights).Precision;

    public static double Recall(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPredicted, Averaging averaging = Averaging.Binary, double positiveLabel = 1, ReadOnlySpan<double> weights = default) =>
        PrecisionRecallF1(yTrue, yPredicted, averaging, positiveLabel, weights).Recall;

    public static double F1(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPredicted, Averaging averaging = Averaging.Binary, double positiveLabel = 1, ReadOnlySpan<double> weights = default) =>
        PrecisionRecallF1(yTrue, yPredicted, averaging, positiveLabel, weights).F1;

    /// <summary>
    /// Precision tp/(tp + fp), recall tp/(tp + fn) and F1 = 2PR/(P + R) per class, averaged as asked. A ratio with a
    /// zero denominator counts as 0 (scikit-learn's <c>zero_division="warn"</c> value). Classes are the sorted union of
    /// true and predicted labels; <see cref="Averaging.Binary"/> reports <paramref name="positiveLabel"/> alone.
    /// </summary>
    public static (double Precision, double Recall, double F1) PrecisionRecallF1(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPredicted,
        Averaging averaging = Averaging.Binary, double positiveLabel = 1, ReadOnlySpan<double> weights = default)
    {
        CheckLengths(yTrue, yPredicted, weights);
        var labels = SortedUnion(yTrue, yPredicted);
        if (averaging == Averaging.Binary)
        {
            if (labels.Length > 2)
                throw new ArgumentException($"binary averaging needs at most 2 labels, found {labels.Length}: choose macro, micro or weighted", nameof(averaging));
            if (labels.Length == 2 && !labels.Contains(positiveLabel))
                throw new ArgumentException($"positive label {positiveLabel} is not among the labels", nameof(positiveLabel));
            labels = [positiveLabel];
        }

        var k = labels.Length;
        var index = new Dictionary<double, int>(k);
        for (var i = 0; i < k; i++) index[labels[i]] = i;
        var truePositive = new double[k];
        var predicted = new double[k];
        var actual = new double[k];
        for (var i = 0; i < yTrue.Length; i++)
        {
            var w = weights.IsEmpty ? 1 : weights[i];
            var hasTrue = index.TryGetValue(yTrue[i], out var t);
            var hasPredicted = index.TryGetValue(yPredicted[i], out var p);
            if (hasTrue) actual[t] += w;
            if (hasPredicted) predicted[p] += w;
            if (hasTrue && yTrue[i] == yPredicted[i]) truePositive[t] += w;
        }

        if (averaging == Averaging.Micro)
        {
            truePositive = [truePositive.Sum()];
            predicted = [predicted.Sum()];
            actual = [actual.Sum()];
            k = 1;
        }

        var precision = new double[k];
        var recall = new double[k];
        var f1 = new double[k];
        for (var c = 0; c < k; c++)
        {
            precision[c] = predicted[c] == 0 ? 0 : truePositive[c] / predicted[c];
            recall[c] = actual[c] == 0 ? 0 : truePositive[c] / actual[c];
            var denominator = precision[c] + recall[c];
            f1[c] = 2 * precision[c] * recall[c] / (denominator == 0 ? 1 : denominator);
        }

        if (averaging == Averaging.Weighted)
        {
            var total = actual.Sum();
            if (total == 0) return (0, 0, 0);
            return (WeightedMean(precision, actual), WeightedMean(recall, actual), WeightedMean(f1, actual));
        }

        return (precision.Average(), recall.Average(), f1.Average());
    }

    /// <summary>
    /// Mean negative log-likelihood of the true class, −Σ w log p(true) / Σ w, after clipping probabilities to
    /// [ε, 1 − ε] and renormalising each row (scikit-learn 1.2 <c>log_loss</c>, ε = <see cref="LogLossEpsilon"/>).
    /// Columns of <paramref name="probabilities"/> follow <paramref name="classes"/>; a true label outside them is an error.
    /// </summary>
    public static double LogLoss(ReadOnlySpan<double> yTrue, Matrix probabilities, IReadOnlyList<double> classes, ReadOnlySpan<double> weights = default)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(classes);
        if (probabilities.Rows != yTrue.Length) throw new ArgumentException("probabilities have a different number of rows than the labels", nameof(probabilities));
        if (probabilities.Columns != classes.Count) throw new ArgumentException("probabilities need one column per class", nameof(probabilities));
        if (!weights.IsEmpty && weights.Length != yTrue.Length) throw new ArgumentException("weights differ in length from the labels", nameof(weights));
        var index = ClassIndex(classes);
        double loss = 0, total = 0;
        for (var i = 0; i < yTrue.Length; i++)
        {
            if (!index.TryGetValue(yTrue[i], out var c)) throw new ArgumentException($"label {yTrue[i]} is not one of the classes", nameof(yTrue));
            var row = probabilities.Row(i);
            double sum = 0;
            foreach (var p in row) sum += Math.Clamp(p, LogLossEpsilon, 1 - LogLossEpsilon);
            var w = weights.IsEmpty ? 1 : weights[i];
            loss -= w * Math.Log(Math.Clamp(row[c], LogLossEpsilon, 1 - LogLossEpsilon) / sum);
            total += w;
        }

        return loss / total;
    }

    /// <summary>Binary log loss from the probability of <paramref name="positiveLabel"/> (scikit-learn's 1-D form).</summary>
    public static double LogLoss(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> positiveProbability, double positiveLabel = 1, ReadOnlySpan<double> weights = default)
    {
        CheckLengths(yTrue, positiveProbability, weights);
        double loss = 0, total = 0;
        for (var i = 0; i < yTrue.Length; i++)
        {
            var p = Math.Clamp(positiveProbability[i], LogLossEpsilon, 1 - LogLossEpsilon);
            var q = 1 - p;
            var sum = q + p;
            var w = weights.IsEmpty ? 1 : weights[i];
            loss -= w * Math.Log((yTrue[i] == positiveLabel ? p : q) / sum);
            total += w;
        }

        return loss / total;
    }

    /// <summary>Brier score: weighted mean of (1[y = positive] − p)² (Brier 1950; scikit-learn <c>brier_score_loss</c>).</summary>
    public static double BrierScore(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> positiveProbability, double positiveLabel = 1, ReadOnlySpan<double> weights = default)
    {
        CheckLengths(yTrue, positiveProbability, weights);
        double sum = 0, total = 0;
        for (var i = 0; i < yTrue.Length; i++)
        {
            var p = positiveProbability[i];
            if (p is < 0 or > 1) throw new ArgumentException($"probability {p} at row {i} is outside [0, 1]", nameof(positiveProbability));
            var d = (yTrue[i] == positiveLabel ? 1.0 : 0.0) - p;
            var w = weights.IsEmpty ? 1 : weights[i];
            sum += w * d * d;
            total += w;
        }

        return sum / total;
    }

    internal static double[] SortedUnion(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var set = new HashSet<double>();
        foreach (var v in a) set.Add(v);
        foreach (var v in b) set.Add(v);
        return set.Order().ToArray();
    }

    internal static Dictionary<double, int> ClassIndex(IReadOnlyList<double> classes)
    {
        var index = new Dictionary<double, int>(classes.Count);
        for (var i = 0; i < classes.Count; i++) index[classes[i]] = i;
        return index;
    }

    internal static void CheckLengths(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> weights)
    {
        if (a.Length != b.Length) throw new ArgumentException($"lengths differ: {a.Length} true values, {b.Length} predictions");
        if (!weights.IsEmpty && weights.Length != a.Length) throw new ArgumentException($"{weights.Length} weights for {a.Length} rows");
    }

    private static double WeightedMean(double[] values, double[] weights)
    {
        double sum = 0, total = 0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += values[i] * weights[i];
            total += weights[i];
        }

        return sum / total;
    }
}
