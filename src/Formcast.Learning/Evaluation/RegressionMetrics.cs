namespace Formcast.Learning.Evaluation;

/// <summary>
/// Error metrics for real-valued predictions with optional sample weights (empty span = unweighted), following
/// scikit-learn 1.2's <c>mean_squared_error</c>, <c>mean_absolute_error</c> and <c>r2_score</c>.
/// </summary>
public static class RegressionMetrics
{
    public static double MeanSquaredError(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPredicted, ReadOnlySpan<double> weights = default)
    {
        ClassificationMetrics.CheckLengths(yTrue, yPredicted, weights);
        double sum = 0, total = 0;
        for (var i = 0; i < yTrue.Length; i++)
        {
            var d = yTrue[i] - yPredicted[i];
            var w = weights.IsEmpty ? 1 : weights[i];
            sum += w * d * d;
            total += w;
        }

        return sum / total;
    }

    public static double RootMeanSquaredError(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPredicted, ReadOnlySpan<double> weights = default) =>
        Math.Sqrt(MeanSquaredError(yTrue, yPredicted, weights));

    public static double MeanAbsoluteError(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPredicted, ReadOnlySpan<double> weights = default)
    {
        ClassificationMetrics.CheckLengths(yTrue, yPredicted, weights);
        double sum = 0, total = 0;
        for (var i = 0; i < yTrue.Length; i++)
        {
            var w = weights.IsEmpty ? 1 : weights[i];
            sum += w * Math.Abs(yTrue[i] - yPredicted[i]);
            total += w;
        }

        return sum / total;
    }

    /// <summary>
    /// Coefficient of determination 1 − Σw(y − ŷ)² / Σw(y − ȳ)², ȳ the weighted mean. With a constant target the
    /// ratio is undefined: 1 for a perfect prediction, otherwise 0 (scikit-learn's <c>force_finite=True</c>).
    /// </summary>
    public static double R2(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPredicted, ReadOnlySpan<double> weights = default)
    {
        ClassificationMetrics.CheckLengths(yTrue, yPredicted, weights);
        double sumY = 0, total = 0;
        for (var i = 0; i < yTrue.Length; i++)
        {
            var w = weights.IsEmpty ? 1 : weights[i];
            sumY += w * yTrue[i];
            total += w;
        }

        var mean = sumY / total;
        double residual = 0, spread = 0;
        for (var i = 0; i < yTrue.Length; i++)
        {
            var w = weights.IsEmpty ? 1 : weights[i];
            var r = yTrue[i] - yPredicted[i];
            var d = yTrue[i] - mean;
            residual += w * r * r;
            spread += w * d * d;
        }

        if (spread == 0) return residual == 0 ? 1 : 0;
        return 1 - (residual / spread);
    }
}
