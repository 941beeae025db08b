using System.CommandLine;
using Formcast.Cli.Infrastructure;
using Formcast.Formats;
using Formcast.Core;
using Formcast.Workflows.Predictions;
using Formcast.Workflows.Predictions.Monitoring;
using Spectre.Console;

namespace Formcast.Cli.Commands;

/// <summary>
/// <c>formcast evaluate --dataset D --task T</c>: evaluates a prediction task on a public dataset read in place, prints
/// the protocol and the metric tables with intervals (or JSON), and with <c>--out</c> writes the HTML report with its
/// charts, the Markdown results page, the JSON and the model registry.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var datasets = Enum.GetValues<PredictionDataset>().ToDictionary(PredictionWorkflow.Name, d => d, StringComparer.OrdinalIgnoreCase);
        var tasks = Enum.GetValues<PredictionTask>().ToDictionary(PredictionWorkflow.Name, t => t, StringComparer.OrdinalIgnoreCase);
        var dataset = new Option<string>("--dataset") { Description = "Dataset: " + string.Join(", ", datasets.Keys), Required = true };
        dataset.AcceptOnlyFromAmong([.. datasets.Keys]);
        var task = new Option<string>("--task") { Description = "Task: " + string.Join(", ", tasks.Keys), Required = true };
        task.AcceptOnlyFromAmong([.. tasks.Keys]);
        var data = new Option<string?>("--data") { Description = "The dataset's folder or file in its original layout (default: found under shared/corpus/datasets)", HelpName = "PATH" };
        var test = new Option<string?>("--test") { Description = "Another folder or file of the same layout: train on --data, score on this (external validation)", HelpName = "PATH" };
        var output = new Option<string?>("--out") { Description = "Folder for the HTML report, results.md, results.json and the model registry", HelpName = "DIR" };
        var seed = new Option<ulong>("--seed") { Description = "Seed of every random draw", DefaultValueFactory = _ => 42 };
        var folds = new Option<int>("--folds") { Description = "Outer cross-validation folds", DefaultValueFactory = _ => 5 };
        var resamples = new Option<int>("--bootstrap") { Description = "Bootstrap resamples behind each interval", DefaultValueFactory = _ => 1000 };
        var store = new Option<string?>("--store")
        {
            Description = "Register the trained models in this store too (SQLite path or PostgreSQL connection string; default $FORMCAST_STORE, else ./formcast.db when it exists)",
            HelpName = "PATH|CONNECTION",
        };
        var quick = new Option<bool>("--quick") { Description = "Small configuration (fewer resamples and models) for a fast look" };
        var json = CommonOptions.Json();
        var command = new Command("evaluate", "Evaluate predictions on a public dataset: protocol, metrics with confidence intervals, baselines, report")
        {
            dataset, task, data, test, output, store, seed, folds, resamples, quick, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var dataPath = parse.GetValue(data);
            var testPath = parse.GetValue(test);
            foreach (var path in new[] { dataPath, testPath })
            {
                if (path is not null && !File.Exists(path) && !Directory.Exists(path)) throw new CliException($"no file or folder {Path.GetFullPath(path)}");
            }

            var outFolder = parse.GetValue(output) is { } o ? Path.GetFullPath(o) : null;
            var storeSpec = parse.GetValue(store) ?? CommonOptions.StoreFromEnvironment(environment)
                ?? (File.Exists(CommonOptions.DefaultStore) ? CommonOptions.DefaultStore : null);
            using var scratch = storeSpec is not null && outFolder is null ? new ScratchFolder() : null;
            var registryFolder = outFolder is not null ? Path.Combine(outFolder, "registry") : scratch?.Path;
            var request = new PredictionRequest
            {
                Dataset = datasets[parse.GetValue(dataset)!],
                Task = tasks[parse.GetValue(task)!],
                DataPath = dataPath,
                TestPath = testPath,
                DatasetsFolder = DatasetsFolder(environment),
                SearchDirectories = [Directory.GetCurrentDirectory(), AppContext.BaseDirectory],
                Seed = parse.GetValue(seed),
                Folds = parse.GetValue(folds),
                BootstrapResamples = parse.GetValue(resamples),
                Quick = parse.GetValue(quick),
                RegistryFolder = registryFolder,
                Clock = environment.Clock,
            };
            var outcome = await Task.Run(() => PredictionWorkflow.Run(request, ct), ct);
            foreach (var diagnostic in outcome.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning))
                await environment.Error.WriteLineAsync($"formcast: {diagnostic}");
            if (!outcome.Succeeded || outcome.Report is null)
            {
                var error = outcome.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
                throw new CliException(error is null ? "the evaluation produced no report" : Message(error));
            }

            var report = outcome.Report;
            if (storeSpec is not null && registryFolder is not null)
            {
                await using var opened = await StoreOpener.OpenAsync(storeSpec, ct);
                var registered = await ModelStoreRegistration.CopyAsync(registryFolder, opened, AccessContext.Owner("cli"), ct);
                await environment.Error.WriteLineAsync($"formcast: {registered} model(s) registered in {opened.Info.Location}");
            }

            string? page = null;
            if (outFolder is not null)
            {
                Directory.CreateDirectory(outFolder);
                var (html, charts) = PredictionReportHtml.Write(report, outFolder);
                await File.WriteAllTextAsync(Path.Combine(outFolder, "results.md"), PredictionReportRenderer.ToMarkdown(report), ct);
                await File.WriteAllTextAsync(Path.Combine(outFolder, "results.json"), PredictionReportRenderer.ToJson(report), ct);
                if (!charts) await environment.Error.WriteLineAsync($"formcast: {PredictionReportHtml.ChartScript} was not found beside the program; the report's charts will not draw");
                page = html;
            }

            if (parse.GetValue(json)) await environment.Output.WriteLineAsync(PredictionReportRenderer.ToJson(report));
            else
            {
                environment.Console.Write(new Text(PredictionReportRenderer.ToText(report)));
                if (page is not null) environment.Console.Write(new Text($"\nReport: {page}\n"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>FORMCAST_DATASETS, else FORMCAST_CORPUS/datasets, else null.</summary>
    private static string? DatasetsFolder(CliEnvironment environment) =>
        environment.Variable("FORMCAST_DATASETS") is { Length: > 0 } datasets ? datasets
        : environment.Variable("FORMCAST_CORPUS") is { Length: > 0 } corpus ? Path.Combine(corpus, "datasets")
        : null;

    /// <summary>A temporary registry folder when models go only to the store.</summary>
    private sealed class ScratchFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("formcast-registry-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }

    private static string Message(FormatDiagnostic diagnostic) => diagnostic.File is null ? diagnostic.Message : $"{diagnostic.File}: {diagnostic.Message}";
}
