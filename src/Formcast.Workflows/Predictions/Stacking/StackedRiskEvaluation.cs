using Formcast.Learning;
using Formcast.Learning.Ensembles;
using Formcast.Learning.Evaluation;
using Formcast.Workflows.Predictions.Features;
using Formcast.Workflows.Predictions.Injury;
using Formcast.Workflows.Predictions.Protocols;
using Formcast.Workflows.Predictions.Reporting;
using static Formcast.Workflows.Predictions.Reporting.Cells;

namespace Formcast.Workflows.Predictions.Stacking;

/// <summary>
/// Stacked injury risk (Wolpert 1992; <see cref="StackingClassifier"/>): one base model per input source — training
/// load and injury history, wellness and sleep, the athlete's profile, the twin's fatigue term — and a meta-model on
/// their out-of-fold probabilities. When a source is missing for a row (no sleep data, a new athlete without a profile)
/// its base answers NaN and the meta-model fitted without that base takes over. The evaluation removes each source in
/// turn from the held-out rows and compares the stack with the single model given the same gap (which can only fill
/// the missing values with training medians), on the same folds.
/// </summary>
internal sealed class StackedRiskEvaluation(EvaluationSettings settings, List<ReportedNumber> numbers)
{
    public const int StackingFolds = 3;

    private static readonly string[] ProfileColumns = ["age_years", "sex_male", "fitness", "load_28d", "prior_injuries", "days_since_injury"];

    public ReportSection Run(CohortRows rows, EvaluationProtocol protocol, CancellationToken cancellationToken)
    {
        var data = rows.Data;
        var section = new SectionBuilder("injury.stacking", "Injury risk — stacking and missing inputs", protocol.Description +
            Invariant($"; the stack's meta-model learns from group {StackingFolds}-fold out-of-fold base probabilities inside each training fold"), numbers);
        var sources = Sources(rows);
        if (sources.Count < 2) return section.Finding("Fewer than two input sources in this dataset: nothing to stack.").Build();

        var bases = sources.Select(s => (ILearner<IClassifier>)new ColumnSubsetClassifier(s.Name, s.Columns, s.Learner)).ToArray();
        var stack = new StackingClassifier(bases, ModelFamilies.StackingMeta(settings.Seed), new StackingOptions { Splitter = new GroupKFold(StackingFolds), Seed = settings.Seed });
        var single = new InjuryEvaluation(settings, []).Model();
        var folds = protocol.Split(data);
        var scenarios = new List<(string Name, Func<int, bool> Drops)> { ("all inputs", _ => false) };
        scenarios.AddRange(sources.Select(s => ("without " + s.Name, (Func<int, bool>)(c => s.Columns.Contains(c)))));
        var stacked = scenarios.Select(_ => Nan(data.Rows)).ToArray();
        var monolithic = scenarios.Select(_ => Nan(data.Rows)).ToArray();
        foreach (var fold in folds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var train = data.Subset(fold.Train);
            IModel[] models = [stack.Fit(train), single.Fit(train)];
            for (var s = 0; s < scenarios.Count; s++)
            {
                var test = data.Features.SelectRows(fold.Test);
                for (var r = 0; r < test.Rows; r++)
                {
                    for (var c = 0; c < test.Columns; c++)
                    {
                        if (scenarios[s].Drops(c)) test[r, c] = double.NaN;
                    }
                }

                var a = OutOfFold.Score(models[0], test);
                var b = OutOfFold.Score(models[1], test);
                for (var i = 0; i < fold.Test.Length; i++)
                {
                    stacked[s][fold.Test[i]] = a[i];
                    monolithic[s][fold.Test[i]] = b[i];
                }
            }
        }

        var tested = folds.SelectMany(f => f.Test).Order().ToArray();
        var scorers = scenarios.SelectMany((sc, s) => new[] { ("stack, " + sc.Name, stacked[s]), ("single model, " + sc.Name, monolithic[s]) }).ToArray();
        var foldOf = new int[data.Rows];
        foreach (var f in folds)
        {
            foreach (var r in f.Test) foldOf[r] = f.Index;
        }

        var result = RiskComparison.Run(data.Target, InjuryEvaluation.Weeks(data), data.Groups!, foldOf, tested, scorers, [], settings.Bootstrap);
        section.Table("Input sources of the stack", ["source", "columns", "base model"],
            sources.Select(s => (IReadOnlyList<string>)[s.Name, string.Join(", ", s.Columns.Select(c => data.FeatureNames[c])), s.Description]));
        section.Table("Held-out ROC AUC and Brier score when an input is missing for every test row (95 % cluster-bootstrap intervals)",
            ["inputs", "stack ROC AUC", "single model ROC AUC", "stack Brier", "single model Brier"],
            scenarios.Select((sc, s) => (IReadOnlyList<string>)[sc.Name, Interval(result.Scorers[2 * s].RocAuc), Interval(result.Scorers[(2 * s) + 1].RocAuc),
                Interval(result.Scorers[2 * s].Brier, 4), Interval(result.Scorers[(2 * s) + 1].Brier, 4)]));
        foreach (var scorer in result.Scorers) section.Number(scorer.Name, "roc_auc", scorer.RocAuc).Number(scorer.Name, "brier", scorer.Brier);
        var full = result.Scorers[0].RocAuc.Estimate;
        var worst = scenarios.Skip(1).Select((sc, s) => (sc.Name, Auc: result.Scorers[2 * (s + 1)].RocAuc.Estimate)).MinBy(x => x.Auc);
        section.Finding(Invariant($"The stack scores ROC AUC {full:0.000} with every input; its lowest with one source missing is {worst.Auc:0.000} ({worst.Name}). ") +
            "A missing source costs the stack only what that source knew, because the meta-model fitted without it answers instead; the single model must fill the gap with training medians.");
        return section.Build();
    }

    /// <summary>The input sources the rows have columns for.</summary>
    private List<(string Name, int[] Columns, ILearner<IClassifier> Learner, string Description)> Sources(CohortRows rows)
    {
        var names = rows.Data.FeatureNames;
        int[] Columns(Func<FeatureInfo, bool> keep) => [.. rows.Features.Select((f, i) => (f, i)).Where(p => keep(p.f)).Select(p => p.i)];
        var families = ModelFamilies.InjuryClassifiers(settings.Quick);
        var sources = new List<(string, int[], ILearner<IClassifier>, string)>();
        var load = Columns(f => f.Group is "load" or "injury history");
        if (load.Length > 0) sources.Add(("training load", load, new PreparedClassifier(new InjuryModelLearner(families, settings.Seed)), "the injury model on load and injury-history columns"));
        var wellness = Columns(f => f.Group is "wellness" or "sleep");
        if (wellness.Length > 0) sources.Add(("wellness and sleep", wellness, new PreparedClassifier(new InjuryModelLearner(families, settings.Seed)), "the injury model on wellness and sleep columns"));
        var profile = Columns(f => ProfileColumns.Contains(f.Name));
        if (profile.Length > 0) sources.Add(("profile", profile, ModelFamilies.ProfileRisk(settings.Seed), "injury rate of the athlete's profile cluster"));
        var twin = names.ToList().IndexOf("twin_fatigue_self") is var t and >= 0 ? t : names.ToList().IndexOf("twin_fatigue");
        if (twin >= 0) sources.Add(("twin fatigue", [twin], new SingleFeatureClassifier(names[twin]), "the twin's fatigue term against the athlete's own history, Platt-scaled"));
        return sources;
    }

    private static double[] Nan(int n)
    {
        var a = new double[n];
        Array.Fill(a, double.NaN);
        return a;
    }
}
