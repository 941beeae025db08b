namespace Formcast.Learning.Evaluation;

/// <summary>
/// Threshold-free metrics of a score that ranks positives above negatives, as scikit-learn 1.2 defines them. Tied
/// scores form one threshold, so a tie between a positive and a negative counts half in the ROC area (the trapezoid
/// between the two curve points), the Mann–Whitney convention. Rows of zero weight are ignored. Undefined values
/// (no positive or no negative row) are <see cref="double.NaN"/>, where scikit-learn raises or warns.
/// </summary>
public static class RankingMetrics
{
    /// <summary>Area under the ROC curve (trapezoidal rule over <see cref="RocCurve"/>; scikit-learn <c>roc_auc_score</c>).</summary>
    public static double RocAuc(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> scores, double positiveLabel = 1, ReadOnlySpan<double> weights = default)
    {
        var curve = RocCurve(yTrue, scores, positiveLabel, weights);
        if (curve.FalsePositiveRate.Length < 2 || double.IsNaN(curve.FalsePositiveRate[^1]) || double.IsNaN(curve.TruePositiveRate[^1]))
            return double.NaN;
        double area = 0;
        var x = curve.FalsePositiveRate;
        var y = curve.TruePositiveRate;
        for (var i = 1; i < x.Length; i++) area += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2.0;
        return area;
    }

    /// <summary>
    /// One-vs-rest ROC AUC for several classes: the binary AUC of each class's probability column against the rest,
    /// averaged without weights (<see cref="Averaging.Macro"/>) or by class prevalence (<see cref="Averaging.Weighted"/>),
    /// as scikit-learn's <c>roc_auc_score(multi_class="ovr")</c>.
    /// </summary>
    public static double RocAucOneVsRest(ReadOnlySpan<double> yTrue, Matrix probabilities, IReadOnlyList<double> classes, Averaging averaging = Averaging.Macro, ReadOnlySpan<double> weights = default)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(classes);
        if (averaging is not (Averaging.Macro or Averaging.Weighted)) throw new ArgumentException("one-vs-rest AUC averages by macro or weighted", nameof(averaging));
        if (probabilities.Columns != classes.Count || probabilities.Rows != yTrue.Length) throw new ArgumentException("probabilities need one row per label and one column per class", nameof(probabilities));
        double sum = 0, total = 0;
        for (var c = 0; c < classes.Count; c++)
        {
            var auc = RocAuc(yTrue, probabilities.Column(c), classes[c], weights);
            double support = 0;
            for (var i = 0; i < yTrue.Length; i++)
            {
                if (yTrue[i] == classes[c]) support += weights.IsEmpty ? 1 : weights[i];
            }

            var w = averaging == Averaging.Macro ? 1 : support;
            sum += w * auc;
            total += w;
        }

        return sum / total;
    }

    /// <summary>
    /// ROC curve points from (0, 0), one per distinct score in decreasing order, dropping points collinear with their
    /// neighbours (scikit-learn <c>roc_curve(drop_intermediate=True)</c>). The first threshold is the highest score + 1.
    /// </summary>
    public static RocCurvePoints RocCurve(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> scores, double positiveLabel = 1, ReadOnlySpan<double> weights = default)
    {
        var (fps, tps, thresholds) = CumulativeCounts(yTrue, scores, positiveLabel, weights);
        var keep = new List<int>(fps.Length);
        for (var i = 0; i < fps.Length; i++)
        {
            var corner = i == 0 || i == fps.Length - 1 || fps.Length <= 2
                || (fps[i + 1] - fps[i]) - (fps[i] - fps[i - 1]) != 0
                || (tps[i + 1] - tps[i]) - (tps[i] - tps[i - 1]) != 0;
            if (corner) keep.Add(i);
        }

        var m = keep.Count + 1;
        var fpr = new double[m];
        var tpr = new double[m];
        var th = new double[m];
        th[0] = thresholds.Length > 0 ? thresholds[0] + 1 : double.PositiveInfinity;
        var lastFp = fps.Length > 0 ? fps[^1] : 0;
        var lastTp = tps.Length > 0 ? tps[^1] : 0;
        for (var j = 0; j < keep.Count; j++)
        {
            var i = keep[j];
            fpr[j + 1] = lastFp <= 0 ? double.NaN : fps[i] / lastFp;
            tpr[j + 1] = lastTp <= 0 ? double.NaN : tps[i] / lastTp;
            th[j + 1] = thresholds[i];
        }

        fpr[0] = lastFp <= 0 ? double.NaN : 0;
        tpr[0] = lastTp <= 0 ? double.NaN : 0;
        return new RocCurvePoints(fpr, tpr, th);
    }

    /// <summary>
    /// Average precision: Σₙ (Rₙ − Rₙ₋₁)·Pₙ over thresholds at each distinct score — the step-function area under the
    /// precision–recall curve without interpolation (scikit-learn <c>average_precision_score</c>).
    /// </summary>
    public static double AveragePrecision(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> scores, double positiveLabel = 1, ReadOnlySpan<double> weights = default)
    {
        var (fps, tps, _) = CumulativeCounts(yTrue, scores, positiveLabel, weights);
        if (tps.Length == 0 || tps[^1] <= 0) return double.NaN;
        double sum = 0, previousRecall = 0;
        for (var i = 0; i < tps.Length; i++)
        {
            var predictedPositive = tps[i] + fps[i];
            var precision = predictedPositive == 0 ? 0 : tps[i] / predictedPositive;
            var recall = tps[i] / tps[^1];
            sum += (recall - previousRecall) * precision;
            previousRecall = recall;
        }

        return sum;
    }

    /// <summary>Weighted false- and true-positive counts when predicting positive at or above each distinct score,
    /// scores in decreasing order (scikit-learn's <c>_binary_clf_curve</c>).</summary>
    internal static (double[] FalsePositives, double[] TruePositives, double[] Thresholds) CumulativeCounts(
        ReadOnlySpan<double> yTrue, ReadOnlySpan<double> scores, double positiveLabel, ReadOnlySpan<double> weights)
    {
        ClassificationMetrics.CheckLengths(yTrue, scores, weights);
        var rows = new List<int>(yTrue.Length);
        for (var i = 0; i < yTrue.Length; i++)
        {
            if (!double.IsFinite(scores[i])) throw new ArgumentException($"score at row {i} is {scores[i]}", nameof(scores));
            if (weights.IsEmpty || weights[i] != 0) rows.Add(i);
        }

        var order = rows.ToArray();
        var s = scores.ToArray();
        Array.Sort(order, (a, b) => s[b].CompareTo(s[a]));
        var fps = new List<double>();
        var tps = new List<double>();
        var thresholds = new List<double>();
        double tp = 0, fp = 0;
        for (var k = 0; k < order.Length; k++)
        {
            var i = order[k];
            var w = weights.IsEmpty ? 1 : weights[i];
            if (yTrue[i] == positiveLabel) tp += w;
            else fp += w;
            if (k == order.Length - 1 || s[order[k + 1]] != s[i])
            {
                fps.Add(fp);
                tps.Add(tp);
                thresholds.Add(s[i]);
            }
        }

        return (fps.ToArray(), tps.ToArray(), thresholds.ToArray());
    }
}
