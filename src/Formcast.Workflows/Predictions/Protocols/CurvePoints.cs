using Formcast.Learning.Evaluation;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>Points of a curve for charts, e.g. (false-positive rate, true-positive rate) or (recall, precision).</summary>
internal sealed record CurvePoints(double[] X, double[] Y)
{
    /// <summary>The ROC curve of <paramref name="score"/> against <paramref name="label"/> (positive label 1).</summary>
    public static CurvePoints Roc(double[] label, double[] score)
    {
        var roc = RankingMetrics.RocCurve(label, score);
        return new CurvePoints(roc.FalsePositiveRate, roc.TruePositiveRate);
    }

    /// <summary>
    /// The precision–recall curve: one point per distinct score, predicting positive at or above it, in decreasing
    /// score order, starting at (recall 0, precision 1) as scikit-learn's <c>precision_recall_curve</c> ends.
    /// </summary>
    public static CurvePoints PrecisionRecall(double[] label, double[] score)
    {
        var order = Enumerable.Range(0, score.Length).OrderByDescending(i => score[i]).ThenBy(i => i).ToArray();
        var positives = label.Count(y => y == 1);
        var recall = new List<double> { 0 };
        var precision = new List<double> { 1 };
        if (positives == 0) return new CurvePoints([.. recall], [.. precision]);
        int tp = 0, fp = 0;
        for (var k = 0; k < order.Length; k++)
        {
            if (label[order[k]] == 1) tp++;
            else fp++;
            if (k == order.Length - 1 || score[order[k + 1]] != score[order[k]])
            {
                recall.Add((double)tp / positives);
                precision.Add((double)tp / (tp + fp));
            }
        }

        return new CurvePoints([.. recall], [.. precision]);
    }
}
