using System.CommandLine;
using System.Globalization;
using Formcast.Cli.Infrastructure;
using Formcast.Core;
using Formcast.Formats;
using Formcast.Workflows.Import;
using Spectre.Console;

namespace Formcast.Cli.Commands;

/// <summary><c>formcast import PATH...</c>: device files, sheets, folders and archives into the store.</summary>
internal static class ImportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders or archives (ZIP, .gz): FIT, TCX, GPX and CSV sheets", Arity = ArgumentArity.OneOrMore };
        var athlete = new Option<string?>("--athlete") { Description = "Handle or id of the athlete the files belong to" };
        var map = new Option<string?>("--map") { Description = "JSON file mapping device serials and sheet athlete keys to handles: {\"devices\": {...}, \"athletes\": {...}}" };
        var mapping = new Option<string?>("--mapping") { Description = "Sheet mapping: pmsys-wellness, pmsys-srpe, pmsys-injury, hrv4training, or a JSON mapping file (docs/sheets.md)" };
        var create = new Option<bool>("--create-athletes") { Description = "Create athletes named in sheets (or the map) that are not in the store yet" };
        var timeZone = new Option<string>("--time-zone") { Description = "Time zone of athletes created by the import", DefaultValueFactory = _ => "UTC" };
        var strict = new Option<bool>("--strict") { Description = "Fail damaged files instead of importing what is readable" };
        var noRecompute = new Option<bool>("--no-recompute") { Description = "Do not bring the daily state up to date afterwards" };
        var store = CommonOptions.Store(environment);
        var json = CommonOptions.Json();
        var command = new Command("import", "Import watch and sensor files, wellness/RPE/injury/test sheets, folders and archives")
        {
            paths, athlete, map, mapping, create, timeZone, strict, noRecompute, store, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (!TimeZones.IsKnown(parse.GetValue(timeZone))) throw new CliException($"--time-zone '{parse.GetValue(timeZone)}' is not a known IANA time zone");
            AthleteMap athleteMap;
            try
            {
                athleteMap = parse.GetValue(map) is { } mapFile ? AthleteMap.Load(mapFile) : AthleteMap.Empty;
            }
            catch (ArgumentException e)
            {
                throw new CliException(e.Message);
            }

            var options = new ImportOptions
            {
                Athlete = parse.GetValue(athlete),
                Map = athleteMap,
                SheetMapping = parse.GetValue(mapping),
                CreateAthletes = parse.GetValue(create),
                TimeZone = parse.GetValue(timeZone)!,
                Mode = parse.GetValue(strict) ? DecodeMode.Strict : DecodeMode.Lenient,
                Recompute = !parse.GetValue(noRecompute),
            };
            await using var opened = await StoreOpener.OpenAsync(parse.GetValue(store)!, ct);
            var owner = AccessContext.Owner("cli-import");
            if (options.Athlete is { } chosen && await opened.FindAthleteAsync(owner, chosen, ct) is null)
                throw new CliException($"no athlete '{chosen}' in {opened.Info.Location}; add it with 'formcast athletes add {chosen}'");

            ImportSummary summary;
            try
            {
                summary = await ProgressReporter.RunAsync(environment, "Importing", progress =>
                    new ImportPipeline(opened, owner, environment.Clock).RunAsync(parse.GetValue(paths)!, options, progress, ct));
            }
            catch (ArgumentException e)
            {
                throw new CliException(e.Message);
            }

            if (parse.GetValue(json)) await JsonOutput.WriteAsync(environment, summary);
            else Render(environment.Console, summary);
            return summary.Failed > 0 ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, ImportSummary summary)
    {
        var problems = summary.Files.Where(f => f.Outcome == ImportOutcome.Failed || f.Warnings > 0).ToList();
        if (problems.Count > 0)
        {
            var table = new Table().AddColumns("File", "Outcome", "Details");
            foreach (var file in problems)
            {
                var details = file.Outcome == ImportOutcome.Failed
                    ? file.Reason ?? ""
                    : string.Join("\n", file.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Take(3).Select(d => d.Message))
                      + (file.Warnings > 3 ? string.Create(CultureInfo.InvariantCulture, $"\n… and {file.Warnings - 3} more (--json lists all)") : "");
                table.AddRow(Markup.Escape(file.Name), file.Outcome == ImportOutcome.Failed ? "[red]failed[/]" : "[yellow]warnings[/]", Markup.Escape(details));
            }

            console.Write(table);
        }

        var totals = new Table().AddColumns("Imported", "Duplicates", "Empty", "Skipped", "Failed", "Warnings", "Activities", "Sheet rows", "Days recomputed");
        totals.AddRow(Num(summary.Imported), Num(summary.Duplicates), Num(summary.Empty), Num(summary.Skipped), Num(summary.Failed), Num(summary.Warnings),
            Num(summary.Activities), Num(summary.Records), Num(summary.AthleteDaysRecomputed));
        console.Write(totals);
        if (summary.AthletesCreated > 0) console.MarkupLineInterpolated($"Created {summary.AthletesCreated} athlete(s).");
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
