using Spectre.Console;

namespace Formcast.Cli.Infrastructure;

/// <summary>Long work shows progress: a live bar on a terminal, otherwise a line every tenth on standard error (so
/// standard output stays clean for --json).</summary>
internal static class ProgressReporter
{
    public static async Task<T> RunAsync<T>(CliEnvironment environment, string description, Func<IProgress<(int Done, int Total)>, Task<T>> work)
    {
        if (environment.Console.Profile.Capabilities.Interactive)
        {
            return await environment.Console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(description);
                    var result = await work(new Progress<(int Done, int Total)>(p =>
                    {
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Done;
                    }));
                    task.Value = task.MaxValue;
                    return result;
                });
        }

        var lastTenth = -1;
        return await work(new SynchronousProgress(p =>
        {
            var tenth = p.Total == 0 ? 10 : p.Done * 10 / p.Total;
            if (tenth == lastTenth) return;
            lastTenth = tenth;
            environment.Error.WriteLine($"{description}: {p.Done}/{p.Total}");
        }));
    }

    /// <summary>Reports on the calling thread, so lines come out in order.</summary>
    private sealed class SynchronousProgress(Action<(int Done, int Total)> report) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => report(value);
    }
}
