using System.CommandLine;
using Formcast.Cli.Infrastructure;
using Formcast.Core;
using Formcast.Workflows.Athletes;
using Formcast.Workflows.Daily;
using Spectre.Console;
using static Formcast.Cli.Infrastructure.Display;

namespace Formcast.Cli.Commands;

/// <summary><c>formcast athlete state ATHLETE [--date]</c>: one athlete-day's full state with the convention of every number.</summary>
internal static class AthleteCommand
{
    private static readonly AccessContext Owner = AccessContext.Owner("cli");

    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("athlete", "One athlete's numbers: daily state, readiness, fitness estimates, race predictions");
        command.Add(State(environment));
        return command;
    }

    private static Command State(CliEnvironment environment)
    {
        var store = CommonOptions.Store(environment);
        var json = CommonOptions.Json();
        var who = new Argument<string>("athlete") { Description = "Handle or id" };
        var date = new Option<string?>("--date") { Description = "Day to show, yyyy-MM-dd (default: today in the athlete's time zone)" };
        var command = new Command("state", "The athlete-day's full state with conventions, caveats and provenance") { who, date, store, json };
        command.SetAction(async (parse, ct) =>
        {
            var asked = AthleteLookup.ParseDate(parse.GetValue(date), "--date");
            await using var opened = await StoreOpener.OpenAsync(parse.GetValue(store)!, ct);
            var athlete = await AthleteLookup.FindAsync(opened, Owner, parse.GetValue(who)!, ct);
            var daily = new DailyStateWorkflow(opened, Owner, clock: environment.Clock);
            var today = athlete.LocalDayOf(environment.Clock.GetUtcNow());
            var days = await CurrentDays.EnsureAsync(daily, opened, Owner, athlete, today, ct);
            var day = asked ?? today;
            if (days.Count == 0) throw new CliException($"no athlete-days for '{athlete.Handle}': import sessions or wellness first");
            if (day < days[0].Date || day > days[^1].Date)
                throw new CliException($"no athlete-day for {day:yyyy-MM-dd}: '{athlete.Handle}' has days from {days[0].Date:yyyy-MM-dd} to {days[^1].Date:yyyy-MM-dd}");

            var state = await AthleteStateQuery.RunAsync(opened, Owner, athlete, day, daily.Options, ct);
            if (parse.GetValue(json)) await JsonOutput.WriteAsync(environment, state);
            else Render(environment.Console, state);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static void Render(IAnsiConsole console, AthleteState state)
    {
        var a = state.Athlete;
        console.Write(new Text(string.Join(" · ", new[] { a.Handle, a.Sport + (a.Discipline is { } d ? $" ({d})" : ""), a.Sex, a.Age is { } age ? $"{age} years" : null, a.Level, a.TimeZone }.OfType<string>()) + "\n",
            new Style(decoration: Decoration.Bold)));
        console.Write(new Text(StateTables.DayLine(state) + "\n"));
        var day = state.Day!;
        Heading(console, "Daily state");
        Write(console, StateTables.Daily(day, state.Conventions));

        Heading(console, "Readiness contributors");
        if (day.Contributors.Count == 0) console.WriteLine("No wellness or HRV answers to compare today.");
        Write(console, StateTables.Contributors(day));
        Bullets(console, ["HRV: " + state.Conventions.HrvContributor, "Others: " + state.Conventions.WellnessContributors]);

        Heading(console, "Data quality");
        Bullets(console, [day.Caveats.Count == 0 ? "this day: no caveats" : $"this day: {string.Join("; ", day.Caveats)}", .. state.Caveats]);

        Heading(console, "Fitness estimates");
        Write(console, StateTables.Estimates(state.Estimates));
        Write(console, StateTables.DanielsPaces(state.Estimates));
        Write(console, StateTables.Zones(state.Estimates));
        Bullets(console, state.Estimates.Notes);

        Heading(console, "Race predictions");
        if (state.RacePredictions.Count == 0) console.WriteLine("No race in the last 365 days to predict from.");
        Write(console, StateTables.Races(state.RacePredictions));
        Bullets(console, StateTables.RaceInputs(state.RacePredictions));

        Heading(console, "Provenance");
        console.Write(new Text(state.Provenance + (state.ConventionsMatch ? "" : "\n(computed with other conventions than described above)") + "\n"));
    }
}
