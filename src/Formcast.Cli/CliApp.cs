using System.CommandLine;
using Formcast.Cli.Commands;
using Formcast.Core;
using Formcast.Storage;

namespace Formcast.Cli;

/// <summary>
/// The formcast command: parses, runs one command, and turns every failure into one line on standard error with a
/// non-zero exit code (never a stack trace; set FORMCAST_DEBUG=1 to see one for internal errors).
/// </summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var root = BuildRoot(environment);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            var command = string.Join(' ', parse.CommandResult.Command.Name == root.Name ? ["formcast"] : new[] { "formcast", CommandPath(parse) });
            // An unknown word explains more than the "required command" error it also causes.
            var error = parse.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parse.Errors[0];
            var message = string.Join(", ", error.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(part => part.Trim()));
            await environment.Error.WriteLineAsync($"formcast: {message} (see '{command} --help')");
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = environment.Output,
                Error = environment.Error,
                EnableDefaultExceptionHandler = false,
            }, cancellationToken);
        }
        catch (Exception e) when (e is CliException or StoreException or AccessDeniedException or FieldProtectionException)
        {
            await environment.Error.WriteLineAsync($"formcast: {OneLine(e.Message)}");
            return ExitCodes.Failed;
        }
        catch (OperationCanceledException)
        {
            await environment.Error.WriteLineAsync("formcast: interrupted");
            return ExitCodes.Interrupted;
        }
        catch (Exception e)
        {
            await environment.Error.WriteLineAsync($"formcast: internal error ({e.GetType().Name}): {OneLine(e.Message)}");
            if (environment.Variable("FORMCAST_DEBUG") == "1") await environment.Error.WriteLineAsync(e.ToString());
            return ExitCodes.Internal;
        }
    }

    internal static RootCommand BuildRoot(CliEnvironment environment)
    {
        var root = new RootCommand("Formcast: training intelligence for athletes and coaches, on your own machine.");
        root.Add(InitCommand.Create(environment));
        root.Add(AthletesCommand.Create(environment));
        root.Add(DemoCommand.Create(environment));
        root.Add(ReportCommand.Create(environment));
        root.Add(ServeCommand.Create(environment));
        root.Add(ImportCommand.Create(environment));
        root.Add(LearnCommand.Create(environment));
        root.Add(AthleteCommand.Create(environment));
        root.Add(SimulateCommand.Create(environment));
        root.Add(EvaluateCommand.Create(environment));
        root.Add(ModelsCommand.Create(environment));
        root.Add(PlanCommand.Create(environment));
        return root;
    }

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var r = parse.CommandResult; r is not null; r = r.Parent as System.CommandLine.Parsing.CommandResult)
        {
            if (r.Parent is not null) names.Insert(0, r.Command.Name);
        }

        return string.Join(' ', names);
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
