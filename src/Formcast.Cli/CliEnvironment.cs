using Spectre.Console;

namespace Formcast.Cli;

/// <summary>Everything the commands touch outside themselves, so tests can run them in-process and read what they print.</summary>
public sealed record CliEnvironment
{
    public required IAnsiConsole Console { get; init; }

    /// <summary>Machine-readable output (--json) goes here, unformatted.</summary>
    public required TextWriter Output { get; init; }

    public required TextWriter Error { get; init; }

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Environment variables (FORMCAST_STORE).</summary>
    public Func<string, string?> Variable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Where the server program lives (server/Formcast.Server.dll beside this command).</summary>
    public string ServerDirectory { get; init; } = Path.Combine(AppContext.BaseDirectory, "server");

    public static CliEnvironment FromProcess()
    {
        var redirected = System.Console.IsOutputRedirected;
        // Piped into a file or another program: plain text (no escape sequences) and no wrapping at 80 columns.
        var console = redirected
            ? AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(System.Console.Out) })
            : AnsiConsole.Console;
        if (redirected) console.Profile.Width = 200;
        return new CliEnvironment { Console = console, Output = System.Console.Out, Error = System.Console.Error };
    }
}
