using System.CommandLine;
using Formcast.Cli.Infrastructure;
using Formcast.Core;
using Formcast.Workflows.Daily;
using Formcast.Workflows.Reports;
using Spectre.Console;

namespace Formcast.Cli.Commands;

/// <summary><c>formcast report</c>: brings the daily state up to date and writes the static HTML report.</summary>
internal static class ReportCommand
{
    public const string DefaultFolder = "formcast-report";

    public static Option<string> Out() => new("--out") { Description = "Folder for the HTML report", DefaultValueFactory = _ => DefaultFolder };

    public static Command Create(CliEnvironment environment)
    {
        var store = CommonOptions.Store(environment);
        var json = CommonOptions.Json();
        var output = Out();
        var command = new Command("report", "Write the HTML report (squad overview and one page per athlete)") { store, output, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var opened = await StoreOpener.OpenAsync(parse.GetValue(store)!, ct);
            var index = await WriteAsync(environment, opened, parse.GetValue(output)!, ct);
            if (parse.GetValue(json)) await JsonOutput.WriteAsync(environment, new { Report = index });
            else environment.Console.MarkupLineInterpolated($"Report: {index}");
            return ExitCodes.Ok;
        });
        return command;
    }

    public static async Task<string> WriteAsync(CliEnvironment environment, Storage.IFormcastStore store, string folder, CancellationToken ct, TimeProvider? clock = null)
    {
        var owner = AccessContext.Owner("cli-report");
        var daily = new DailyStateWorkflow(store, owner, clock: clock ?? environment.Clock);
        await ProgressReporter.RunAsync(environment, "Computing daily state", progress => daily.RecomputeAllAsync(progress, ct));
        return await HtmlReportWriter.WriteAsync(store, owner, Path.GetFullPath(folder), daily.Options, cancellationToken: ct);
    }
}
