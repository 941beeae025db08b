using System.CommandLine;
using System.Globalization;
using Formcast.Analytics;
using Formcast.Cli.Infrastructure;
using Formcast.Core;
using Formcast.Workflows.Athletes;
using Formcast.Workflows.Daily;
using Formcast.Workflows.WhatIf;
using Spectre.Console;
using static Formcast.Cli.Infrastructure.Display;
using static Formcast.Workflows.Numbers;

namespace Formcast.Cli.Commands;

/// <summary><c>formcast simulate ATHLETE --change "…" [--weeks N]</c>: the unchanged and the changed plan side by side.</summary>
internal static class SimulateCommand
{
    private static readonly AccessContext Owner = AccessContext.Owner("cli");

    public static Command Create(CliEnvironment environment)
    {
        var store = CommonOptions.Store(environment);
        var json = CommonOptions.Json();
        var who = new Argument<string>("athlete") { Description = "Handle or id" };
        var change = new Option<string>("--change")
        {
            Description = "The plan change, e.g. \"add 2 interval sessions per week for 3 weeks\", \"move the long run to thursday\", \"taper 10 days\"; several separated by ';'",
            Required = true,
        };
        var weeks = new Option<int>("--weeks") { Description = "Weeks to simulate from tomorrow", DefaultValueFactory = _ => 4 };
        var command = new Command("simulate", "What-if: simulate a plan change against the unchanged plan (the last 4 weeks repeated)") { who, change, weeks, store, json };
        command.SetAction(async (parse, ct) =>
        {
            var length = parse.GetValue(weeks);
            if (length is < 1 or > WhatIfWorkflow.MaxWeeks) throw new CliException($"--weeks must be 1–{WhatIfWorkflow.MaxWeeks}, not {length}");
            var text = parse.GetValue(change)!;
            var parsed = PlanChangeParser.Parse(text);
            if (!parsed.IsSuccess) throw new CliException($"--change \"{OneLine(text)}\": {parsed.Error}");

            await using var opened = await StoreOpener.OpenAsync(parse.GetValue(store)!, ct);
            var athlete = await AthleteLookup.FindAsync(opened, Owner, parse.GetValue(who)!, ct);
            var daily = new DailyStateWorkflow(opened, Owner, clock: environment.Clock);
            var today = athlete.LocalDayOf(environment.Clock.GetUtcNow());
            var history = (await CurrentDays.EnsureAsync(daily, opened, Owner, athlete, today, ct)).Where(d => d.Date <= today).ToList();
            var outcome = await WhatIfWorkflow.RunAsync(opened, Owner, athlete, history, text, length, new WhatIfOptions { DailyState = daily.Options }, ct);
            var report = outcome.Report ?? throw new CliException(outcome.Error!);
            if (parse.GetValue(json)) await JsonOutput.WriteAsync(environment, report);
            else Render(environment.Console, report);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static void Render(IAnsiConsole console, WhatIfReport r)
    {
        console.Write(new Text(string.Create(CultureInfo.InvariantCulture,
            $"What-if for {r.Athlete.Handle}: {r.PlanStart:yyyy-MM-dd} to {r.PlanEnd:yyyy-MM-dd}, continuing the stored days {r.HistoryFrom:yyyy-MM-dd} – {r.HistoryTo:yyyy-MM-dd}\n"),
            new Style(decoration: Decoration.Bold)));
        Bullets(console, [.. r.Changes.Select(c => "Change: " + c), "Unchanged plan: " + r.BaselinePlanRule]);
        var twin = r.Twin;
        var performance = twin.Fitted ? $"{twin.Test} ({twin.Unit}, {(twin.HigherIsBetter ? "higher" : "lower")} is better)" : null;
        Bullets(console, [twin.Fitted
            ? string.Create(CultureInfo.InvariantCulture, $"Twin: fitted to {twin.Tests} {twin.Test} tests — R² {twin.RSquared:0.00}, RMSE {twin.Rmse:0.###}, leave-one-test-out RMSE {Format(twin.LeaveOneOutRmse, "0.###")}; ") +
              string.Join(", ", twin.Parameters.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:0.####}") +
                  (twin.Intervals.TryGetValue(p.Key, out var ci) ? string.Create(CultureInfo.InvariantCulture, $" [{ci[0]:0.####}, {ci[1]:0.####}]") : "")))
            : "Twin: " + twin.Reason, .. twin.Notes.Select(n => "Twin: " + n), .. r.Notes.Select(n => "Note: " + n)]);

        Heading(console, "Summary");
        var summary = new Table().AddColumns("", "Unchanged plan", "With the change");
        summary.Columns[1].RightAligned();
        summary.Columns[2].RightAligned();
        void Row(string name, Func<TrajectoryTotals, string> value) => summary.AddRow(Cell(name), Cell(value(r.Plan)), Cell(value(r.Changed)));
        Row("Sessions", t => t.Sessions.ToString(CultureInfo.InvariantCulture));
        Row("Total load", t => Format(t.TotalLoad, "0"));
        Row("Final fitness", t => Format(t.FinalFitness, "0.0"));
        Row("Final fatigue", t => Format(t.FinalFatigue, "0.0"));
        Row("Final form", t => Signed(t.FinalForm));
        if (performance is not null)
        {
            Row("Final performance", t => Format(t.FinalPerformance, "0.###"));
            Row("Best performance", t => t.BestPerformance is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{t.BestPerformance:0.###} on {t.BestPerformanceDate:yyyy-MM-dd}"));
        }

        Row("Highest EWMA ACWR", t => Format(t.MaxAcwrEwma, "0.00"));
        Row("Highest monotony", t => Format(t.MaxMonotony, "0.00"));
        Row("Highest ramp rate", t => Signed(t.MaxRampRate));
        Row("Days with a load signal", t => t.SignalDays.ToString(CultureInfo.InvariantCulture));
        console.Write(summary);

        Heading(console, "Day by day (unchanged | changed)");
        var days = new Table().AddColumns("Date", "Load", "Fitness", "Fatigue", "Form", "EWMA ACWR", "Monotony");
        if (performance is not null) days.AddColumn(new TableColumn(Cell("Performance")));
        days.AddColumns("Signals (changed plan)", "Signals (unchanged plan)");
        for (var k = 1; k < days.Columns.Count - 2; k++) days.Columns[k].RightAligned();
        foreach (var d in r.Days)
        {
            var cells = new List<string>
            {
                d.Date.ToString("yyyy-MM-dd ddd", CultureInfo.InvariantCulture),
                Pair(d.Plan.Load, d.Changed.Load, "0"),
                Pair(d.Plan.Fitness, d.Changed.Fitness, "0.0"),
                Pair(d.Plan.Fatigue, d.Changed.Fatigue, "0.0"),
                Pair(d.Plan.Form, d.Changed.Form, "0.0"),
                Pair(d.Plan.AcwrEwma, d.Changed.AcwrEwma, "0.00"),
                Pair(d.Plan.Monotony, d.Changed.Monotony, "0.00"),
            };
            if (performance is not null) cells.Add(Pair(d.Plan.Performance, d.Changed.Performance, "0.###"));
            cells.Add(string.Join("; ", d.Changed.Signals));
            cells.Add(string.Join("; ", d.Plan.Signals));
            days.AddRow([.. cells.Select(Cell)]);
        }

        console.Write(days);
        Bullets(console, [
            "Load: " + r.Conventions.Load, "Fitness: " + r.Conventions.Fitness, "Fatigue: " + r.Conventions.Fatigue, "Form: " + r.Conventions.Form,
            "EWMA ACWR: " + r.Conventions.AcwrEwma, "Monotony: " + r.Conventions.Monotony, "Signals: " + r.SignalRule,
            .. performance is null ? Array.Empty<string>() : ["Performance: " + performance + " predicted by the fitted twin (Banister model) from the loads of the stored days and the plan"]]);
    }

    private static string Pair(double? unchanged, double? changed, string format) =>
        unchanged == changed ? Format(unchanged, format) : $"{Format(unchanged, format, "–")} | {Format(changed, format, "–")}";

    private static string OneLine(string text) => text.Replace("\r\n", ";", StringComparison.Ordinal).Replace('\n', ';');
}
