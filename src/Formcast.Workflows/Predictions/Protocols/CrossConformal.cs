using Formcast.Learning;
using Formcast.Learning.Evaluation;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>
/// Prediction intervals from cross-validated residuals (the K-fold variant of split conformal prediction; Vovk 2015,
/// "Cross-conformal predictors", Ann Math Artif Intell 74:9; Barber et al. 2021, Ann Stat 49:486): the learner's
/// out-of-fold absolute residuals on the training rows give q, their ⌈(n + 1)(1 − α)⌉-th smallest value, and the
/// interval is the full-data prediction ± q. Marginal coverage is close to 1 − α when rows are exchangeable; the
/// evaluation measures it on held-out rows rather than assuming it.
/// </summary>
internal static class CrossConformal
{
    /// <summary>The half-width q for nominal coverage <paramref name="coverage"/> from <paramref name="learner"/>'s
    /// out-of-fold residuals on <paramref name="data"/>.</summary>
    public static double HalfWidth(ILearner<IRegressor> learner, Dataset data, double coverage, int folds, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        var pooled = CrossValidation.Run(learner, Datasets.WithoutGroups(data), new KFold(folds, shuffle: true, seed));
        var residuals = new double[pooled.Rows.Length];
        var p = pooled.Pooled;
        for (var i = 0; i < residuals.Length; i++) residuals[i] = Math.Abs(p.Target[i] - p.Values![i]);
        return Quantile(residuals, coverage);
    }

    /// <summary>
    /// Conformalised quantile regression (Romano, Patterson &amp; Candès 2019, NeurIPS, "Conformalized quantile
    /// regression"), cross-validated as above: the interval learner's out-of-fold bounds on the training rows give the
    /// conformity scores max(lo − y, y − hi), and their quantile q widens (q &gt; 0) or narrows (q &lt; 0) every interval
    /// to [lo − q, hi + q]. Quantile models carry no coverage guarantee of their own; this restores the marginal one.
    /// </summary>
    public static double QuantileCorrection(ILearner<PredictionIntervalModel> learner, Dataset data, double coverage, int folds, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(learner);
        ArgumentNullException.ThrowIfNull(data);
        var rows = Datasets.WithoutGroups(data);
        var lower = new double[rows.Rows];
        var upper = new double[rows.Rows];
        foreach (var fold in new KFold(folds, shuffle: true, seed).Split(rows))
        {
            var model = learner.Fit(rows.Subset(fold.Train));
            foreach (var r in fold.Test) (lower[r], upper[r]) = model.PredictInterval(rows.Features.Row(r));
        }

        return QuantileCorrection(lower, upper, rows.Target, coverage);
    }

    /// <summary>The quantile of the conformity scores max(lo − y, y − hi) of intervals [lo, hi] around outcomes y.</summary>
    public static double QuantileCorrection(double[] lower, double[] upper, double[] actual, double coverage)
    {
        ArgumentNullException.ThrowIfNull(lower);
        ArgumentNullException.ThrowIfNull(upper);
        ArgumentNullException.ThrowIfNull(actual);
        return Quantile([.. actual.Select((y, i) => Math.Max(lower[i] - y, y - upper[i]))], coverage);
    }

    /// <summary>The ⌈(n + 1)·coverage⌉-th smallest value (the largest when that exceeds n).</summary>
    public static double Quantile(double[] residuals, double coverage)
    {
        ArgumentNullException.ThrowIfNull(residuals);
        if (residuals.Length == 0) throw new ArgumentException("no residuals", nameof(residuals));
        var sorted = residuals.Order().ToArray();
        var k = (int)Math.Ceiling((sorted.Length + 1) * coverage);
        return sorted[Math.Clamp(k, 1, sorted.Length) - 1];
    }
}
