using System.CommandLine;
using System.Globalization;
using Formcast.Cli.Infrastructure;
using Formcast.Core;
using Formcast.Storage;
using Formcast.Workflows;
using Spectre.Console;

namespace Formcast.Cli.Commands;

/// <summary><c>formcast athletes list|add|show</c>.</summary>
internal static class AthletesCommand
{
    private static readonly AccessContext Owner = AccessContext.Owner("cli");

    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("athletes", "List, add and show athletes");
        command.Add(List(environment));
        command.Add(Add(environment));
        command.Add(Show(environment));
        return command;
    }

    private static Command List(CliEnvironment environment)
    {
        var store = CommonOptions.Store(environment);
        var json = CommonOptions.Json();
        var command = new Command("list", "List the athletes in the store") { store, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var opened = await StoreOpener.OpenAsync(parse.GetValue(store)!, ct);
            var athletes = await opened.ListAthletesAsync(Owner, ct);
            if (parse.GetValue(json))
            {
                await JsonOutput.WriteAsync(environment, athletes.Select(Describe));
                return ExitCodes.Ok;
            }

            if (athletes.Count == 0)
            {
                environment.Console.MarkupLine("No athletes yet: add one with [bold]formcast athletes add HANDLE[/], or seed a demo squad with [bold]formcast demo[/].");
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Handle", "Sport", "Sex", "Born", "Level", "Time zone");
            foreach (var a in athletes)
                table.AddRow(Markup.Escape(a.Handle), Names.Sport(a.Sport), Names.Sex(a.Sex), a.BirthYear?.ToString(CultureInfo.InvariantCulture) ?? "", Names.Level(a.Level), Markup.Escape(a.TimeZoneId));
            environment.Console.Write(table);
            environment.Console.MarkupLineInterpolated($"{athletes.Count} athletes");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Add(CliEnvironment environment)
    {
        var store = CommonOptions.Store(environment);
        var json = CommonOptions.Json();
        var handle = new Argument<string>("handle") { Description = "Short unique name: a–z, 0–9, '-' or '_'" };
        var name = new Option<string?>("--name") { Description = "Full name (stored protected)" };
        var sex = new Option<string>("--sex") { Description = "female, male or unspecified", DefaultValueFactory = _ => "unspecified" };
        sex.AcceptOnlyFromAmong([.. Choices.Sexes.Keys]);
        var sport = new Option<string>("--sport") { Description = "Sport family", DefaultValueFactory = _ => "running" };
        sport.AcceptOnlyFromAmong([.. Choices.Sports.Keys]);
        var level = new Option<string>("--level") { Description = "general-population … elite", DefaultValueFactory = _ => "recreational" };
        level.AcceptOnlyFromAmong([.. Choices.Levels.Keys]);
        var birthYear = new Option<int?>("--birth-year") { Description = "Year of birth" };
        var discipline = new Option<string?>("--discipline") { Description = "Event or position, e.g. '800 m', 'javelin'" };
        var timeZone = new Option<string>("--time-zone") { Description = "IANA time zone; days are counted in it", DefaultValueFactory = _ => TimeZoneInfo.Local.Id };
        var maxHr = new Option<double?>("--max-hr") { Description = "Maximal heart rate, bpm" };
        var restHr = new Option<double?>("--rest-hr") { Description = "Resting heart rate, bpm" };
        var thresholdHr = new Option<double?>("--threshold-hr") { Description = "Lactate-threshold heart rate, bpm" };
        var thresholdPace = new Option<string?>("--threshold-pace") { Description = "Threshold pace per km, m:ss" };
        var thresholdPower = new Option<double?>("--threshold-power") { Description = "Threshold power, W" };
        var command = new Command("add", "Add an athlete")
        {
            handle, name, sex, sport, level, birthYear, discipline, timeZone, maxHr, restHr, thresholdHr, thresholdPace, thresholdPower, store, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var thresholds = new List<PhysiologicalThresholds>();
            var max = parse.GetValue(maxHr);
            var rest = parse.GetValue(restHr);
            if ((max is null) != (rest is null)) throw new CliException("give both --max-hr and --rest-hr (heart-rate reserve needs both)");
            if (max is { } m && rest is { } r)
            {
                thresholds.Add(new PhysiologicalThresholds(DateOnly.FromDateTime(environment.Clock.GetUtcNow().UtcDateTime), m, r,
                    parse.GetValue(thresholdHr), ParsePace(parse.GetValue(thresholdPace)), parse.GetValue(thresholdPower)));
            }
            else if (parse.GetValue(thresholdHr) is not null || parse.GetValue(thresholdPace) is not null || parse.GetValue(thresholdPower) is not null)
            {
                throw new CliException("thresholds need --max-hr and --rest-hr as well");
            }

            var athlete = new Athlete
            {
                Id = AthleteId.New(),
                Handle = parse.GetValue(handle)!,
                DisplayName = parse.GetValue(name),
                Sex = Choices.Sexes[parse.GetValue(sex)!],
                Sport = Choices.Sports[parse.GetValue(sport)!],
                Level = Choices.Levels[parse.GetValue(level)!],
                BirthYear = parse.GetValue(birthYear),
                Discipline = parse.GetValue(discipline),
                TimeZoneId = parse.GetValue(timeZone)!,
                Thresholds = thresholds,
            };
            if (athlete.Validate() is { } problem) throw new CliException(problem);

            await using var opened = await StoreOpener.OpenAsync(parse.GetValue(store)!, ct);
            if (await opened.FindAthleteAsync(Owner, athlete.Handle, ct) is not null)
                throw new CliException($"an athlete with handle '{athlete.Handle}' already exists");
            var batch = new StoreBatch();
            batch.Athletes.Add(athlete);
            await opened.WriteAsync(Owner, batch, ct);
            if (parse.GetValue(json)) await JsonOutput.WriteAsync(environment, Describe(athlete));
            else environment.Console.MarkupLineInterpolated($"Added [bold]{athlete.Handle}[/] ({athlete.Id}).");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliEnvironment environment)
    {
        var store = CommonOptions.Store(environment);
        var json = CommonOptions.Json();
        var who = new Argument<string>("athlete") { Description = "Handle or id" };
        var command = new Command("show", "Show one athlete") { who, store, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var opened = await StoreOpener.OpenAsync(parse.GetValue(store)!, ct);
            var key = parse.GetValue(who)!;
            var athlete = await opened.FindAthleteAsync(Owner, key, ct)
                ?? throw new CliException($"no athlete '{key}' in {opened.Info.Location}; 'formcast athletes list' shows who is there");
            var activities = await opened.ListActivitiesAsync(Owner, athlete.Id, DateRange.All, false, ct);
            var wellness = await opened.ListWellnessAsync(Owner, athlete.Id, DateRange.All, ct);
            var injuries = await opened.ListInjuriesAsync(Owner, athlete.Id, ct);
            var details = new
            {
                Athlete = Describe(athlete),
                Activities = activities.Count,
                FirstActivity = activities.Count > 0 ? activities[0].StartUtc : (DateTimeOffset?)null,
                LastActivity = activities.Count > 0 ? activities[^1].StartUtc : (DateTimeOffset?)null,
                WellnessDays = wellness.Count,
                Injuries = injuries.Select(i => new { i.OnsetDate, i.BodyPart, i.Type, i.Severity, i.TimeLossDays }),
            };
            if (parse.GetValue(json))
            {
                await JsonOutput.WriteAsync(environment, details);
                return ExitCodes.Ok;
            }

            var grid = new Grid().AddColumn().AddColumn();
            void Row(string label, string value) => grid.AddRow(new Text(label, new Style(decoration: Decoration.Bold)), new Text(value));
            Row("Handle", athlete.Handle);
            Row("Id", athlete.Id.ToString());
            Row("Name", athlete.DisplayName ?? "");
            Row("Sport", Names.Sport(athlete.Sport) + (athlete.Discipline is { } d ? $" ({d})" : ""));
            Row("Sex", Names.Sex(athlete.Sex));
            Row("Born", athlete.BirthYear?.ToString(CultureInfo.InvariantCulture) ?? "");
            Row("Level", Names.Level(athlete.Level));
            Row("Time zone", athlete.TimeZoneId);
            Row("Activities", activities.Count == 0 ? "none" : string.Create(CultureInfo.InvariantCulture, $"{activities.Count} ({activities[0].StartUtc:yyyy-MM-dd} – {activities[^1].StartUtc:yyyy-MM-dd})"));
            Row("Wellness days", wellness.Count.ToString(CultureInfo.InvariantCulture));
            Row("Injuries", injuries.Count == 0 ? "none" : string.Join("; ", injuries.Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.OnsetDate:yyyy-MM-dd} {i.BodyPart} {i.Type} ({i.TimeLossDays} d)"))));
            environment.Console.Write(grid);
            if (athlete.Thresholds.Count > 0)
            {
                var table = new Table().AddColumns("From", "Max HR", "Rest HR", "Threshold HR", "Threshold pace /km", "Threshold power");
                foreach (var t in athlete.Thresholds)
                {
                    table.AddRow(t.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Num(t.MaxHeartRateBpm), Num(t.RestingHeartRateBpm),
                        Num(t.ThresholdHeartRateBpm), t.ThresholdPaceSecondsPerKm is { } p ? FormatPace(p) : "", Num(t.ThresholdPowerWatts));
                }

                environment.Console.Write(table);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static object Describe(Athlete a) => new
    {
        Id = a.Id.ToString(),
        a.Handle,
        a.DisplayName,
        Sex = Choices.Kebab(a.Sex),
        a.BirthYear,
        Sport = Choices.Kebab(a.Sport),
        a.Discipline,
        Level = Choices.Kebab(a.Level),
        a.TimeZoneId,
        a.Thresholds,
    };

    private static string Num(double? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? "";

    private static string FormatPace(double secondsPerKm) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)secondsPerKm / 60}:{(int)secondsPerKm % 60:00}");

    private static double? ParsePace(string? text)
    {
        if (text is null) return null;
        var parts = text.Split(':');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds < 60)
            return (minutes * 60) + seconds;
        throw new CliException($"--threshold-pace '{text}' is not m:ss per km (e.g. 4:05)");
    }
}
