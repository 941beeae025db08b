using System.Globalization;
using Formcast.Formats;
using Formcast.Learning;
using Formcast.Learning.Evaluation;

namespace Formcast.Workflows.Learning;

/// <summary>
/// <c>formcast learn evaluate</c> as a library call: CSV → dataset → protocol → out-of-fold predictions → metrics with
/// bootstrap intervals. The protocol follows the columns given: a time column gives time-forward folds (holding out
/// groups too when a group column is given), a group column alone gives group k-fold, otherwise stratified k-fold
/// (classification) or k-fold (regression) over shuffled rows. Intervals are BCa bootstrap intervals of the pooled
/// out-of-fold metric, resampling whole groups when there are groups.
/// <para>
/// The task, when not given, follows the model (if it does only one) and then the target: text labels, or at most
/// <see cref="MaxIntegerClasses"/> distinct integers, mean classification; other numbers mean regression.
/// </para>
/// </summary>
public sealed class EvaluateWorkflow(ModelCatalog catalog)
{
    /// <summary>Numeric targets with at most this many distinct integer values are treated as classes.</summary>
    public const int MaxIntegerClasses = 10;

    /// <summary>
    /// Below this many groups the cluster bootstrap's coverage falls short of nominal (Cameron, Gelbach &amp; Miller 2008,
    /// Review of Economics and Statistics 90:414, find clustered inference unreliable with few clusters), so the report
    /// says so.
    /// </summary>
    public const int FewClusters = 20;

    private readonly ModelCatalog _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));

    /// <summary>Reads <see cref="EvaluateRequest.CsvPath"/> and evaluates.</summary>
    public EvaluationOutcome Run(EvaluateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!File.Exists(request.CsvPath)) return Failure(Error(request, "evaluate.file", "the file does not exist"));
        StreamReader reader;
        try
        {
            reader = new StreamReader(request.CsvPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failure(Error(request, "evaluate.file", $"the file cannot be read: {e.Message}"));
        }

        using (reader)
        {
            return Run(request, reader, cancellationToken);
        }
    }

    /// <summary>Evaluates the CSV text in <paramref name="csv"/> (named by <see cref="EvaluateRequest.CsvPath"/>).</summary>
    public EvaluationOutcome Run(EvaluateRequest request, TextReader csv, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(csv);
        if (!_catalog.TryGet(request.Model, out var entry))
            return Failure(Error(request, "evaluate.model", $"unknown model '{request.Model}'; known models: {string.Join(", ", _catalog.Names)}"));
        if (request.Folds < 2) return Failure(Error(request, "evaluate.folds", $"folds must be at least 2, not {request.Folds}"));
        if (request.BootstrapResamples < 1) return Failure(Error(request, "evaluate.bootstrap", "bootstrap resamples must be at least 1"));
        if (!(request.Confidence is > 0 and < 1)) return Failure(Error(request, "evaluate.confidence", "confidence must lie strictly between 0 and 1"));
        if (!(request.PurgeGap >= 0)) return Failure(Error(request, "evaluate.purge", "the purge gap must be zero or positive"));
        if (request.PurgeGap > 0 && request.Time is null) return Failure(Error(request, "evaluate.purge", "a purge gap needs a time column"));

        var (table, diagnostics) = EvaluationTable.Read(csv, request.CsvPath, request.Target, request.Group, request.Time, request.Missing, request.PositiveLabel);
        if (table is null) return new EvaluationOutcome(null, diagnostics);
        var all = diagnostics.ToList();
        var data = table.Data;

        var (task, reason, taskError) = ChooseTask(request, entry, table);
        if (taskError is not null) return Failure([.. all, Error(request, "evaluate.task", taskError)]);
        if (task == ModelTask.Regression && request.PositiveLabel is not null)
            return Failure([.. all, Error(request, "evaluate.positive", "a positive label applies to classification only")]);
        if (task == ModelTask.Classification && data.Classes().Length < 2)
            return Failure([.. all, Error(request, "evaluate.target", "the target has a single class; there is nothing to classify")]);
        if (task == ModelTask.Regression && !table.TargetIsNumeric)
            return Failure([.. all, Error(request, "evaluate.target", "regression needs a numeric target")]);
        if (data.Groups is not null && table.GroupCount < request.Folds)
            return Failure([.. all, Error(request, "evaluate.groups", string.Create(CultureInfo.InvariantCulture,
                $"{table.GroupCount} groups cannot fill {request.Folds} folds; use fewer folds"))]);

        var splitter = ChooseSplitter(request, data, task);
        var settings = new ModelSettings(request.Seed, request.MaxDegreeOfParallelism);
        CrossValidationResult cv;
        try
        {
            cv = task == ModelTask.Classification
                ? CrossValidation.Run(Wrap(entry.Classifier!(settings), request.Missing), data, splitter, cancellationToken)
                : CrossValidation.Run(Wrap(entry.Regressor!(settings), request.Missing), data, splitter, cancellationToken);
        }
        catch (ArgumentException e) when (e is not ArgumentNullException)
        {
            // Splitters and learners reject data they cannot handle (too few rows in a window, a class too rare for
            // the folds): that is a property of the user's table, reported rather than thrown.
            return Failure([.. all, Error(request, "evaluate.protocol", e.Message)]);
        }

        var metrics = Metric.DefaultsFor(cv.Pooled);
        var bootstrap = new BootstrapOptions
        {
            Resamples = request.BootstrapResamples,
            Confidence = request.Confidence,
            Seed = request.Seed,
            MaxDegreeOfParallelism = request.MaxDegreeOfParallelism,
        };
        var intervals = Bootstrap.Intervals(cv.Pooled, metrics, bootstrap);
        var foldScores = metrics.Select(cv.FoldScores).ToArray();
        var estimates = metrics.Select((m, k) =>
        {
            var defined = foldScores[k].Where(v => !double.IsNaN(v)).ToArray();
            var mean = defined.Length == 0 ? double.NaN : defined.Average();
            var sd = defined.Length == 0 ? double.NaN : Math.Sqrt(defined.Sum(v => (v - mean) * (v - mean)) / defined.Length);
            return new MetricEstimate(m.Name, m.HigherIsBetter, intervals[k].Estimate, intervals[k].Lower, intervals[k].Upper, intervals[k].UsedResamples, mean, sd);
        }).ToArray();

        var notes = new List<string>();
        var folds = cv.Folds.Select((f, i) =>
        {
            var scores = metrics.Select((m, k) => new KeyValuePair<string, double>(m.Name, foldScores[k][i])).ToArray();
            foreach (var s in scores.Where(s => double.IsNaN(s.Value)))
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"fold {i + 1}: {s.Key} is undefined on its test rows (one class only) and is left out of the fold mean"));
            var testGroups = data.Groups is null ? 0 : f.Test.Select(r => data.Groups[r]).Distinct().Count();
            return new FoldSummary(i + 1, f.Train.Length, f.Test.Length, testGroups, scores);
        }).ToArray();

        foreach (var e in estimates.Where(e => e.UsedResamples < request.BootstrapResamples))
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{e.Name}: {request.BootstrapResamples - e.UsedResamples} of {request.BootstrapResamples} resamples had it undefined and were dropped"));
        if (cv.Rows.Length < data.Rows)
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"the protocol tests {cv.Rows.Length} of {data.Rows} rows (the earliest time block only trains{(data.Groups is not null ? ", and each group is tested in one window" : "")})"));
        if (data.Groups is not null && table.GroupCount < FewClusters)
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"only {table.GroupCount} groups: a cluster bootstrap over so few clusters understates uncertainty; read the interval as optimistic"));
        if (table.MissingCells > 0)
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{table.MissingCells} missing feature cells were filled with training-fold medians"));

        var classes = task == ModelTask.Classification ? ClassNames(table) : [];
        var summary = new EvaluationDataSummary(
            Path.GetFileName(request.CsvPath), data.Rows, cv.Rows.Length, data.FeatureNames, table.Skipped, request.Target, task, reason,
            classes, classes.Count == 2 ? classes[1] : null, request.Group, table.GroupCount, request.Time,
            request.Time is null ? null : table.TimeIsDate ? "days" : "as given", table.MissingCells, request.Missing);
        var protocol = new EvaluationProtocol(entry.Name, entry.Description, splitter.Describe(), cv.Folds.Count, request.Seed,
            request.BootstrapResamples, request.Confidence, "BCa", data.Groups is null ? null : request.Group);
        return new EvaluationOutcome(new EvaluationReport(summary, protocol, estimates, folds, notes), all);
    }

    private static (ModelTask Task, string Reason, string? Error) ChooseTask(EvaluateRequest request, ModelCatalogEntry entry, EvaluationTable table)
    {
        if (request.Task != ModelTask.Auto)
        {
            return entry.Supports(request.Task)
                ? (request.Task, "as requested", null)
                : (request.Task, "", $"model '{entry.Name}' does not do {request.Task.ToString().ToLowerInvariant()}");
        }

        if (entry.Classifier is null) return (ModelTask.Regression, $"model '{entry.Name}' is a regressor", null);
        if (entry.Regressor is null) return (ModelTask.Classification, $"model '{entry.Name}' is a classifier", null);
        if (!table.TargetIsNumeric) return (ModelTask.Classification, "the target holds text labels", null);
        var distinct = table.Data.Classes();
        if (distinct.Length <= MaxIntegerClasses && distinct.All(v => v == Math.Round(v)))
            return (ModelTask.Classification, string.Create(CultureInfo.InvariantCulture, $"the target holds {distinct.Length} integer values"), null);
        return (ModelTask.Regression, string.Create(CultureInfo.InvariantCulture, $"the target holds {distinct.Length} distinct numbers"), null);
    }

    private static ISplitter ChooseSplitter(EvaluateRequest request, Dataset data, ModelTask task)
    {
        if (data.Time is not null) return new TimeForwardSplit(request.Folds, request.PurgeGap, holdOutGroups: data.Groups is not null);
        if (data.Groups is not null) return new GroupKFold(request.Folds);
        return task == ModelTask.Classification
            ? new StratifiedKFold(request.Folds, shuffle: true, request.Seed)
            : new KFold(request.Folds, shuffle: true, request.Seed);
    }

    private static ILearner<IClassifier> Wrap(ILearner<IClassifier> learner, MissingValuePolicy missing) =>
        missing == MissingValuePolicy.ImputeMedian ? MedianImputation.ForClassifier(learner) : learner;

    private static ILearner<IRegressor> Wrap(ILearner<IRegressor> learner, MissingValuePolicy missing) =>
        missing == MissingValuePolicy.ImputeMedian ? MedianImputation.ForRegressor(learner) : learner;

    private static IReadOnlyList<string> ClassNames(EvaluationTable table) =>
        table.Labels ?? table.Data.Classes().Select(c => c.ToString(CultureInfo.InvariantCulture)).ToArray();

    private static FormatDiagnostic Error(EvaluateRequest request, string code, string message) =>
        new(DiagnosticSeverity.Error, code, message, request.CsvPath);

    private static EvaluationOutcome Failure(params FormatDiagnostic[] diagnostics) => new(null, diagnostics);
}
