using Formcast.Learning.Evaluation;

namespace Formcast.Workflows.Predictions.Protocols;

/// <summary>
/// Scores several risk scores on the same held-out rows — ROC AUC, average precision, Brier score, the alert budget —
/// and the difference between the first (the model) and each of the others (the baselines), all with bootstrap
/// intervals from the same resamples of whole athletes (a cluster bootstrap: an athlete's weeks are not independent).
/// A difference whose interval excludes 0 is the only evidence that the model beats a baseline.
/// <para>
/// The headline ROC AUC compares only an injured and a healthy row tested in the same fold (the fold AUCs weighted by
/// their positive × negative pairs). Pooling out-of-fold scores across folds mixes models fitted on different training
/// prevalences; when athletes are held out, a fold's training prevalence runs opposite to its test prevalence, so even
/// a constant prediction gets a pooled AUC well below 0.5 (Forman &amp; Scholz 2010, SIGKDD Explor 12:49; Parker et al.
/// 2007, BMC Bioinformatics 8:326). The pooled AUC is reported beside it.
/// </para>
/// </summary>
internal static class RiskComparison
{
    private const int PerScorer = 4;

    public static RiskComparisonResult Run(
        double[] label, int[] week, int[] cluster, int[] fold, int[] tested, IReadOnlyList<(string Name, double[] Scores)> scorers,
        IReadOnlyList<int> budgets, BootstrapOptions options)
    {
        if (scorers.Count == 0) throw new ArgumentException("nothing to compare", nameof(scorers));
        var width = PerScorer + (2 * budgets.Count);
        var count = (scorers.Count * width) + ((scorers.Count - 1) * 3);
        var clusters = tested.Select(r => cluster[r]).ToArray();

        double[] Statistics(int[] sample)
        {
            var rows = sample.Select(i => tested[i]).ToArray();
            var y = rows.Select(r => label[r]).ToArray();
            var result = new double[count];
            for (var s = 0; s < scorers.Count; s++)
            {
                var p = rows.Select(r => scorers[s].Scores[r]).ToArray();
                var o = s * width;
                result[o] = WithinFoldAuc(rows, label, scorers[s].Scores, fold);
                result[o + 1] = RankingMetrics.AveragePrecision(y, p);
                result[o + 2] = ClassificationMetrics.BrierScore(y, p);
                result[o + 3] = RankingMetrics.RocAuc(y, p);
                for (var b = 0; b < budgets.Count; b++)
                {
                    var (precision, recall, _, _) = AlertBudget.Evaluate(rows, label, scorers[s].Scores, week, budgets[b]);
                    result[o + PerScorer + (2 * b)] = precision;
                    result[o + PerScorer + (2 * b) + 1] = recall;
                }
            }

            var d = scorers.Count * width;
            for (var s = 1; s < scorers.Count; s++)
            {
                for (var m = 0; m < 3; m++) result[d + ((s - 1) * 3) + m] = result[m] - result[(s * width) + m];
            }

            return result;
        }

        var intervals = Bootstrap.Intervals(tested.Length, Statistics, count, clusters, options);
        var labels = tested.Select(r => label[r]).ToArray();
        var scored = new List<ScorerResult>();
        for (var s = 0; s < scorers.Count; s++)
        {
            var o = s * width;
            var p = tested.Select(r => scorers[s].Scores[r]).ToArray();
            var budget = budgets.Select((n, b) =>
            {
                var (_, _, flagged, caught) = AlertBudget.Evaluate(tested, label, scorers[s].Scores, week, n);
                return new BudgetResult(n, intervals[o + PerScorer + (2 * b)], intervals[o + PerScorer + (2 * b) + 1], flagged, caught);
            }).ToArray();
            scored.Add(new ScorerResult(scorers[s].Name, intervals[o], intervals[o + 3], intervals[o + 1], intervals[o + 2], budget,
                CurvePoints.Roc(labels, p), CurvePoints.PrecisionRecall(labels, p), CalibrationCurve.Compute(labels, p, 5, CalibrationBinning.Quantile)));
        }

        var differences = new List<DifferenceResult>();
        for (var s = 1; s < scorers.Count; s++)
        {
            var d = (scorers.Count * width) + ((s - 1) * 3);
            differences.Add(new DifferenceResult(scorers[0].Name, scorers[s].Name, intervals[d], intervals[d + 1], intervals[d + 2]));
        }

        return new RiskComparisonResult(tested.Length, (int)labels.Sum(), clusters.Distinct().Count(), scored, differences);
    }

    /// <summary>
    /// ROC AUC over the pairs of a positive and a negative row of the same fold: Σ_f P_f·N_f·AUC_f / Σ_f P_f·N_f. NaN when
    /// no fold has both classes.
    /// </summary>
    public static double WithinFoldAuc(int[] rows, double[] label, double[] score, int[] fold)
    {
        double sum = 0, weight = 0;
        foreach (var group in rows.GroupBy(r => fold[r]))
        {
            var members = group.ToArray();
            var y = members.Select(r => label[r]).ToArray();
            var positives = y.Count(v => v == 1);
            var negatives = y.Length - positives;
            if (positives == 0 || negatives == 0) continue;
            var pairs = (double)positives * negatives;
            sum += pairs * RankingMetrics.RocAuc(y, members.Select(r => score[r]).ToArray());
            weight += pairs;
        }

        return weight == 0 ? double.NaN : sum / weight;
    }
}
