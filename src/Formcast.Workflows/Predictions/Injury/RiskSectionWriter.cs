using Formcast.Workflows.Predictions.Protocols;
using Formcast.Workflows.Predictions.Reporting;
using static Formcast.Workflows.Predictions.Reporting.Cells;

namespace Formcast.Workflows.Predictions.Injury;

/// <summary>
/// Writes a <see cref="RiskComparisonResult"/> into a report section: the metric table, the model-minus-baseline table
/// with a verdict per baseline, the alert-budget table, ROC / precision–recall / calibration charts, the headline
/// numbers, and one plain sentence saying whether the model beats the simple baselines.
/// </summary>
internal static class RiskSectionWriter
{
    public static void Write(SectionBuilder section, RiskComparisonResult result)
    {
        section.Table("Discrimination and calibration on held-out rows (95 % cluster-bootstrap intervals over athletes; ROC AUC within folds pairs rows tested in the same fold, pooled AUC mixes folds)",
            ["score", "ROC AUC (within folds)", "ROC AUC (pooled)", "average precision", "Brier score"],
            result.Scorers.Select(s => (IReadOnlyList<string>)[s.Name, Interval(s.RocAuc), Interval(s.PooledRocAuc), Interval(s.AveragePrecision), Interval(s.Brier, 4)]));
        foreach (var s in result.Scorers)
        {
            section.Number(s.Name, "roc_auc", s.RocAuc).Number(s.Name, "roc_auc_pooled", s.PooledRocAuc)
                .Number(s.Name, "average_precision", s.AveragePrecision).Number(s.Name, "brier", s.Brier);
            foreach (var b in s.Budget)
            {
                section.Number(s.Name, Invariant($"precision_at_{b.FlagsPerWeek}_per_week"), b.Precision)
                    .Number(s.Name, Invariant($"recall_at_{b.FlagsPerWeek}_per_week"), b.Recall);
            }
        }

        if (result.Differences.Count > 0)
        {
            section.Table("Model minus baseline on the same rows and resamples (ROC AUC and AP: positive = model better; Brier: negative = model better)",
                ["baseline", "Δ ROC AUC (within folds)", "Δ average precision", "Δ Brier", "verdict on ROC AUC"],
                result.Differences.Select(d => (IReadOnlyList<string>)[d.Baseline, Interval(d.RocAuc), Interval(d.AveragePrecision), Interval(d.Brier, 4), Verdict(d)]));
            foreach (var d in result.Differences)
            {
                section.Number(d.Model + " − " + d.Baseline, "delta_roc_auc", d.RocAuc).Number(d.Model + " − " + d.Baseline, "delta_brier", d.Brier);
            }

            section.Finding(Summary(result));
        }

        section.Table("Alert budget: the N highest scores of each squad-week are flagged (precision = flagged weeks that were injury weeks; recall = injury weeks that were flagged)",
            ["score", "flags per week", "flagged", "caught", "precision", "recall"],
            result.Scorers.SelectMany(s => s.Budget.Select(b => (IReadOnlyList<string>)
                [s.Name, Count(b.FlagsPerWeek), Count(b.Flagged), Count(b.Caught), Interval(b.Precision), Interval(b.Recall)])));

        section.Chart(new ReportChart("ROC curve (held-out rows)", ChartKind.Line, "false-positive rate", "true-positive rate",
            [.. result.Scorers.Select(s => new ChartSeries(s.Name, s.Roc.X, s.Roc.Y))]));
        section.Chart(new ReportChart("Precision–recall curve (held-out rows)", ChartKind.Line, "recall", "precision",
            [.. result.Scorers.Select(s => new ChartSeries(s.Name, s.PrecisionRecall.X, s.PrecisionRecall.Y))]));
        section.Chart(new ReportChart("Calibration (quintiles of predicted risk)", ChartKind.Calibration, "mean predicted probability", "observed share injured",
            [.. result.Scorers.Select(s => new ChartSeries(s.Name, s.Calibration.MeanPredicted, s.Calibration.ObservedFrequency))]));
    }

    public static string Verdict(DifferenceResult d) =>
        d.ModelBetterAuc ? "model better" : d.ModelWorseAuc ? "model worse" : "no clear difference (interval includes 0)";

    /// <summary>One sentence on the model against every baseline, saying plainly when it does not beat them.</summary>
    public static string Summary(RiskComparisonResult result)
    {
        var model = result.Scorers[0].Name;
        var beaten = result.Differences.Where(d => d.ModelBetterAuc).Select(d => d.Baseline).ToArray();
        var notBeaten = result.Differences.Where(d => !d.ModelBetterAuc).Select(d => d.Baseline).ToArray();
        var auc = result.Scorers[0].RocAuc;
        var head = Invariant($"{model}: ROC AUC {Interval(auc)} on {result.Rows} held-out rows ({result.Positives} injury weeks, {result.Athletes} athletes). ");
        if (notBeaten.Length == 0) return head + "It beats every simple baseline (" + string.Join(", ", beaten) + ") with the difference's interval above 0.";
        if (beaten.Length == 0)
            return head + "It does NOT beat the simple baselines (" + string.Join(", ", notBeaten) + "): no difference in ROC AUC has an interval above 0, so on this data the model adds nothing a coach could rely on beyond them.";
        return head + "It beats " + string.Join(", ", beaten) + " but does NOT beat " + string.Join(", ", notBeaten) + " (interval of the difference includes 0 or lies below it).";
    }
}
