using Formcast.Core;
using Formcast.Learning;
using Formcast.Learning.Evaluation;
using Formcast.Workflows.Predictions.Data;
using Formcast.Workflows.Predictions.Monitoring;
using Formcast.Workflows.Predictions.Protocols;
using Formcast.Workflows.Predictions.Reporting;
using static Formcast.Workflows.Predictions.Reporting.Cells;

namespace Formcast.Workflows.Predictions.Race;

/// <summary>
/// Race-time prediction on held-out runners: for each <see cref="RaceTask"/>, the Formcast model (family chosen by
/// nested cross-validation) and each family alone against Riegel (T₂ = T₁·(D₂/D₁)^1.06), Cameron and Daniels–Gilbert
/// VDOT carried from the longest prior best — mean squared and absolute error in minutes, mean error (bias), and the
/// MSE ratio to Riegel, each with a bootstrap interval over runners — plus 80 % prediction intervals and their
/// measured coverage. Vickers &amp; Vertosick (2016, BMC Sports Sci Med Rehabil 8:29) found a marathon MSE of 381 for
/// Riegel against 208 for their regression with two prior races (ratio 0.55) on their own survey data.
/// </summary>
internal sealed class RaceEvaluation(EvaluationSettings settings, List<ReportedNumber> numbers)
{
    /// <summary>Where the final models are registered with their held-out metrics; null registers nothing.</summary>
    public ModelRegistry? Registry { get; init; }

    /// <summary>Nominal coverage of the prediction intervals.</summary>
    public const double IntervalCoverage = 0.8;

    private const string QuantileBoosting = "quantile boosting";

    private const string ConformalisedQuantileBoosting = "conformalised quantile boosting";

    private const string ConformalisedQuantileTitle = "80 % prediction intervals from conformalised quantile boosting (the quantile-boosting bounds widened by the 80 % quantile of their out-of-fold misses on each fold's training runners; Romano et al. 2019)";

    private const string ConformalTitle = "80 % prediction intervals of the Formcast model (cross-conformal: out-of-fold residual quantile of each fold's training runners, on the log scale)";

    private const string QuantileTitle = "80 % prediction intervals from quantile boosting (10th and 90th percentile of the log-ratio to Riegel, pinball loss, fitted on each fold's training runners)";

    private const string Model = "Formcast model";

    public IReadOnlyList<ReportSection> Run(IReadOnlyList<RaceRunner> runners, IReadOnlyList<RaceRunner>? test, string source, CancellationToken cancellationToken)
    {
        var sections = new List<ReportSection> { Overview(runners, source) };
        foreach (var task in RaceTask.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var eligible = task.Eligible(runners);
            if (eligible.Length < 2 * settings.Folds) continue;
            sections.Add(test is null ? HeldOut(task, eligible, cancellationToken) : External(task, eligible, task.Eligible(test), cancellationToken));
        }

        return sections;
    }

    private ReportSection Overview(IReadOnlyList<RaceRunner> runners, string source)
    {
        var section = new SectionBuilder("race.data", "Race-time data", "personal bests as listed, one row per runner", numbers);
        section.Table("Runners", ["runners", "women", "men", "median age", .. RaceTask.All.Select(t => t.Title)],
            [[Count(runners.Count), Count(runners.Count(r => r.Sex == Sex.Female)), Count(runners.Count(r => r.Sex == Sex.Male)),
                Number(Median(runners.Select(r => r.AgeYears)), 0), .. RaceTask.All.Select(t => Count(t.Eligible(runners).Length))]]);
        section.Finding("Source: " + source + ". Bests carry no dates, so a \"prior\" best may have been set after the marathon best; the age is the age when the list was scraped, not at the race.");
        return section.Build();
    }

    private ReportSection HeldOut(RaceTask task, RaceRunner[] runners, CancellationToken cancellationToken)
    {
        var data = task.Build(runners);
        var folds = Math.Min(settings.Quick ? 5 : 10, runners.Length / 2);
        var splitter = new KFold(folds, shuffle: true, settings.Seed);
        var protocol = Invariant($"held-out runners: {folds}-fold cross-validation over {runners.Length} runners, shuffled with seed {settings.Seed}; every runner predicted by models that never saw them; formulas from the {RaceTask.DistanceName(task.PriorMeters[0])} best");
        var section = new SectionBuilder("race." + task.Id, task.Title, protocol, numbers);
        var split = splitter.Split(Datasets.WithoutGroups(data));
        var families = ModelFamilies.Regressors(settings.Quick);
        var model = OutOfFold.Run(new PreparedRegressor(new SelectingRegressor(families, settings.Seed)), data, split, cancellationToken);
        var methods = Formulas(task, runners);
        methods.Insert(0, (Model, Seconds(task, runners, model.Scores)));
        if (families.Count > 1)
        {
            foreach (var family in families)
                methods.Add((family.Name, Seconds(task, runners, OutOfFold.Run(new PreparedRegressor(family.Regressor!(settings.Seed)), data, split, cancellationToken).Scores)));
        }

        var actual = runners.Select(r => r.Best(task.TargetMeters)).ToArray();
        WriteErrors(section, methods, actual, null);

        var (lower, upper) = Intervals(task, runners, data, split, model, cancellationToken);
        WriteIntervals(section, actual, lower, upper, Model, ConformalTitle);
        var (quantileLower, quantileUpper) = QuantileIntervals(task, runners, data, split, conformalise: false, cancellationToken);
        WriteIntervals(section, actual, quantileLower, quantileUpper, QuantileBoosting, QuantileTitle);
        var (cqrLower, cqrUpper) = QuantileIntervals(task, runners, data, split, conformalise: true, cancellationToken);
        WriteIntervals(section, actual, cqrLower, cqrUpper, ConformalisedQuantileBoosting, ConformalisedQuantileTitle);
        FamilyChoice(section, model);
        Audit(section, runners, actual, methods[0].Seconds, methods[1].Seconds);
        if (Registry is not null)
        {
            var learner = new PreparedRegressor(new SelectingRegressor(families, settings.Seed));
            RegistrationTable.Register(section, Registry, "race-" + task.Id, learner.Fit(data), data, protocol, RegistrationTable.Metrics(section, Model));
        }
        return section.Build();
    }

    private ReportSection External(RaceTask task, RaceRunner[] runners, RaceRunner[] test, CancellationToken cancellationToken)
    {
        var protocol = Invariant($"external validation: trained on all {runners.Length} runners of the data, scored on {test.Length} runners of the test file; formulas from the {RaceTask.DistanceName(task.PriorMeters[0])} best");
        var section = new SectionBuilder("race." + task.Id + ".external", task.Title + " (external test set)", protocol, numbers);
        if (test.Length < 2) return section.Finding("The test file has fewer than two runners with these bests.").Build();
        var data = task.Build(runners);
        var testData = task.Build(test);
        var learner = new PreparedRegressor(new SelectingRegressor(ModelFamilies.Regressors(settings.Quick), settings.Seed));
        var fitted = learner.Fit(data);
        var methods = Formulas(task, test);
        methods.Insert(0, (Model, Seconds(task, test, OutOfFold.Score(fitted, testData.Features))));
        var actual = test.Select(r => r.Best(task.TargetMeters)).ToArray();
        WriteErrors(section, methods, actual, null);
        cancellationToken.ThrowIfCancellationRequested();
        var q = CrossConformal.HalfWidth(learner, data, IntervalCoverage, 5, settings.Seed);
        var centre = methods[0].Seconds;
        WriteIntervals(section, actual, [.. centre.Select(c => c * Math.Exp(-q))], [.. centre.Select(c => c * Math.Exp(q))], Model, ConformalTitle);
        var intervalLearner = new GradientBoostingIntervalRegressor(ModelFamilies.BoostingRegressionOptions(settings.Quick, settings.Seed), IntervalCoverage);
        var quantiles = intervalLearner.Fit(data);
        var bounds = Enumerable.Range(0, test.Length).Select(r => quantiles.PredictInterval(testData.Features.Row(r))).ToArray();
        var correction = CrossConformal.QuantileCorrection(intervalLearner, data, IntervalCoverage, 5, settings.Seed);
        foreach (var (shift, subject, title) in new[] { (0.0, QuantileBoosting, QuantileTitle), (correction, ConformalisedQuantileBoosting, ConformalisedQuantileTitle) })
        {
            WriteIntervals(section, actual, [.. test.Select((t, r) => task.Riegel(t) * Math.Exp(bounds[r].Lower - shift))],
                [.. test.Select((t, r) => task.Riegel(t) * Math.Exp(bounds[r].Upper + shift))], subject, title);
        }
        return section.Build();
    }

    private static List<(string Name, double[] Seconds)> Formulas(RaceTask task, RaceRunner[] runners) =>
    [
        ("Riegel", [.. runners.Select(task.Riegel)]),
        ("Cameron", [.. runners.Select(task.Cameron)]),
        ("VDOT (Daniels–Gilbert)", [.. runners.Select(task.Vdot)]),
    ];

    private static double[] Seconds(RaceTask task, RaceRunner[] runners, double[] logRatio) =>
        [.. runners.Select((r, i) => task.Riegel(r) * Math.Exp(logRatio[i]))];

    /// <summary>MSE, MAE, bias and the MSE ratio to Riegel (the second method) with bootstrap intervals over runners.</summary>
    private void WriteErrors(SectionBuilder section, List<(string Name, double[] Seconds)> methods, double[] actual, int[]? clusters)
    {
        var riegel = methods.FindIndex(m => m.Name == "Riegel");
        const int per = 4;
        double[] Statistics(int[] rows)
        {
            var result = new double[methods.Count * per];
            var riegelMse = Mse(methods[riegel].Seconds, rows);
            for (var m = 0; m < methods.Count; m++)
            {
                var p = methods[m].Seconds;
                double sq = 0, abs = 0, bias = 0;
                foreach (var r in rows)
                {
                    var e = (p[r] - actual[r]) / 60;
                    sq += e * e;
                    abs += Math.Abs(e);
                    bias += e;
                }

                result[m * per] = sq / rows.Length;
                result[(m * per) + 1] = abs / rows.Length;
                result[(m * per) + 2] = bias / rows.Length;
                result[(m * per) + 3] = sq / rows.Length / riegelMse;
            }

            return result;
        }

        double Mse(double[] p, int[] rows) => rows.Sum(r => ((p[r] - actual[r]) / 60) * ((p[r] - actual[r]) / 60)) / rows.Length;
        var intervals = Bootstrap.Intervals(actual.Length, Statistics, methods.Count * per, clusters, settings.Bootstrap);
        section.Table("Held-out error in minutes (95 % bootstrap intervals over runners); mean error > 0 means predictions too slow",
            ["method", "MSE (min²)", "RMSE (min)", "MAE (min)", "mean error (min)", "MSE ratio to Riegel"],
            methods.Select((m, i) => (IReadOnlyList<string>)[m.Name, Interval(intervals[i * per], 1), Number(Math.Sqrt(intervals[i * per].Estimate), 2),
                Interval(intervals[(i * per) + 1], 2), Interval(intervals[(i * per) + 2], 2), Interval(intervals[(i * per) + 3])]));
        for (var i = 0; i < methods.Count; i++)
        {
            section.Number(methods[i].Name, "mse_min2", intervals[i * per]).Number(methods[i].Name, "mae_min", intervals[(i * per) + 1])
                .Number(methods[i].Name, "mean_error_min", intervals[(i * per) + 2]).Number(methods[i].Name, "mse_ratio_to_riegel", intervals[(i * per) + 3]);
        }

        var ratio = intervals[3];
        section.Finding(ratio.Upper < 1
            ? Invariant($"The Formcast model beats Riegel on held-out runners: MSE ratio {Interval(ratio)}, the interval below 1 (Vickers & Vertosick 2016: 208/381 = 0.55 with two prior races, on their own survey data).")
            : Invariant($"The Formcast model does NOT beat Riegel beyond resampling noise here: MSE ratio {Interval(ratio)} (interval reaches 1 or above)."));
        section.Chart(new ReportChart("MSE ratio to Riegel (below 1 = better than Riegel)", ChartKind.Interval, "method", "MSE ÷ Riegel's MSE",
        [
            new ChartSeries("MSE ratio", [.. methods.Select((_, i) => (double)i)], [.. methods.Select((_, i) => intervals[(i * per) + 3].Estimate)])
            {
                Categories = [.. methods.Select(m => m.Name)],
                Lower = [.. methods.Select((_, i) => intervals[(i * per) + 3].Lower)],
                Upper = [.. methods.Select((_, i) => intervals[(i * per) + 3].Upper)],
            },
        ]));
    }

    /// <summary>Cross-conformal 80 % intervals around the Formcast model, with q from each fold's training runners.</summary>
    private (double[] Lower, double[] Upper) Intervals(RaceTask task, RaceRunner[] runners, Dataset data, IReadOnlyList<Fold> folds, OutOfFold model,
        CancellationToken cancellationToken)
    {
        var lower = new double[runners.Length];
        var upper = new double[runners.Length];
        foreach (var fold in folds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chosen = ((SelectedRegressorModel)((PreparedRegressorModel)model.Models[fold.Index]).Inner).Family;
            var family = ModelFamilies.Regressors(settings.Quick).First(f => f.Name == chosen);
            var q = CrossConformal.HalfWidth(new PreparedRegressor(family.Regressor!(settings.Seed)), data.Subset(fold.Train), IntervalCoverage, 5, settings.Seed);
            foreach (var r in fold.Test)
            {
                var centre = task.Riegel(runners[r]) * Math.Exp(model.Scores[r]);
                lower[r] = centre * Math.Exp(-q);
                upper[r] = centre * Math.Exp(q);
            }
        }

        return (lower, upper);
    }

    /// <summary>Quantile-boosting 80 % intervals: the 10th and 90th percentile of the log-ratio to Riegel's prediction,
    /// boosted with the pinball loss on each fold's training runners (no coverage guarantee: measured below); with
    /// <paramref name="conformalise"/>, widened by the conformalised-quantile correction from 5-fold out-of-fold
    /// bounds on the same training runners (<see cref="CrossConformal.QuantileCorrection(ILearner{PredictionIntervalModel}, Dataset, double, int, ulong)"/>).</summary>
    private (double[] Lower, double[] Upper) QuantileIntervals(RaceTask task, RaceRunner[] runners, Dataset data, IReadOnlyList<Fold> folds,
        bool conformalise, CancellationToken cancellationToken)
    {
        var lower = new double[runners.Length];
        var upper = new double[runners.Length];
        var learner = new GradientBoostingIntervalRegressor(ModelFamilies.BoostingRegressionOptions(settings.Quick, settings.Seed), IntervalCoverage);
        foreach (var fold in folds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var training = data.Subset(fold.Train);
            var model = learner.Fit(training);
            var q = conformalise ? CrossConformal.QuantileCorrection(learner, training, IntervalCoverage, 5, settings.Seed) : 0;
            foreach (var r in fold.Test)
            {
                var (low, high) = model.PredictInterval(data.Features.Row(r));
                lower[r] = task.Riegel(runners[r]) * Math.Exp(low - q);
                upper[r] = task.Riegel(runners[r]) * Math.Exp(high + q);
            }
        }

        return (lower, upper);
    }

    private void WriteIntervals(SectionBuilder section, double[] actual, double[] lower, double[] upper, string subject, string title)
    {
        var n = actual.Length;
        double[] Statistics(int[] rows) =>
        [
            rows.Count(r => actual[r] >= lower[r] && actual[r] <= upper[r]) / (double)rows.Length,
            rows.Average(r => (upper[r] - lower[r]) / 60),
        ];
        var intervals = Bootstrap.Intervals(n, Statistics, 2, null, settings.Bootstrap);
        var widths = Enumerable.Range(0, n).Select(r => (upper[r] - lower[r]) / 60).Order().ToArray();
        section.Table(title,
            ["nominal coverage", "measured coverage", "mean width (min)", "median width (min)"],
            [[Percent(IntervalCoverage), Interval(intervals[0]), Interval(intervals[1], 1), Number(widths[widths.Length / 2], 1)]]);
        section.Number(subject, "interval_coverage_80", intervals[0]).Number(subject, "interval_mean_width_min", intervals[1]);
        var c = intervals[0];
        section.Finding(c.Lower <= IntervalCoverage && IntervalCoverage <= c.Upper
            ? Invariant($"{subject}: measured coverage {Interval(c)} is consistent with the nominal 80 %.")
            : Invariant($"{subject}: measured coverage {Interval(c)} differs from the nominal 80 %: read the intervals as {(c.Estimate < IntervalCoverage ? "too narrow" : "too wide")}."));
    }

    private static void FamilyChoice(SectionBuilder section, OutOfFold model)
    {
        var chosen = model.Models.Select(m => (SelectedRegressorModel)((PreparedRegressorModel)m).Inner).ToArray();
        section.Table("Family chosen in each fold by 3-fold cross-validation on its training runners (inner MSE of the log-ratio)",
            ["fold", "chosen", .. chosen[0].Scores.Select(s => s.Family)],
            chosen.Select((c, f) => (IReadOnlyList<string>)[Count(f + 1), c.Family, .. c.Scores.Select(s => Number(s.Mse, 5))]));
    }

    private void Audit(SectionBuilder section, RaceRunner[] runners, double[] actual, double[] model, double[] riegel)
    {
        var ids = Enumerable.Range(0, runners.Length).ToArray();
        double[] Metrics(int[] rows) =>
        [
            rows.Average(r => Math.Abs(model[r] - actual[r]) / 60),
            rows.Average(r => Math.Abs(riegel[r] - actual[r]) / 60),
            rows.Average(r => ((model[r] - actual[r]) / 60) * ((model[r] - actual[r]) / 60)) / rows.Average(r => ((riegel[r] - actual[r]) / 60) * ((riegel[r] - actual[r]) / 60)),
        ];
        var audit = SubgroupAudit.Run(
            [("sex", r => CohortAttributes.SexName(runners[r].Sex)), ("age band", r => CohortAttributes.AgeBand(runners[r].AgeYears))],
            ids, ids, new double[runners.Length], Metrics, 3, countPositives: false, settings.Bootstrap);
        SubgroupTables.Write(section, audit, ["Formcast MAE (min)", "Riegel MAE (min)", "MSE ratio to Riegel"], Model, ["mae_min", "riegel_mae_min", "mse_ratio_to_riegel"], positives: false, decimals: 2);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
