using Formcast.Learning;
using Formcast.Learning.Baselines;
using Formcast.Learning.Evaluation;
using Formcast.Workflows.Predictions.Data;
using Formcast.Workflows.Predictions.Monitoring;
using Formcast.Workflows.Predictions.Protocols;
using Formcast.Workflows.Predictions.Reporting;
using static Formcast.Workflows.Predictions.Reporting.Cells;

namespace Formcast.Workflows.Predictions.Performance;

/// <summary>
/// Test outcomes after a training intervention, predicted from the tests before it: the models learn the change
/// (after − before) from the baseline tests and the intervention group, and are compared with "no change" and with
/// the mean change of the training participants (the no-information model of the change) — on held-out participants,
/// leaving one out at a time (these studies have 20–25 people). Errors are on the outcome's own scale.
/// </summary>
internal sealed class InterventionEvaluation(EvaluationSettings settings, List<ReportedNumber> numbers)
{
    /// <summary>Where the final models are registered with their held-out metrics; null registers nothing.</summary>
    public ModelRegistry? Registry { get; init; }

    private const string Model = "Formcast model";

    private static readonly string[] Baselines = ["no change", "mean change"];

    public IReadOnlyList<ReportSection> Run(IReadOnlyList<InterventionStudy> studies, IReadOnlyList<InterventionStudy>? test, CancellationToken cancellationToken)
    {
        var sections = new List<ReportSection>();
        foreach (var study in studies)
        {
            foreach (var outcome in study.Outcomes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var external = test?.FirstOrDefault(s => s.Name == study.Name);
                if (test is not null && external is null) continue;
                if (Build(study, outcome, null) is not { } built || built.Data.Rows < 6) continue;
                sections.Add(external is null ? HeldOut(study, outcome, built) : External(study, outcome, built, external));
            }
        }

        return sections;
    }

    /// <summary>Rows of the participants with the outcome before and after; features are the predictors before the
    /// intervention and one indicator per group (groups in sorted order; the first is the reference).</summary>
    internal static (Dataset Data, double[] Before, string[] Participants, IReadOnlyList<string> Groups)? Build(InterventionStudy study, InterventionOutcome outcome,
        IReadOnlyList<string>? groups)
    {
        var participants = study.Participants.Where(p => p.Pre.ContainsKey(outcome.Column) && p.Post.ContainsKey(outcome.Column)).ToArray();
        if (participants.Length == 0) return null;
        groups ??= [.. study.Participants.Select(p => p.Group).Distinct().Order(StringComparer.Ordinal)];
        var names = study.Predictors.Select(p => "pre_" + p).Concat(groups.Skip(1).Select(g => "group_" + g)).ToArray();
        var features = new Matrix(participants.Length, names.Length);
        var before = new double[participants.Length];
        var change = new double[participants.Length];
        for (var i = 0; i < participants.Length; i++)
        {
            var p = participants[i];
            var row = features.Row(i);
            for (var j = 0; j < study.Predictors.Count; j++) row[j] = p.Pre.TryGetValue(study.Predictors[j], out var v) ? v : double.NaN;
            for (var g = 1; g < groups.Count; g++) row[study.Predictors.Count + g - 1] = p.Group == groups[g] ? 1 : 0;
            before[i] = p.Pre[outcome.Column];
            change[i] = p.Post[outcome.Column] - before[i];
        }

        var data = new Dataset(features, change, names, [.. Enumerable.Range(0, participants.Length)]);
        return (data, before, [.. participants.Select(p => p.Id)], groups);
    }

    private ReportSection HeldOut(InterventionStudy study, InterventionOutcome outcome, (Dataset Data, double[] Before, string[] Participants, IReadOnlyList<string> Groups) built)
    {
        var (data, before, _, groups) = built;
        var protocol = Invariant($"held-out participants: leave one out over {data.Rows} participants (each predicted by models fitted on the others); bootstrap over participants");
        var section = new SectionBuilder(Invariant($"performance.{study.Name}.{outcome.Column}"), Invariant($"{outcome.Label} after the intervention — {study.Name}"), protocol, numbers);
        var folds = new LeaveOneGroupOut().Split(data);
        var after = Enumerable.Range(0, data.Rows).Select(i => before[i] + data.Target[i]).ToArray();
        var methods = new List<(string, double[])>();
        var model = OutOfFold.Run(new PreparedRegressor(new SelectingRegressor(ModelFamilies.Regressors(settings.Quick), settings.Seed)), data, folds);
        methods.Add((Model, Add(before, model.Scores)));
        var families = ModelFamilies.Regressors(settings.Quick);
        if (families.Count > 1)
        {
            foreach (var f in families) methods.Add((f.Name, Add(before, OutOfFold.Run(new PreparedRegressor(f.Regressor!(settings.Seed)), data, folds).Scores)));
        }

        methods.Add(("no change", before));
        methods.Add(("mean change", Add(before, OutOfFold.Run(new DummyRegressor(), data, folds).Scores)));
        section.Table("Study", ["participants", "groups", "intervention", "source"],
            [[Count(data.Rows), string.Join(", ", groups), study.Intervention, study.Citation]]);
        RegressionComparison.Write(section, methods, Baselines, after, [.. Enumerable.Range(0, data.Rows)], null, settings.Bootstrap, outcome.Unit);
        section.Finding(Invariant($"Mean change {data.Target.Average():0.##} {outcome.Unit} (SD {StandardDeviation(data.Target):0.##}); with {data.Rows} participants the intervals are wide and a model that fits the change beyond its mean is rare."));
        if (Registry is not null)
        {
            var learner = new PreparedRegressor(new SelectingRegressor(families, settings.Seed));
            RegistrationTable.Register(section, Registry, Invariant($"{study.Name}-{outcome.Column}-change"), learner.Fit(data), data, protocol, RegistrationTable.Metrics(section, Model));
        }

        return section.Build();
    }

    private ReportSection External(InterventionStudy study, InterventionOutcome outcome, (Dataset Data, double[] Before, string[] Participants, IReadOnlyList<string> Groups) built,
        InterventionStudy test)
    {
        var section = new SectionBuilder(Invariant($"performance.{study.Name}.{outcome.Column}.external"), Invariant($"{outcome.Label} after the intervention — {study.Name} (external test set)"),
            Invariant($"external validation: trained on all {built.Data.Rows} participants of the data, scored on the test file's participants"), numbers);
        if (Build(test, outcome, built.Groups) is not { } t || t.Data.Rows < 2) return section.Finding("The test file has fewer than two participants with this outcome before and after.").Build();
        var after = Enumerable.Range(0, t.Data.Rows).Select(i => t.Before[i] + t.Data.Target[i]).ToArray();
        var learner = new PreparedRegressor(new SelectingRegressor(ModelFamilies.Regressors(settings.Quick), settings.Seed));
        var methods = new List<(string, double[])>
        {
            (Model, Add(t.Before, OutOfFold.Score(learner.Fit(built.Data), t.Data.Features))),
            ("no change", t.Before),
            ("mean change", Add(t.Before, OutOfFold.Score(new DummyRegressor().Fit(built.Data), t.Data.Features))),
        };
        RegressionComparison.Write(section, methods, Baselines, after, [.. Enumerable.Range(0, t.Data.Rows)], null, settings.Bootstrap, outcome.Unit);
        return section.Build();
    }

    private static double[] Add(double[] before, double[] change) => [.. before.Select((b, i) => b + change[i])];

    private static double StandardDeviation(double[] values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, values.Length - 1));
    }
}
