using System.CommandLine;
using Formcast.Cli.Infrastructure;
using Formcast.Formats;
using Formcast.Workflows.Learning;
using Spectre.Console;

namespace Formcast.Cli.Commands;

/// <summary><c>formcast learn evaluate</c>: cross-validated evaluation of a model family on any CSV table.</summary>
internal static class LearnCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("learn", "Machine learning on tables: evaluate a model family with an honest protocol");
        command.Add(Evaluate(environment));
        return command;
    }

    private static Command Evaluate(CliEnvironment environment)
    {
        var catalog = ModelCatalog.CreateDefault();
        var csv = new Option<string>("--csv") { Description = "The table (CSV with a header row)", Required = true };
        var target = new Option<string>("--target") { Description = "Column to predict", Required = true };
        var group = new Option<string?>("--group") { Description = "Column naming the athlete (or other cluster): group k-fold, never splitting an athlete" };
        var time = new Option<string?>("--time") { Description = "Column with each row's time (number or ISO date): train on earlier, test on later" };
        var model = new Option<string>("--model") { Description = $"Model family: {string.Join(", ", catalog.Names)}", Required = true };
        model.AcceptOnlyFromAmong([.. catalog.Names]);
        var folds = new Option<int>("--folds") { Description = "Number of folds", DefaultValueFactory = _ => 5 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of every random draw", DefaultValueFactory = _ => 42 };
        var task = new Option<string>("--task") { Description = "auto, classification or regression", DefaultValueFactory = _ => "auto" };
        task.AcceptOnlyFromAmong("auto", "classification", "regression");
        var missing = new Option<string>("--missing") { Description = "What to do with empty cells: error, or impute (per-fold medians)", DefaultValueFactory = _ => "error" };
        missing.AcceptOnlyFromAmong("error", "impute");
        var positive = new Option<string?>("--positive") { Description = "Label of the positive class for binary metrics" };
        var purge = new Option<double>("--purge-gap") { Description = "Time-forward only: gap (time units; days for dates) between training and test rows" };
        var resamples = new Option<int>("--bootstrap") { Description = "Bootstrap resamples for the confidence intervals", DefaultValueFactory = _ => 1000 };
        var json = CommonOptions.Json();
        var command = new Command("evaluate", "Cross-validate a model on a CSV table and print metrics with confidence intervals")
        {
            csv, target, group, time, model, folds, seed, task, missing, positive, purge, resamples, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var request = new EvaluateRequest
            {
                CsvPath = parse.GetValue(csv)!,
                Target = parse.GetValue(target)!,
                Group = parse.GetValue(group),
                Time = parse.GetValue(time),
                Model = parse.GetValue(model)!,
                Folds = parse.GetValue(folds),
                Seed = parse.GetValue(seed),
                Task = parse.GetValue(task) switch
                {
                    "classification" => ModelTask.Classification,
                    "regression" => ModelTask.Regression,
                    _ => ModelTask.Auto,
                },
                Missing = parse.GetValue(missing) == "impute" ? MissingValuePolicy.ImputeMedian : MissingValuePolicy.Error,
                PositiveLabel = parse.GetValue(positive),
                PurgeGap = parse.GetValue(purge),
                BootstrapResamples = parse.GetValue(resamples),
            };
            if (!File.Exists(request.CsvPath)) throw new CliException($"no file {Path.GetFullPath(request.CsvPath)}");
            var outcome = await Task.Run(() => new EvaluateWorkflow(catalog).Run(request, ct), ct);
            foreach (var diagnostic in outcome.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Error))
                await environment.Error.WriteLineAsync($"formcast: {diagnostic}");
            if (!outcome.Succeeded || outcome.Report is null)
            {
                var error = outcome.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
                throw new CliException(error?.ToString() ?? "the evaluation produced no report");
            }

            if (parse.GetValue(json)) await environment.Output.WriteLineAsync(EvaluationReportRenderer.ToJson(outcome.Report));
            else environment.Console.Write(new Text(EvaluationReportRenderer.ToText(outcome.Report)));
            return ExitCodes.Ok;
        });
        return command;
    }
}
