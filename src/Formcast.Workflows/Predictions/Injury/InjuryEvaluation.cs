using Formcast.Learning;
using Formcast.Learning.Baselines;
using Formcast.Learning.Evaluation;
using Formcast.Learning.Explanations;
using Formcast.Workflows.Predictions.Data;
using Formcast.Workflows.Predictions.Features;
using Formcast.Workflows.Predictions.Monitoring;
using Formcast.Workflows.Predictions.Protocols;
using Formcast.Workflows.Predictions.Reporting;
using Formcast.Workflows.Predictions.Stacking;
using static Formcast.Workflows.Predictions.Reporting.Cells;

namespace Formcast.Workflows.Predictions.Injury;

/// <summary>
/// The injury-risk evaluation of a monitoring cohort: weekly rows (<see cref="InjuryRows"/>), the model
/// (<see cref="InjuryModelLearner"/> behind a <see cref="PreparedClassifier"/>) against three baselines — the
/// acute:chronic ratio alone, last week's load alone, and no information — on held-out athletes and on later time;
/// then a subgroup audit, explained alerts with out-of-distribution warnings, stacking, drift and accuracy over time,
/// model registration, and optionally an external test set.
/// </summary>
internal sealed class InjuryEvaluation(EvaluationSettings settings, List<ReportedNumber> numbers)
{
    /// <summary>Squad-weeks (the latest ones) whose flags are explained in the report.</summary>
    public const int ExplainedWeeks = 2;

    public const int FlagsExplainedPerWeek = 3;

    private static readonly string[] AcwrColumns = ["acwr_coupled", "acwr_ewma"];

    public IReadOnlyList<ReportSection> Run(Cohort cohort, Cohort? test, ModelRegistry? registry, CancellationToken cancellationToken)
    {
        var rows = InjuryRows.Build(cohort);
        var data = rows.Data;
        var sections = new List<ReportSection> { Overview(rows) };
        if (data.Classes().Length < 2)
        {
            sections[0] = sections[0] with { Findings = [.. sections[0].Findings, "No injury onset falls inside a labelled week: there is nothing to predict."] };
            return sections;
        }

        var athletes = cohort.Athletes.Count;
        var heldOut = EvaluationProtocol.HeldOutAthletes(athletes, settings.Folds, balancePositives: true);
        var later = EvaluationProtocol.LaterTime(Math.Min(settings.Folds, 4), InjuryRows.HorizonDays);
        var model = Model();
        var baselines = Baselines(data);
        RiskComparisonResult? heldOutResult = null;
        OutOfFold? heldOutModel = null;
        OutOfFold? laterModel = null;
        foreach (var protocol in new[] { heldOut, later })
        {
            IReadOnlyList<Fold> folds;
            try
            {
                folds = protocol.Split(data);
            }
            catch (ArgumentException e)
            {
                sections.Add(new SectionBuilder("injury." + Slug(protocol.Name), "Injury risk — " + protocol.Name, protocol.Description, numbers)
                    .Finding("This protocol cannot be run on this data: " + e.Message).Build());
                continue;
            }

            var modelOof = OutOfFold.Run(model, data, folds, cancellationToken);
            var scorers = new List<(string, double[])> { ("Formcast model", modelOof.Scores) };
            scorers.AddRange(baselines.Select(b => (b.Name, OutOfFold.Run(b.Learner, data, folds, cancellationToken).Scores)));
            var tested = modelOof.TestedRows;
            var result = RiskComparison.Run(data.Target, Weeks(data), data.Groups!, modelOof.FoldOf, tested, scorers, AlertBudget.DefaultBudgets, settings.Bootstrap);
            var section = new SectionBuilder("injury." + Slug(protocol.Name), "Injury risk — " + protocol.Name, protocol.Description, numbers);
            RiskSectionWriter.Write(section, result);
            FamilyChoice(section, modelOof);
            Ood(section, data, folds, tested, modelOof.Scores);
            sections.Add(section.Build());
            if (protocol == heldOut)
            {
                heldOutResult = result;
                heldOutModel = modelOof;
            }
            else
            {
                laterModel = modelOof;
            }
        }

        if (heldOutModel is not null)
        {
            sections.Add(Audit(rows, heldOut, heldOutModel));
            sections.Add(Alerts(rows, heldOut, heldOutModel));
        }

        sections.Add(new StackedRiskEvaluation(settings, numbers).Run(rows, heldOut, cancellationToken));
        sections.Add(Monitoring(rows, later, laterModel, heldOut, heldOutResult, registry));
        if (test is not null) sections.Add(External(rows, test, cancellationToken));
        return sections;
    }

    /// <summary>The full pipeline as trained in every fold.</summary>
    public ILearner<IClassifier> Model() => new PreparedClassifier(new InjuryModelLearner(ModelFamilies.InjuryClassifiers(settings.Quick), settings.Seed));

    /// <summary>The simple baselines every risk model must beat, for the columns the data have.</summary>
    public static IReadOnlyList<(string Name, ILearner<IClassifier> Learner)> Baselines(Dataset data)
    {
        var list = new List<(string, ILearner<IClassifier>)>();
        var acwr = AcwrColumns.FirstOrDefault(data.FeatureNames.Contains);
        if (acwr is not null) list.Add(("ACWR only", new SingleFeatureClassifier(acwr)));
        if (data.FeatureNames.Contains("load_7d")) list.Add(("previous-week load", new SingleFeatureClassifier("load_7d")));
        list.Add(("no information", new DummyClassifier()));
        return list;
    }

    /// <summary>The squad-week of each row: its prediction Monday's day number.</summary>
    public static int[] Weeks(Dataset data) => [.. data.Time!.Select(t => (int)t)];

    private ReportSection Overview(CohortRows rows)
    {
        var data = rows.Data;
        var positives = (int)data.Target.Sum();
        var section = new SectionBuilder("injury.data", "Injury rows", "weekly rows per athlete; features from the days before each Monday only", numbers);
        section.Table("Rows", ["athletes", "athlete-weeks", "injury weeks", "prevalence", "features"],
            [[Count(rows.Cohort.Athletes.Count), Count(data.Rows), Count(positives), Percent((double)positives / data.Rows), Count(data.Columns)]]);
        section.Table("Athletes", ["athlete", "sex", "age", "sport", "recorded days", "injury onsets", "labelled weeks", "injury weeks"],
            rows.Cohort.Athletes.Select(a =>
            {
                var own = Enumerable.Range(0, data.Rows).Where(r => rows.Keys[r].Athlete == a.Index).ToArray();
                return (IReadOnlyList<string>)[a.Name, CohortAttributes.SexName(a.Sex) ?? "not recorded", a.AgeYears is { } age ? Number(age, 0) : "not recorded",
                    a.Sport ?? "not recorded", Count(a.Days.Count), Count(a.InjuryOnsets.Count), Count(own.Length), Count(own.Count(r => data.Target[r] == 1))];
            }));
        section.Finding("Label: " + rows.Label + ".");
        section.Finding("Features (" + Count(data.Columns) + "): " + string.Join(", ", rows.Features.Select(f => f.Name)) + ".");
        section.Number("rows", "athlete_weeks", data.Rows).Number("rows", "injury_weeks", positives);
        return section.Build();
    }

    private static void FamilyChoice(SectionBuilder section, OutOfFold oof)
    {
        var chosen = oof.Models.Select(m => m is PreparedClassifierModel { Inner: SelectedClassifierModel s } ? s : null).ToArray();
        if (chosen.Any(c => c is null)) return;
        var families = chosen[0]!.Scores.Select(s => s.Family).ToArray();
        section.Table("Model family chosen in each outer fold by group 3-fold cross-validation on that fold's training athletes (inner ROC AUC)",
            ["fold", "chosen", .. families],
            chosen.Select((c, f) => (IReadOnlyList<string>)[Count(f + 1), c!.Family, .. c.Scores.Select(s => Number(s.Auc))]));
    }

    private void Ood(SectionBuilder section, Dataset data, IReadOnlyList<Fold> folds, int[] tested, double[] scores)
    {
        var flags = OodCheck.Run(data, folds, settings.Seed);
        var flagged = tested.Where(r => flags[r] == true).ToArray();
        var inside = tested.Where(r => flags[r] == false).ToArray();
        var share = tested.Length == 0 ? double.NaN : (double)flagged.Length / tested.Length;
        double Auc(int[] rows) => RankingMetrics.RocAuc(rows.Select(r => data.Target[r]).ToArray(), rows.Select(r => scores[r]).ToArray());
        section.Table("Out-of-distribution check (5th-nearest-neighbour distance above the 95th percentile of the training rows' own; about 5 % expected)",
            ["held-out rows", "flagged unlike the training data", "share", "ROC AUC on unflagged rows", "ROC AUC on flagged rows"],
            [[Count(tested.Length), Count(flagged.Length), Percent(share), Number(Auc(inside)), Number(Auc(flagged))]]);
        section.Number("ood", "share_flagged", share);
    }

    private ReportSection Audit(CohortRows rows, EvaluationProtocol protocol, OutOfFold oof)
    {
        var data = rows.Data;
        var tested = oof.TestedRows;
        var section = new SectionBuilder("injury.subgroups", "Injury risk — subgroup audit", protocol.Description, numbers);
        double[] Metrics(int[] r)
        {
            var y = r.Select(i => data.Target[i]).ToArray();
            var p = r.Select(i => oof.Scores[i]).ToArray();
            return [RankingMetrics.RocAuc(y, p), RankingMetrics.AveragePrecision(y, p), ClassificationMetrics.BrierScore(y, p)];
        }

        var audit = SubgroupAudit.Run(CohortAttributes.For(rows.AthleteOf), tested, data.Groups!, data.Target, Metrics, 3, countPositives: true, settings.Bootstrap);
        SubgroupTables.Write(section, audit, ["ROC AUC", "average precision", "Brier score"], "Formcast model", ["roc_auc", "average_precision", "brier"]);
        if (audit.Where(a => a.Attribute == "sex").Count(a => a.Group != "not recorded") == 2)
        {
            var weights = SubgroupAudit.BalancingWeights(data.Rows, r => CohortAttributes.SexName(rows.AthleteOf(r).Sex));
            var weighted = OutOfFold.Run(Model(), Datasets.WithWeights(data, weights), oof.Folds);
            double[] WeightedMetrics(int[] r)
            {
                var y = r.Select(i => data.Target[i]).ToArray();
                var p = r.Select(i => weighted.Scores[i]).ToArray();
                return [RankingMetrics.RocAuc(y, p), RankingMetrics.AveragePrecision(y, p), ClassificationMetrics.BrierScore(y, p)];
            }

            var reweighted = SubgroupAudit.Run([("sex", r => CohortAttributes.SexName(rows.AthleteOf(r).Sex))], tested, data.Groups!, data.Target,
                WeightedMetrics, 3, countPositives: true, settings.Bootstrap);
            section.Table("Re-weighted by sex (each sex carries half the training weight), same folds",
                ["group", "rows", "ROC AUC", "average precision", "Brier score"],
                reweighted.Select(a => (IReadOnlyList<string>)[a.Group, Count(a.Rows), Interval(a.Metrics[0]), Interval(a.Metrics[1]), Interval(a.Metrics[2], 4)]));
        }

        return section.Build();
    }

    private ReportSection Alerts(CohortRows rows, EvaluationProtocol protocol, OutOfFold oof)
    {
        var data = rows.Data;
        var section = new SectionBuilder("injury.alerts", "Injury risk — explained flags of the latest weeks", protocol.Description +
            "; reasons are the features with the largest positive SHAP contributions (percentage points of predicted risk): TreeSHAP when the fold's model is a forest or boosted trees, Kernel SHAP otherwise", numbers);
        var weeks = Weeks(data);
        var tested = oof.TestedRows;
        var latest = tested.Select(r => weeks[r]).Distinct().Order().TakeLast(ExplainedWeeks).ToArray();
        var flags = OodCheck.Run(data, oof.Folds, settings.Seed);
        var shap = new KernelShapOptions { Seed = settings.Seed, Samples = settings.Quick ? 128 : 0 };
        var rng = new Rng(settings.Seed);
        var tableRows = new List<IReadOnlyList<string>>();
        foreach (var week in latest)
        {
            var flagged = tested.Where(r => weeks[r] == week).OrderByDescending(r => oof.Scores[r]).ThenBy(r => r).Take(FlagsExplainedPerWeek);
            foreach (var r in flagged)
            {
                var fold = oof.Folds[oof.FoldOf[r]];
                var background = data.Features.SelectRows(Sample(fold.Train, settings.Quick ? 10 : 30, rng));
                var (reasons, method) = AlertExplainer.Explain((IClassifier)oof.Models[fold.Index], background, data.Features.Row(r), rows.Features, 3, shap);
                var athlete = rows.AthleteOf(r);
                tableRows.Add([
                    rows.Keys[r].Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), athlete.Name, Percent(oof.Scores[r]),
                    data.Target[r] == 1 ? "injury began" : "no injury",
                    flags[r] == true ? "yes: unlike the training athletes, trust less" : "no",
                    method,
                    reasons.Count == 0 ? "no feature raised the risk above the squad average" : string.Join("; ", reasons.Select(x => Invariant($"{x.Sentence} (+{x.Contribution * 100:0.0} pts)"))),
                ]);
            }
        }

        section.Table("Top flags of the latest squad-weeks (held-out predictions)", ["week of", "athlete", "predicted risk", "outcome", "out of distribution", "explained by", "reasons"], tableRows);
        section.Finding("Reasons are SHAP attributions: they say what the model associates with injury in other athletes' weeks, not what causes an injury (Bullock et al. 2024). Read a flag as a prompt to talk to the athlete, not as a diagnosis.");
        return section.Build();
    }

    private ReportSection Monitoring(CohortRows rows, EvaluationProtocol later, OutOfFold? laterModel, EvaluationProtocol heldOut, RiskComparisonResult? heldOutResult,
        ModelRegistry? registry)
    {
        var data = rows.Data;
        var section = new SectionBuilder("injury.monitoring", "Injury risk — accuracy over time, drift and registration", later.Description, numbers);
        if (laterModel is not null)
        {
            var windows = laterModel.Folds.Select(f =>
            {
                var y = f.Test.Select(r => data.Target[r]).ToArray();
                var p = f.Test.Select(r => laterModel.Scores[r]).ToArray();
                var from = DateOnly.FromDayNumber((int)f.Test.Min(r => data.Time![r]));
                var to = DateOnly.FromDayNumber((int)f.Test.Max(r => data.Time![r]));
                return (IReadOnlyList<string>)[Invariant($"{from:yyyy-MM-dd} – {to:yyyy-MM-dd}"), Count(f.Train.Length), Count(y.Length), Count((int)y.Sum()),
                    Number(RankingMetrics.RocAuc(y, p)), Number(ClassificationMetrics.BrierScore(y, p), 4)];
            });
            section.Table("Accuracy over time: each later window scored by a model trained on the weeks before it", ["test window", "training rows", "rows", "injury weeks", "ROC AUC", "Brier score"], windows);
        }

        DriftTable.Write(section, data);

        if (registry is not null && heldOutResult is not null)
        {
            var model = heldOutResult.Scorers[0];
            RegistrationTable.Register(section, registry, rows.Cohort.Name + "-injury-risk", Model().Fit(data), data, heldOut.Description,
            [
                new("roc_auc", model.RocAuc.Estimate, model.RocAuc.Lower, model.RocAuc.Upper),
                new("average_precision", model.AveragePrecision.Estimate, model.AveragePrecision.Lower, model.AveragePrecision.Upper),
                new("brier", model.Brier.Estimate, model.Brier.Lower, model.Brier.Upper),
            ]);
        }

        return section.Build();
    }

    private ReportSection External(CohortRows rows, Cohort test, CancellationToken cancellationToken)
    {
        var data = rows.Data;
        var testRows = InjuryRows.Build(test, [.. data.FeatureNames]);
        var protocol = Invariant($"external validation: trained on all {data.Rows} rows of {rows.Cohort.Source}, scored on {testRows.Data.Rows} rows of {test.Source} ({test.Athletes.Count} athletes)");
        var section = new SectionBuilder("injury.external", "Injury risk — external test set", protocol, numbers);
        if (testRows.Data.Rows < 2 || testRows.Data.Classes().Length < 2)
            return section.Finding("The test set has no labelled injury week and no healthy one both: ROC AUC is undefined there.").Build();
        var scorers = new List<(string, double[])> { ("Formcast model", OutOfFold.Score(Model().Fit(data), testRows.Data.Features)) };
        foreach (var (name, learner) in Baselines(data))
        {
            cancellationToken.ThrowIfCancellationRequested();
            scorers.Add((name, OutOfFold.Score(learner.Fit(data), testRows.Data.Features)));
        }

        var tested = Enumerable.Range(0, testRows.Data.Rows).ToArray();
        var result = RiskComparison.Run(testRows.Data.Target, Weeks(testRows.Data), testRows.Data.Groups!, new int[testRows.Data.Rows], tested, scorers, AlertBudget.DefaultBudgets, settings.Bootstrap);
        RiskSectionWriter.Write(section, result);
        return section.Build();
    }

    private static int[] Sample(int[] rows, int count, Rng rng)
    {
        if (rows.Length <= count) return rows;
        var order = rng.Permutation(rows.Length);
        return [.. order.Take(count).Select(i => rows[i]).Order()];
    }

    internal static string Slug(string name) => name.Replace(' ', '-');
}
