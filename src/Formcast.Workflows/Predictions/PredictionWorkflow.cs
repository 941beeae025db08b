using System.Globalization;
using Formcast.Formats;
using Formcast.Workflows.Predictions.Data;
using Formcast.Workflows.Predictions.Injury;
using Formcast.Workflows.Predictions.Monitoring;
using Formcast.Workflows.Predictions.Performance;
using Formcast.Workflows.Predictions.Profiles;
using Formcast.Workflows.Predictions.Protocols;
using Formcast.Workflows.Predictions.Race;

namespace Formcast.Workflows.Predictions;

/// <summary>
/// <c>formcast evaluate</c> as a library call: finds and reads the dataset in its original layout, runs the task's
/// evaluation (held-out athletes and later time, never random rows) and returns a report whose every number sits next
/// to its protocol. Unreadable data and unsupported dataset/task pairs are diagnostics, not exceptions.
/// </summary>
public static class PredictionWorkflow
{
    /// <summary>The tasks each dataset supports.</summary>
    public static IReadOnlyList<PredictionTask> TasksOf(PredictionDataset dataset) => dataset switch
    {
        PredictionDataset.PmData => [PredictionTask.Injury, PredictionTask.Readiness, PredictionTask.Performance, PredictionTask.Profiles],
        PredictionDataset.Jovanovic => [PredictionTask.Injury, PredictionTask.Profiles],
        PredictionDataset.Athlinks => [PredictionTask.Race],
        PredictionDataset.ExsciData => [PredictionTask.Performance],
        _ => [],
    };

    public static PredictionOutcome Run(PredictionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = Name(request.Dataset);
        if (!TasksOf(request.Dataset).Contains(request.Task))
        {
            return Failure("evaluate.task", string.Create(CultureInfo.InvariantCulture,
                $"dataset {name} has no task {Name(request.Task)}; it supports {string.Join(", ", TasksOf(request.Dataset).Select(Name))}"), null);
        }

        if (request.Folds < 2) return Failure("evaluate.folds", "folds must be at least 2", null);
        if (request.BootstrapResamples < 10) return Failure("evaluate.bootstrap", "at least 10 bootstrap resamples are needed for an interval", null);
        var path = request.DataPath ?? DatasetLocator.Find(request.Dataset, request.DatasetsFolder, request.SearchDirectories);
        if (path is null)
        {
            return Failure("evaluate.data", string.Create(CultureInfo.InvariantCulture,
                $"the {name} dataset was not found under shared/corpus/datasets/{DatasetLocator.RelativePath(request.Dataset).Replace('\\', '/')}; pass --data PATH"), null);
        }

        var settings = new EvaluationSettings
        {
            Seed = request.Seed,
            Folds = request.Folds,
            BootstrapResamples = request.BootstrapResamples,
            Quick = request.Quick,
            MaxDegreeOfParallelism = request.MaxDegreeOfParallelism,
        };
        var numbers = new List<ReportedNumber>();
        var registry = request.RegistryFolder is null ? null : new ModelRegistry(request.RegistryFolder, request.Clock);
        var diagnostics = new List<FormatDiagnostic>();
        IReadOnlyList<ReportSection> sections;
        string summary;
        IReadOnlyList<string> notes;
        switch (request.Dataset)
        {
            case PredictionDataset.PmData or PredictionDataset.Jovanovic:
            {
                var train = LoadCohort(request.Dataset, path, diagnostics);
                if (train is null) return new PredictionOutcome(null, diagnostics);
                Cohort? test = null;
                if (request.TestPath is not null)
                {
                    test = LoadCohort(request.Dataset, request.TestPath, diagnostics);
                    if (test is null) return new PredictionOutcome(null, diagnostics);
                }

                summary = string.Create(CultureInfo.InvariantCulture,
                    $"{name}: {train.Athletes.Count} athletes, {train.Athletes.Sum(a => a.Days.Count)} athlete-days, {train.InjuryCount} injury onsets, read from {path}");
                notes = [.. train.Notes, "injury onset: " + train.InjuryDefinition];
                if (request.Task != PredictionTask.Profiles && request.Task != PredictionTask.Injury && test is null && train.Athletes.Count < 2)
                    return Failure("evaluate.athletes", "at least two athletes are needed to hold athletes out", path);
                sections = request.Task switch
                {
                    PredictionTask.Injury => new InjuryEvaluation(settings, numbers).Run(train, test, registry, cancellationToken),
                    PredictionTask.Profiles => new ProfileEvaluation(settings, numbers).Run(train, cancellationToken),
                    _ => new ReadinessEvaluation(settings, numbers) { Registry = registry }.Run(train, test, cancellationToken),
                };
                break;
            }

            case PredictionDataset.Athlinks:
            {
                var train = Collect(AthlinksLoader.Load(path), diagnostics);
                if (train is null) return new PredictionOutcome(null, diagnostics);
                IReadOnlyList<RaceRunner>? test = null;
                if (request.TestPath is not null && (test = Collect(AthlinksLoader.Load(request.TestPath), diagnostics)) is null) return new PredictionOutcome(null, diagnostics);
                summary = string.Create(CultureInfo.InvariantCulture, $"{name}: {train.Count} runners with a known sex, read from {path}");
                notes = [.. diagnostics.Where(d => d.Severity == DiagnosticSeverity.Info).Select(d => d.Message)];
                sections = new RaceEvaluation(settings, numbers) { Registry = registry }.Run(train, test, path, cancellationToken);
                break;
            }

            default:
            {
                var train = Collect(ExsciDataLoader.Load(path), diagnostics);
                if (train is null) return new PredictionOutcome(null, diagnostics);
                IReadOnlyList<InterventionStudy>? test = null;
                if (request.TestPath is not null && (test = Collect(ExsciDataLoader.Load(request.TestPath), diagnostics)) is null) return new PredictionOutcome(null, diagnostics);
                summary = string.Create(CultureInfo.InvariantCulture, $"{name}: {string.Join(", ", train.Select(s => $"{s.Name} ({s.Participants.Count} participants)"))}, read from {path}");
                notes = [.. train.Select(s => $"{s.Name}: {s.Intervention} ({s.Citation})")];
                sections = new InterventionEvaluation(settings, numbers) { Registry = registry }.Run(train, test, cancellationToken);
                break;
            }
        }

        var report = new PredictionReport
        {
            Title = string.Create(CultureInfo.InvariantCulture, $"Formcast evaluation: {name}, {Name(request.Task)}"),
            Dataset = request.Dataset,
            Task = request.Task,
            DataSummary = summary,
            Protocol = settings.Describe(),
            Sections = sections,
            Numbers = numbers,
            DataNotes = notes,
        };
        return new PredictionOutcome(report, diagnostics);
    }

    /// <summary>Command-line spelling of a dataset.</summary>
    public static string Name(PredictionDataset dataset) => dataset.ToString().ToLowerInvariant();

    /// <summary>Command-line spelling of a task.</summary>
    public static string Name(PredictionTask task) => task.ToString().ToLowerInvariant();

    private static Cohort? LoadCohort(PredictionDataset dataset, string path, List<FormatDiagnostic> diagnostics) =>
        Collect(dataset == PredictionDataset.PmData ? PmDataLoader.Load(path) : JovanovicLoader.Load(path), diagnostics);

    private static T? Collect<T>(LoadResult<T> result, List<FormatDiagnostic> diagnostics)
        where T : class
    {
        diagnostics.AddRange(result.Diagnostics);
        return result.Succeeded ? result.Value : null;
    }

    private static PredictionOutcome Failure(string code, string message, string? file) =>
        new(null, [new FormatDiagnostic(DiagnosticSeverity.Error, code, message, file)]);
}
