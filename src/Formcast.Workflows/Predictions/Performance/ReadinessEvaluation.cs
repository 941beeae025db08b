using Formcast.Learning;
using Formcast.Learning.Baselines;
using Formcast.Learning.Evaluation;
using Formcast.Workflows.Predictions.Data;
using Formcast.Workflows.Predictions.Features;
using Formcast.Workflows.Predictions.Monitoring;
using Formcast.Workflows.Predictions.Protocols;
using Formcast.Workflows.Predictions.Reporting;
using static Formcast.Workflows.Predictions.Reporting.Cells;

namespace Formcast.Workflows.Predictions.Performance;

/// <summary>
/// Next-day readiness (the 0–10 answer) from the previous days: the Formcast model (family chosen by nested
/// cross-validation) and each family against carrying yesterday's answer forward, the athlete's 7-day mean, and the
/// population mean — on held-out athletes and on later time; then the population + individual layer
/// (<see cref="IndividualLayer"/>) by weeks of history, and a subgroup audit.
/// </summary>
internal sealed class ReadinessEvaluation(EvaluationSettings settings, List<ReportedNumber> numbers)
{
    /// <summary>Where the final models are registered with their held-out metrics; null registers nothing.</summary>
    public ModelRegistry? Registry { get; init; }

    private const string Model = "Formcast model";

    public IReadOnlyList<ReportSection> Run(Cohort cohort, Cohort? test, CancellationToken cancellationToken)
    {
        var rows = ReadinessRows.Build(cohort);
        var data = rows.Data;
        var sections = new List<ReportSection>();
        var overview = new SectionBuilder("readiness.data", "Readiness rows", "one row per answered morning; features from the days before only", numbers);
        overview.Table("Rows", ["athletes", "answered mornings", "mean answer", "features"],
            [[Count(cohort.Athletes.Count), Count(data.Rows), Number(data.Target.Average(), 2), Count(data.Columns)]]);
        overview.Finding("Target: " + rows.Label + ".");
        sections.Add(overview.Build());
        if (data.Rows < 4 * settings.Folds) return sections;

        var heldOut = EvaluationProtocol.HeldOutAthletes(cohort.Athletes.Count, settings.Folds);
        var later = EvaluationProtocol.LaterTime(Math.Min(settings.Folds, 4), 1);
        if (test is not null)
        {
            sections.Add(External(rows, test));
            return sections;
        }

        foreach (var protocol in new[] { heldOut, later })
        {
            var folds = protocol.Split(data);
            var section = new SectionBuilder("readiness." + Injury.InjuryEvaluation.Slug(protocol.Name), "Readiness — " + protocol.Name, protocol.Description, numbers);
            var methods = new List<(string, double[])>();
            var model = OutOfFold.Run(Pipeline(), data, folds, cancellationToken);
            methods.Add((Model, model.Scores));
            var families = ModelFamilies.Regressors(settings.Quick);
            if (families.Count > 1)
            {
                foreach (var f in families) methods.Add((f.Name, OutOfFold.Run(new PreparedRegressor(f.Regressor!(settings.Seed)), data, folds, cancellationToken).Scores));
            }

            foreach (var (name, learner) in Baselines()) methods.Add((name, OutOfFold.Run(learner, data, folds, cancellationToken).Scores));
            var tested = model.TestedRows;
            RegressionComparison.Write(section, methods, [.. Baselines().Select(b => b.Name)], data.Target, tested, data.Groups, settings.Bootstrap, "readiness points, 0–10 scale");
            if (protocol == later) DriftTable.Write(section, data);
            if (protocol == heldOut && Registry is not null)
                RegistrationTable.Register(section, Registry, cohort.Name + "-readiness", Pipeline().Fit(data), data, protocol.Description, RegistrationTable.Metrics(section, Model));
            sections.Add(section.Build());
            if (protocol == heldOut)
            {
                sections.Add(PopulationIndividual(rows, heldOut, folds, model, cancellationToken));
                sections.Add(Audit(rows, heldOut, model));
            }
        }

        return sections;
    }

    private PreparedRegressor Pipeline() => new PreparedRegressor(new SelectingRegressor(ModelFamilies.Regressors(settings.Quick), settings.Seed));

    private static IReadOnlyList<(string Name, ILearner<IRegressor> Learner)> Baselines() =>
    [
        ("yesterday's answer", new CarryForwardRegressor("readiness_answer_lag1", "self_readiness_7d")),
        ("athlete's 7-day mean", new CarryForwardRegressor("self_readiness_7d", "readiness_answer_lag1")),
        ("population mean", new DummyRegressor()),
    ];

    /// <summary>
    /// The population model serves each held-out athlete from day one; the individual layer adds the athlete's shrunken
    /// mean residual over their earlier days. κ is estimated in each fold from the training athletes' own out-of-fold
    /// residuals (group 3-fold), never from the test athlete.
    /// </summary>
    private ReportSection PopulationIndividual(CohortRows rows, EvaluationProtocol protocol, IReadOnlyList<Fold> folds, OutOfFold population, CancellationToken cancellationToken)
    {
        var data = rows.Data;
        var section = new SectionBuilder("readiness.individual", "Readiness — population + individual layer", protocol.Description +
            "; the individual layer uses only the held-out athlete's answers from days before each prediction", numbers);
        var individual = (double[])population.Scores.Clone();
        var kappas = new List<double>();
        foreach (var fold in folds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var train = data.Subset(fold.Train);
            var groups = train.Groups!.Distinct().Count();
            var inner = OutOfFold.Run(Pipeline(), train, new EvaluationProtocol("inner", new GroupKFold(Math.Min(3, groups)), "inner"), cancellationToken);
            var kappa = IndividualLayer.Shrinkage(inner.TestedRows.Select(r => (train.Groups![r], train.Target[r] - inner.Scores[r])));
            kappas.Add(kappa);
            var applied = IndividualLayer.Apply(fold.Test, data.Groups!, data.Time!, data.Target, population.Scores, kappa);
            foreach (var r in fold.Test) individual[r] = applied[r];
        }

        var first = rows.Cohort.Athletes.ToDictionary(a => a.Index, a => a.FirstDay.DayNumber);
        var weeks = Enumerable.Range(0, data.Rows).Select(r => Math.Max(1, (int)Math.Ceiling((data.Time![r] - first[data.Groups![r]]) / 7.0))).ToArray();
        var tested = population.TestedRows;
        var table = new List<IReadOnlyList<string>>();
        foreach (var band in new[] { "1-4", "5-12", "13+" })
        {
            var inBand = tested.Where(r => IndividualLayer.Band(weeks[r]) == band).ToArray();
            if (inBand.Length < 2) continue;
            double[] Statistics(int[] sample)
            {
                var rs = sample.Select(i => inBand[i]).ToArray();
                var pop = rs.Average(r => Math.Abs(data.Target[r] - population.Scores[r]));
                var ind = rs.Average(r => Math.Abs(data.Target[r] - individual[r]));
                return [pop, ind, pop - ind];
            }

            var athletes = inBand.Select(r => data.Groups![r]).Distinct().Count();
            var ci = Bootstrap.Intervals(inBand.Length, Statistics, 3, athletes >= 2 ? [.. inBand.Select(r => data.Groups![r])] : null, settings.Bootstrap);
            table.Add([band, Count(inBand.Length), Count(athletes), Interval(ci[0], 2), Interval(ci[1], 2), Interval(ci[2], 2)]);
            section.Number("weeks " + band, "mae_population", ci[0]).Number("weeks " + band, "mae_individual", ci[1]).Number("weeks " + band, "mae_gain", ci[2]);
        }

        section.Table("MAE by weeks of the athlete's history before the prediction day (gain = population MAE − population + individual MAE; 95 % cluster-bootstrap intervals)",
            ["weeks of history", "rows", "athletes", "population MAE", "population + individual MAE", "gain"], table);
        section.Finding(Invariant($"Shrinkage κ = σ²within / σ²between per fold: {string.Join(", ", kappas.Select(k => k >= IndividualLayer.NoBetweenAthleteVariance ? "∞" : Number(k, 1)))} (days of an athlete's own data that weigh as much as the population's view)."));
        return section.Build();
    }

    private ReportSection Audit(CohortRows rows, EvaluationProtocol protocol, OutOfFold model)
    {
        var data = rows.Data;
        var section = new SectionBuilder("readiness.subgroups", "Readiness — subgroup audit", protocol.Description, numbers);
        double[] Metrics(int[] r)
        {
            var y = r.Select(i => data.Target[i]).ToArray();
            var p = r.Select(i => model.Scores[i]).ToArray();
            return [RegressionMetrics.MeanAbsoluteError(y, p), RegressionMetrics.MeanSquaredError(y, p)];
        }

        var audit = SubgroupAudit.Run(CohortAttributes.For(rows.AthleteOf), model.TestedRows, data.Groups!, data.Target, Metrics, 2, countPositives: false, settings.Bootstrap);
        SubgroupTables.Write(section, audit, ["MAE", "MSE"], Model, ["mae", "mse"], positives: false, decimals: 2);
        return section.Build();
    }

    private ReportSection External(CohortRows rows, Cohort test)
    {
        var data = rows.Data;
        var testRows = ReadinessRows.Build(test, [.. data.FeatureNames]);
        var protocol = Invariant($"external validation: trained on all {data.Rows} rows of {rows.Cohort.Source}, scored on {testRows.Data.Rows} rows of {test.Source}");
        var section = new SectionBuilder("readiness.external", "Readiness — external test set", protocol, numbers);
        if (testRows.Data.Rows < 2) return section.Finding("The test set has fewer than two answered mornings.").Build();
        var methods = new List<(string, double[])> { (Model, OutOfFold.Score(Pipeline().Fit(data), testRows.Data.Features)) };
        methods.AddRange(Baselines().Select(b => (b.Name, OutOfFold.Score(b.Learner.Fit(data), testRows.Data.Features))));
        RegressionComparison.Write(section, methods, [.. Baselines().Select(b => b.Name)], testRows.Data.Target, [.. Enumerable.Range(0, testRows.Data.Rows)], testRows.Data.Groups,
            settings.Bootstrap, "readiness points, 0–10 scale");
        return section.Build();
    }
}
