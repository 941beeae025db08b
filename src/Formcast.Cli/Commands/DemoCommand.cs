using System.CommandLine;
using System.Diagnostics;
using Formcast.Cli.Infrastructure;
using Formcast.Core;
using Formcast.Storage;
using Formcast.Workflows;
using Formcast.Workflows.Demo;
using Spectre.Console;

namespace Formcast.Cli.Commands;

/// <summary>
/// <c>formcast demo</c>: seeds a synthetic squad shaped like the reference cohort, computes everything, writes the
/// report, serves the dashboard and prints where to look.
/// </summary>
internal static class DemoCommand
{
    public const string DefaultStore = "formcast-demo.db";

    public static Command Create(CliEnvironment environment)
    {
        var store = new Option<string>("--store")
        {
            Description = $"Store to seed (default ./{DefaultStore}, recreated on every run); an existing store must be empty unless --reset",
            HelpName = "PATH|CONNECTION",
            DefaultValueFactory = _ => DefaultStore,
        };
        var output = ReportCommand.Out();
        var noServe = new Option<bool>("--no-serve") { Description = "Seed, compute and write the report, then exit" };
        var reset = new Option<bool>("--reset") { Description = "Delete an existing SQLite store file first" };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the generator", DefaultValueFactory = _ => 2025 };
        var athletes = new Option<int?>("--athletes") { Description = "Squad size (default 60: the reference cohort)" };
        var days = new Option<int>("--days") { Description = "Days of history", DefaultValueFactory = _ => 182 };
        var endDate = new Option<DateOnly?>("--end-date") { Description = "Last day of the history, yyyy-MM-dd (default today)" };
        var port = ServeCommand.Port();
        var host = ServeCommand.Host();
        var json = CommonOptions.Json();
        var command = new Command("demo", "Seed a demo squad, compute everything, write the report and serve the dashboard")
        {
            store, output, noServe, reset, seed, athletes, days, endDate, port, host, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var spec = parse.GetValue(store)!;
            var options = new DemoCohortOptions
            {
                Seed = parse.GetValue(seed),
                EndDate = parse.GetValue(endDate) ?? DateOnly.FromDateTime(environment.Clock.GetUtcNow().UtcDateTime),
                Days = parse.GetValue(days),
                Composition = parse.GetValue(athletes) is { } n ? Scale(n) : DemoCohortOptions.ReferenceComposition,
            };
            if (options.Validate() is { } problem) throw new CliException(problem);

            var clock = Stopwatch.StartNew();
            await using var opened = await PrepareStoreAsync(spec, parse.GetValue(reset) || spec == DefaultStore, ct);
            var summary = await ProgressReporter.RunAsync(environment, "Seeding demo squad", progress =>
                DemoSeeder.SeedAsync(opened, options, new Progress<DemoSeedProgress>(p => progress.Report((p.Done, p.Total))), ct));
            // The demo's "today" is the last day of its history.
            var index = await ReportCommand.WriteAsync(environment, opened, parse.GetValue(output)!, ct, FixedClock.At(options.EndDate));
            var elapsed = clock.Elapsed;

            if (parse.GetValue(json))
            {
                await JsonOutput.WriteAsync(environment, new { Store = opened.Info.Location, Report = index, summary.Athletes, summary.Activities, summary.WellnessDays, summary.Injuries, Seconds = Math.Round(elapsed.TotalSeconds, 1) });
            }
            else
            {
                environment.Console.MarkupLineInterpolated(
                    $"Seeded {summary.Athletes} athletes: {summary.Activities} sessions, {summary.WellnessDays} wellness days, {summary.Injuries} injuries ({options.StartDate:yyyy-MM-dd} to {options.EndDate:yyyy-MM-dd}) in {elapsed.TotalSeconds:0.0} s.");
                environment.Console.MarkupLineInterpolated($"Store:     {opened.Info.Location}");
                environment.Console.MarkupLineInterpolated($"Report:    {index}");
            }

            if (parse.GetValue(noServe)) return ExitCodes.Ok;
            return await ServeCommand.RunServerAsync(environment, spec, parse.GetValue(host)!, parse.GetValue(port), parse.GetValue(json), ct);
        });
        return command;
    }

    /// <summary>The reference composition scaled to <paramref name="athletes"/> (each group keeps its share, at least one).</summary>
    internal static IReadOnlyList<(Sport Sport, int Count)> Scale(int athletes)
    {
        if (athletes < 1) throw new CliException($"--athletes must be at least 1, not {athletes}");
        var total = DemoCohortOptions.ReferenceComposition.Sum(c => c.Count);
        var scaled = DemoCohortOptions.ReferenceComposition.Select(c => (c.Sport, Count: Math.Max(athletes >= 5 ? 1 : 0, (int)Math.Round((double)c.Count * athletes / total)))).ToList();
        var difference = athletes - scaled.Sum(c => c.Count);
        scaled[^1] = (scaled[^1].Sport, Math.Max(0, scaled[^1].Count + difference));
        return scaled.Where(c => c.Count > 0).ToList();
    }

    private static async Task<IFormcastStore> PrepareStoreAsync(string spec, bool reset, CancellationToken ct)
    {
        if (reset && FormcastStore.DetectProvider(spec) == StoreProvider.Sqlite)
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                var file = Path.GetFullPath(spec) + suffix;
                if (File.Exists(file)) File.Delete(file);
            }
        }

        var store = await FormcastStore.CreateAsync(spec, cancellationToken: ct);
        if ((await store.CountAsync(AccessContext.Owner("demo"), ct)).Athletes > 0)
        {
            await store.DisposeAsync();
            throw new CliException($"{store.Info.Location} already holds athletes; the demo seeds an empty store (use --reset to replace a SQLite file, or another --store)");
        }

        return store;
    }
}
