using Formcast.TestSupport;
using Spectre.Console;

namespace Formcast.Cli.Tests;

/// <summary>Runs the formcast command in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>The Cli project's build output, where server/ lives beside formcast.dll.</summary>
    public static string CliDirectory => RepositoryPaths.Path(Path.Combine("src", "Formcast.Cli", "bin",
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug",
        "net10.0"));

    public static async Task<CliRun> RunAsync(string[] args, Dictionary<string, string>? variables, CancellationToken cancellationToken, TimeProvider? clock = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 200;
        var environment = new CliEnvironment
        {
            Console = console,
            Output = output,
            Error = error,
            Variable = name => variables?.GetValueOrDefault(name),
            ServerDirectory = Path.Combine(CliDirectory, "server"),
            Clock = clock ?? TimeProvider.System,
        };
        var code = await CliApp.RunAsync(args, environment, cancellationToken);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(args, null, TestContext.Current.CancellationToken);

    /// <summary>Runs with "today" fixed by <paramref name="clock"/>.</summary>
    public static Task<CliRun> RunAtAsync(TimeProvider clock, params string[] args) => RunAsync(args, null, TestContext.Current.CancellationToken, clock);
}
