using Formcast.Learning.Evaluation.Internal;

namespace Formcast.Learning.Evaluation;

/// <summary>How a calibration curve cuts [0, 1] into bins.</summary>
public enum CalibrationBinning
{
    /// <summary>Equal-width bins over [0, 1].</summary>
    Uniform,

    /// <summary>Bins holding equal numbers of predictions (edges at sample quantiles of the predictions).</summary>
    Quantile,
}

/// <summary>
/// Reliability diagram: for each non-empty bin of predicted probability, the observed share of positives and the mean
/// prediction (scikit-learn 1.2 <c>calibration_curve</c>: a prediction goes to the first bin whose upper inner edge is
/// ≥ it; quantile edges are <c>np.percentile</c> of the predictions). A calibrated model lies on the diagonal.
/// </summary>
public sealed record CalibrationCurve(double[] ObservedFrequency, double[] MeanPredicted, int[] Counts)
{
    public static CalibrationCurve Compute(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> positiveProbability, int bins = 5,
        CalibrationBinning binning = CalibrationBinning.Uniform, double positiveLabel = 1)
    {
        ClassificationMetrics.CheckLengths(yTrue, positiveProbability, default);
        if (bins < 1) throw new ArgumentOutOfRangeException(nameof(bins), bins, "bins must be at least 1");
        if (yTrue.IsEmpty) throw new ArgumentException("no predictions", nameof(yTrue));
        foreach (var p in positiveProbability)
        {
            if (p is < 0 or > 1 || double.IsNaN(p)) throw new ArgumentException($"probability {p} is outside [0, 1]", nameof(positiveProbability));
        }

        var edges = SampleQuantile.LinearSpace(0, 1, bins + 1);
        if (binning == CalibrationBinning.Quantile)
        {
            var sorted = SampleQuantile.Sorted(positiveProbability);
            for (var i = 0; i < edges.Length; i++) edges[i] = SampleQuantile.Percentile(sorted, edges[i] * 100);
        }

        var sums = new double[bins + 1];
        var positives = new double[bins + 1];
        var counts = new int[bins + 1];
        for (var i = 0; i < yTrue.Length; i++)
        {
            var p = positiveProbability[i];
            var bin = 0;
            while (bin < bins - 1 && edges[bin + 1] < p) bin++;
            sums[bin] += p;
            positives[bin] += yTrue[i] == positiveLabel ? 1 : 0;
            counts[bin]++;
        }

        var observed = new List<double>();
        var predicted = new List<double>();
        var used = new List<int>();
        for (var b = 0; b < counts.Length; b++)
        {
            if (counts[b] == 0) continue;
            observed.Add(positives[b] / counts[b]);
            predicted.Add(sums[b] / counts[b]);
            used.Add(counts[b]);
        }

        return new CalibrationCurve(observed.ToArray(), predicted.ToArray(), used.ToArray());
    }
}
