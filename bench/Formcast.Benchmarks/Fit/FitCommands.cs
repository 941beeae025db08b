using System.Globalization;

namespace Formcast.Benchmarks.Fit;

/// <summary>
/// Subcommands of the benchmark program for the FIT decoder: <c>fuzz-fit</c> (mutation campaign) and
/// <c>fit-throughput</c> (quick single-threaded throughput with an optional peer). Anything else goes to
/// BenchmarkDotNet.
/// </summary>
internal static class FitCommands
{
    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (args.Length == 0) return false;
        switch (args[0])
        {
            case "fuzz-fit":
                exitCode = FitFuzzCommand.Run(Options(args));
                return true;
            case "fit-throughput":
                exitCode = FitThroughputCommand.Run(Options(args));
                return true;
            default:
                return false;
        }
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) continue;
            options[args[i][2..]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
        }

        return options;
    }

    public static long Long(this Dictionary<string, string> options, string name, long fallback) =>
        options.TryGetValue(name, out var text) ? long.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
