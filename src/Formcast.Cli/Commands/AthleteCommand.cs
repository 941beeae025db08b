using System.CommandLine;
using System.Globalization;
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
        var day = state.Day!;
        var c = state.Conventions;
        console.Write(new Text(string.Create(CultureInfo.InvariantCulture,
            $"{state.Date:yyyy-MM-dd dddd}: {day.Status}, load {Num(day.Load)} from {day.LoadSource}, {day.Sessions} session(s), {Num(day.TrainingMinutes, "0")} min\n")));

        Heading(console, "Daily state");
        var table = new Table().AddColumns("Number", "Value", "Convention");
        table.Columns[1].RightAligned();
        void Row(string name, string value, string convention) => table.AddRow(Cell(name), Cell(value), Cell(convention));
        Row("Load", Num(day.Load), c.Load);
        Row("7-day load", Num(day.Load7Days), "sum of the last 7 daily loads, today included");
        Row("Fitness", Num(day.Fitness), c.Fitness);
        Row("Fatigue", Num(day.Fatigue), c.Fatigue);
        Row("Form", Signed(day.Form), c.Form);
        Row("Form after today", Signed(day.FormEndOfDay), "fitness − fatigue at the end of this day");
        Row("Ramp rate", Signed(day.RampRate), c.RampRate);
        Row("ACWR rolling coupled", Num(day.AcwrRollingCoupled, "0.00"), c.AcwrRollingCoupled);
        Row("ACWR rolling uncoupled", Num(day.AcwrRollingUncoupled, "0.00"), c.AcwrRollingUncoupled);
        Row("ACWR EWMA", Num(day.AcwrEwma, "0.00"), c.AcwrEwma);
        Row("Monotony", Num(day.Monotony, "0.00"), c.Monotony);
        Row("Strain", Num(day.Strain, "0"), c.Strain);
        Row("Readiness", day.Readiness is { } r ? Num(r, "0") + " / 100" : "not yet", c.Readiness);
        console.Write(table);

        Heading(console, "Readiness contributors");
        if (day.Contributors.Count == 0) console.WriteLine("No wellness or HRV answers to compare today.");
        else
        {
            var contributors = new Table().AddColumns("Contributor", "Value", "Baseline", "z", "Band", "Effect", "Explanation");
            foreach (var k in new[] { 1, 2, 3 }) contributors.Columns[k].RightAligned();
            foreach (var x in day.Contributors)
            {
                var baseline = Num(x.BaselineMean, "0.##") + (x.BandLow is { } lo && x.BandHigh is { } hi ? string.Create(CultureInfo.InvariantCulture, $" ({lo:0.00}–{hi:0.00})") : "");
                contributors.AddRow(Cell(x.Label), Cell(WithUnit(x.Value, x.Unit)), Cell(baseline), Cell(Signed(x.ZScore, "0.0")), Cell(x.Band), Cell(x.Direction), Cell(x.Explanation));
            }

            console.Write(contributors);
            console.Write(new Text("HRV: " + c.HrvContributor + "\nOthers: " + c.WellnessContributors + "\n"));
        }

        Heading(console, "Data quality");
        Bullets(console, day.Caveats.Count == 0 ? ["this day: no caveats"] : [$"this day: {string.Join("; ", day.Caveats)}"]);
        Bullets(console, state.Caveats);

        RenderEstimates(console, state.Estimates);
        RenderRaces(console, state.RacePredictions);

        Heading(console, "Provenance");
        console.Write(new Text(state.Provenance + (state.ConventionsMatch ? "" : "\n(computed with other conventions than described above)") + "\n"));
    }

    private static void RenderEstimates(IAnsiConsole console, FitnessEstimates e)
    {
        Heading(console, "Fitness estimates");
        var table = new Table().AddColumns("Estimate", "Value", "From", "Convention");
        if (e.EffectiveVo2Max is { } v)
            table.AddRow(Cell("Effective VO2max"), Cell(Num(v.Value, "0.0") + " ml/kg/min"), Cell(string.Create(CultureInfo.InvariantCulture, $"{v.Runs} runs {v.From:yyyy-MM-dd} – {v.To:yyyy-MM-dd}")), Cell(v.Convention));
        if (e.TrainingVdot is { } vdot) table.AddRow(Cell("VDOT for paces"), Cell(Num(vdot.Value, "0.0")), Cell(vdot.Source), Cell("Daniels & Gilbert 1979"));
        foreach (var fit in new[] { e.CriticalSpeed, e.CriticalPower }.OfType<CriticalIntensityView>())
        {
            var value = fit.Unit == "m/s"
                ? string.Create(CultureInfo.InvariantCulture, $"{fit.Critical:0.00} m/s ({Clock(fit.CriticalPaceSecondsPerKm)} /km), D′ {fit.Reserve:0} m")
                : string.Create(CultureInfo.InvariantCulture, $"{fit.Critical:0} W, W′ {fit.Reserve:0} J");
            var efforts = string.Join(", ", fit.Efforts.Select(x => string.Create(CultureInfo.InvariantCulture,
                $"{x.DurationSeconds / 60:0} min {x.Value:0.#} {(fit.Unit == "m/s" ? "m" : "W")} ({x.Source})")));
            table.AddRow(Cell(char.ToUpperInvariant(fit.Quantity[0]) + fit.Quantity[1..]), Cell(value + string.Create(CultureInfo.InvariantCulture, $", R² {fit.RSquared:0.000}")),
                Cell(efforts), Cell(fit.Convention + ". " + string.Join("; ", fit.Notes)));
        }

        if (e.EasyPace is { } easy)
        {
            table.AddRow(Cell("Easy pace today"), Cell($"{Clock(easy.SlowSecondsPerKm)}–{Clock(easy.FastSecondsPerKm)} /km"),
                Cell(string.Create(CultureInfo.InvariantCulture, $"{easy.LowFraction:P0}–{easy.HighFraction:P0} of VO2max, readiness {Num(easy.Readiness, "0")}")), Cell(easy.Convention));
        }

        if (table.Rows.Count > 0) console.Write(table);
        if (e.DanielsPaces.Count > 0)
        {
            var paces = new Table().AddColumns("Daniels pace", "Intensity", "Slow /km", "Fast /km");
            foreach (var p in e.DanielsPaces) paces.AddRow(p.Label, p.Intensity, Clock(p.SlowSecondsPerKm), Clock(p.FastSecondsPerKm));
            console.Write(paces);
        }

        if (e.Zones.Count > 0)
        {
            var width = e.Zones.Max(z => z.Zones.Count);
            var zones = new Table().AddColumn("Zones");
            for (var k = 1; k <= width; k++) zones.AddColumn(new TableColumn(Cell(string.Create(CultureInfo.InvariantCulture, $"Z{k}"))));
            zones.AddColumn("Convention");
            foreach (var set in e.Zones)
            {
                var pace = set.Unit == "m/s";
                var cells = new List<string> { pace ? "pace /km" : set.Model + " " + set.Unit };
                cells.AddRange(set.Zones.Select(z => pace
                    ? (z.High is null ? "< " + PaceOfSpeed(z.Low) : z.Low == 0 ? "> " + PaceOfSpeed(z.High) : PaceOfSpeed(z.Low) + "–" + PaceOfSpeed(z.High))
                    : (z.High is null ? "≥ " + Num(z.Low, "0") : z.Low == 0 ? "< " + Num(z.High, "0") : Num(z.Low, "0") + "–" + Num(z.High, "0"))));
                while (cells.Count <= width) cells.Add("");
                cells.Add(set.Convention);
                zones.AddRow([.. cells.Select(Cell)]);
            }

            console.Write(zones);
        }

        Bullets(console, e.Notes);
    }

    private static void RenderRaces(IAnsiConsole console, IReadOnlyList<RaceForecast> forecasts)
    {
        Heading(console, "Race predictions");
        if (forecasts.Count == 0)
        {
            console.WriteLine("No race in the last 365 days to predict from.");
            return;
        }

        var methods = forecasts.SelectMany(f => f.Methods.Select(m => m.Method)).Distinct().ToList();
        var table = new Table().AddColumn("Distance");
        foreach (var method in methods) table.AddColumn(new TableColumn(Cell(method)).RightAligned());
        table.AddColumn(new TableColumn(Cell("range (spread between methods)")).RightAligned());
        foreach (var f in forecasts)
        {
            var cells = new List<string> { f.Distance };
            cells.AddRange(methods.Select(method => Clock(f.Methods.FirstOrDefault(m => m.Method == method)?.Seconds)));
            cells.Add($"{Clock(f.LowSeconds)}–{Clock(f.HighSeconds)}");
            table.AddRow([.. cells.Select(Cell)]);
        }

        console.Write(table);
        var inputs = methods.Select(method =>
        {
            var used = forecasts.Select(f => f.Methods.FirstOrDefault(m => m.Method == method)).OfType<RaceMethodView>().ToList();
            var keys = used.SelectMany(m => m.Inputs.Keys).Distinct().Where(k => !k.StartsWith("reference_", StringComparison.Ordinal));
            return method + ": " + string.Join(", ", keys.Select(k =>
            {
                var values = used.Select(m => m.Inputs.TryGetValue(k, out var v) ? v.ToString("0.####", CultureInfo.InvariantCulture) : "–").ToList();
                return k + " " + (values.Distinct().Count() == 1 ? values[0] : string.Join(" / ", values));
            }));
        });
        Bullets(console, [.. inputs, .. forecasts.SelectMany(f => f.Methods.SelectMany(m => m.Notes)).Distinct()]);
        var race = forecasts[0].Methods[0].Races[0];
        console.Write(new Text(string.Create(CultureInfo.InvariantCulture,
            $"Reference race: {race.Name} {race.DistanceMeters:0} m in {Clock(race.TimeSeconds)} on {race.Date:yyyy-MM-dd}{(race.TemperatureCelsius is { } t ? $" at {t:0} °C" : "")}{(race.RelativeHumidityPercent is { } h ? $", {h:0} % humidity" : "")}.\n")));
    }
}
