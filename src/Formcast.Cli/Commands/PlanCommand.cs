using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Formcast.Cli.Infrastructure;
using Formcast.Core;
using Formcast.Planning;
using Formcast.Storage;
using Formcast.Workflows.Planning;
using Spectre.Console;

namespace Formcast.Cli.Commands;

/// <summary><c>formcast plan evaluate|recommend|train</c>: compare the planners on simulated athletes, recommend
/// sessions for a stored athlete, and train a PPO policy file.</summary>
internal static class PlanCommand
{
    private static readonly AccessContext Owner = AccessContext.Owner("cli-plan");

    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("plan", "Training plans: compare planners on simulated athletes, recommend today's session and the week");
        command.Add(Evaluate(environment));
        command.Add(Recommend(environment));
        command.Add(Train(environment));
        command.Add(Coach(environment));
        return command;
    }

    private static Command Evaluate(CliEnvironment environment)
    {
        var defaults = new PlanEvaluationRequest();
        var seeds = new Option<int>("--seeds") { Description = "Seeds (every learning planner is retrained per seed)", DefaultValueFactory = _ => defaults.Seeds };
        var athletes = new Option<int>("--athletes") { Description = "Held-out simulated athletes per stratum (sport × level) and sex", DefaultValueFactory = _ => defaults.AthletesPerCell };
        var steps = new Option<int>("--steps") { Description = "PPO interaction steps per training (the reference study's 50,000)", DefaultValueFactory = _ => defaults.PpoSteps };
        var extended = new Option<int?>("--extended-steps") { Description = "Also train PPO this many steps (an extra row)" };
        var noSlots = new Option<bool>("--no-slots") { Description = "Skip PPO in the study's 20-minute slots" };
        var noTransfer = new Option<bool>("--no-transfer") { Description = "Skip cross-population transfer" };
        var fineTune = new Option<int>("--fine-tune-steps") { Description = "PPO steps of fine-tuning on a real athlete's twin (0 skips)", DefaultValueFactory = _ => defaults.FineTuningSteps };
        var seed = new Option<ulong>("--seed") { Description = "Base seed", DefaultValueFactory = _ => defaults.BaseSeed };
        var quick = new Option<bool>("--quick") { Description = "Smoke run: fewer generations, one transfer population, short fine-tuning" };
        var output = new Option<string?>("--out") { Description = "Also write the report to this file: .html for a page, anything else for Markdown" };
        var json = CommonOptions.Json();
        var command = new Command("evaluate", "Run every planner on the same held-out simulated athletes and print the comparison (mean and 95 % CI over seeds)")
        {
            seeds, athletes, steps, extended, noSlots, noTransfer, fineTune, seed, quick, output, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var request = new PlanEvaluationRequest
            {
                Seeds = parse.GetValue(seeds),
                AthletesPerCell = parse.GetValue(athletes),
                PpoSteps = parse.GetValue(steps),
                ExtendedPpoSteps = parse.GetValue(extended),
                StudySlots = !parse.GetValue(noSlots),
                Transfer = !parse.GetValue(noTransfer),
                FineTuningSteps = parse.GetValue(fineTune),
                BaseSeed = parse.GetValue(seed),
                Quick = parse.GetValue(quick),
            };
            try
            {
                PlanEvaluationWorkflow.Options(request);
            }
            catch (ArgumentException e)
            {
                throw new CliException($"plan evaluate: {e.Message}");
            }

            var started = Stopwatch.GetTimestamp();
            var report = await Task.Run(() => PlanEvaluationWorkflow.Run(request, new LineProgress(environment.Error), ct), ct);
            var minutes = Stopwatch.GetElapsedTime(started).TotalMinutes;
            if (parse.GetValue(output) is { } file)
            {
                var line = "formcast plan evaluate " + string.Join(' ', parse.Tokens.Select(t => t.Value).Where(v => v != "evaluate" && v != "plan"));
                var markdown = PlanEvaluationRenderer.ToMarkdown(report, line.Trim(), environment.Clock.GetUtcNow(), minutes,
                    $"{Environment.ProcessorCount} cores, load average {LoadAverage()} at the end");
                var path = Path.GetFullPath(file);
                await File.WriteAllTextAsync(path, path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? PlanEvaluationRenderer.ToHtml(markdown) : markdown, ct);
                await environment.Error.WriteLineAsync($"formcast: wrote {path}");
            }

            if (parse.GetValue(json)) await JsonOutput.WriteAsync(environment, report);
            else Print(environment.Console, report);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Recommend(CliEnvironment environment)
    {
        var store = CommonOptions.Store(environment);
        var json = CommonOptions.Json();
        var who = new Argument<string>("athlete") { Description = "Handle or id" };
        var date = new Option<string?>("--date") { Description = "Day to plan from, yyyy-MM-dd (default: today)" };
        var planner = new Option<string>("--planner") { Description = "ppo (the shipped policy, or --policy), fixed, ga, lp, svr or hrv", DefaultValueFactory = _ => PlanPlanners.Ppo };
        planner.AcceptOnlyFromAmong([.. PlanPlanners.Names]);
        var compare = new Option<bool>("--compare") { Description = "Also show what every other planner would do" };
        var coach = new Option<string[]>("--coach")
        {
            Description = $"A coach-set session that always wins: yyyy-MM-dd:TYPE[:MINUTES], TYPE one of {SessionSpec.Types} (repeatable)",
            AllowMultipleArgumentsPerToken = false,
        };
        var whatIf = new Option<string?>("--what-if") { Description = "Forecast a week you propose: TYPE[:MINUTES] per day, today first, comma-separated; '-' leaves a day to the planner" };
        var policy = new Option<string?>("--policy") { Description = "A PPO policy file (from 'formcast plan train') instead of the shipped one" };
        var command = new Command("recommend", "Today's session and the coming week for an athlete, with targets, safety limits and reasons")
        {
            who, date, planner, compare, coach, whatIf, policy, store, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var day = DateOnly.FromDateTime(environment.Clock.GetUtcNow().UtcDateTime);
            if (parse.GetValue(date) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
                throw new CliException($"--date '{text}' is not a yyyy-MM-dd date");
            var request = new PlanRecommendationRequest
            {
                Athlete = parse.GetValue(who)!,
                Date = day,
                Planner = parse.GetValue(planner)!,
                Compare = parse.GetValue(compare),
                CoachSessions = parse.GetValue(coach) ?? [],
                WhatIf = parse.GetValue(whatIf) is { } week ? week.Split(',') : [],
                PolicyPath = parse.GetValue(policy),
            };
            await using var opened = await StoreOpener.OpenAsync(parse.GetValue(store)!, ct);
            var outcome = await new PlanRecommendationWorkflow(opened, Owner).RunAsync(request, ct);
            if (outcome.Result is not { } result)
            {
                throw new CliException(outcome.NotFound
                    ? $"{outcome.Problem} in {opened.Info.Location}; 'formcast athletes list' shows who is there"
                    : outcome.Problem ?? "no recommendation");
            }

            if (parse.GetValue(json)) await JsonOutput.WriteAsync(environment, result);
            else Print(environment.Console, result);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Coach(CliEnvironment environment)
    {
        var store = CommonOptions.Store(environment);
        var who = new Argument<string>("athlete") { Description = "Handle or id" };
        var date = new Option<string>("--date") { Description = "Day of the session, yyyy-MM-dd", Required = true };
        var session = new Option<string?>("--session") { Description = $"TYPE[:MINUTES], TYPE one of {SessionSpec.Types}" };
        var reason = new Option<string?>("--reason") { Description = "Why, shown with the plan (e.g. 'team travel')" };
        var clear = new Option<bool>("--clear") { Description = "Withdraw the coach session of that day" };
        var command = new Command("coach", "Save (or --clear) a coach-set session for a day; every planner's recommendation follows it")
        {
            who, date, session, reason, clear, store,
        };
        command.SetAction(async (parse, ct) =>
        {
            var text = parse.GetValue(date)!;
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                throw new CliException($"--date '{text}' is not a yyyy-MM-dd date");
            var spec = parse.GetValue(session);
            if (parse.GetValue(clear) == (spec is not null)) throw new CliException("give either --session TYPE[:MINUTES] or --clear");
            await using var opened = await StoreOpener.OpenAsync(parse.GetValue(store)!, ct);
            var athlete = await opened.FindAthleteAsync(Owner, parse.GetValue(who)!, ct)
                ?? throw new CliException($"no athlete '{parse.GetValue(who)}' in {opened.Info.Location}; 'formcast athletes list' shows who is there");
            var batch = new StoreBatch();
            if (spec is null)
            {
                batch.ClearedCoachSessions.Add((athlete.Id, day));
            }
            else
            {
                var planned = SessionSpec.ParseSession(spec, athlete.Id, day, out var error) ?? throw new CliException($"--session {error}");
                // Without a reason the recommendation explains the override itself, safety notes included, as for --coach.
                batch.CoachSessions.Add(planned with { IsCoachOverride = true, Reason = parse.GetValue(reason) ?? "" });
            }

            var written = await opened.WriteAsync(Owner, batch, ct);
            environment.Console.MarkupLineInterpolated($"{(spec is null ? (written.RowsWritten > 0 ? "Cleared" : "No coach session to clear on") : "Saved")} {text} for {athlete.Handle}{(spec is null ? "" : ": " + spec)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Train(CliEnvironment environment)
    {
        var output = new Option<string>("--out") { Description = "Policy file to write", Required = true };
        var steps = new Option<int>("--steps") { Description = "Interaction steps", DefaultValueFactory = _ => 50_000 };
        var seed = new Option<ulong>("--seed") { Description = "Seed", DefaultValueFactory = _ => 2025 };
        var population = new Option<string>("--population") { Description = "Simulated population to train on", DefaultValueFactory = _ => PopulationSpec.University.Name };
        population.AcceptOnlyFromAmong([.. PopulationSpec.Presets.Select(p => p.Name)]);
        var command = new Command("train", "Train a PPO policy (reference configuration, one decision a day) for 'plan recommend --policy'")
        {
            output, steps, seed, population,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(steps) <= 0) throw new CliException("--steps must be positive");
            var result = await Task.Run(() => PlanPlanners.TrainPolicy(parse.GetValue(steps), parse.GetValue(seed), PopulationSpec.Find(parse.GetValue(population)!), ct), ct);
            var path = Path.GetFullPath(parse.GetValue(output)!);
            result.Policy.Save(path);
            environment.Console.MarkupLineInterpolated(
                $"Trained {result.Steps:N0} steps in {result.ElapsedSeconds:0.0} s ({result.StepsPerSecond:N0} steps/s); wrote {path}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(IAnsiConsole console, PlanRecommendationResult result)
    {
        var today = result.Plan.Today;
        console.MarkupLineInterpolated($"[bold]{result.Athlete}[/], {result.Date:yyyy-MM-dd} — planner [bold]{result.Plan.Planner}[/]{(result.Plan.Planner == PlanPlanners.Ppo ? $" (policy {result.Policy})" : "")}");
        console.MarkupLineInterpolated($"Today: [bold]{Describe(today)}[/]");
        console.WriteLine($"Why: {today.Reason}");
        if (result.HistoryDaysWithLoad < 7)
            console.MarkupLineInterpolated($"[yellow]Only {result.HistoryDaysWithLoad} days with recorded load in the last six weeks: the state is a guess.[/]");
        console.Write(WeekTable(result.Plan));
        if (result.Alternatives.Count > 0)
        {
            var table = new Table().Title("Other planners (same state, same limits)").AddColumns("planner", "today", "week load", "hard days", "performance index day 7", "injury risk (week)");
            foreach (var plan in new[] { result.Plan }.Concat(result.Alternatives)) table.AddRow(Summary(plan));
            console.Write(table);
        }

        if (result.WhatIf is { } whatIf)
        {
            console.Write(WeekTable(whatIf, "What-if week"));
            var table = new Table().Title("Recommendation against what-if").AddColumns("plan", "today", "week load", "hard days", "performance index day 7", "injury risk (week)");
            table.AddRow(Summary(result.Plan));
            table.AddRow(Summary(whatIf with { Planner = "what-if" }));
            console.Write(table);
        }
    }

    private static Table WeekTable(PlanView plan, string? title = null)
    {
        var table = new Table().AddColumns("date", "session", "min", "load", "HR bpm", "pace /km", "power W", "by");
        if (title is not null) table.Title(title);
        foreach (var s in plan.Week)
        {
            table.AddRow(Cells(s.Date.ToString("ddd yyyy-MM-dd", CultureInfo.InvariantCulture), s.Type, s.DurationMinutes.ToString("0", CultureInfo.InvariantCulture),
                s.PlannedLoad.ToString("0", CultureInfo.InvariantCulture), s.HeartRateBpm?.ToString() ?? "", s.PacePerKm?.ToString() ?? "", s.PowerWatts?.ToString() ?? "",
                s.CoachOverride ? "coach" : s.Planner));
        }

        return table;
    }

    private static string[] Summary(PlanView plan)
    {
        var risk = 1 - plan.Forecast.Aggregate(1.0, (p, f) => p * (1 - (f.InjuryProbability ?? 0)));
        return Cells(
            plan.Planner, Describe(plan.Today), plan.Week.Sum(s => s.PlannedLoad).ToString("0", CultureInfo.InvariantCulture),
            plan.Week.Count(s => s.Type is "threshold" or "intervals" or "sprint" or "race").ToString(CultureInfo.InvariantCulture),
            plan.Forecast[^1].PerformanceIndex?.ToString("0.00", CultureInfo.InvariantCulture) ?? "", risk.ToString("0.0000", CultureInfo.InvariantCulture));
    }

    private static string Describe(SessionView s)
    {
        if (s.Type == "rest") return "rest";
        var targets = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{s.Type} {s.DurationMinutes:0} min") };
        if (s.HeartRateBpm is { } hr) targets.Add($"HR {hr} bpm");
        if (s.PacePerKm is { } pace) targets.Add($"pace {pace}");
        if (s.PowerWatts is { } power) targets.Add($"power {power} W");
        return string.Join(", ", targets);
    }

    private static void Print(IAnsiConsole console, PlanComparisonReport report)
    {
        var table = new Table().Title(Markup.Escape("Held-out simulated athletes: mean [95 % CI] over seeds"))
            .AddColumns("planner", "configuration", "gain %", "improved %", "injuries/athlete", "fatigue", "kWh/day", "cost/day", "CO₂ kg/day", "reward", "ms/day", "rounds", "training s");
        foreach (var r in report.Planners)
        {
            table.AddRow(Cells(r.Planner, r.Configuration, r.PerformanceGainPercent.Format(), r.ImprovedPercent.Format("0"), r.InjuriesPerAthlete.Format(),
                r.MeanFatigue.Format(), r.EnergyKilowattHoursPerDay.Format("0.0"), r.CostPerDay.Format("0.00"), r.Co2KilogramsPerDay.Format("0.0"), r.Reward.Format("0.0"),
                r.PlanningMillisecondsPerDay.Format("0.000"), r.ConvergenceRound.Format("0"), r.TrainingSeconds.Format("0.0")));
        }

        console.Write(table);
        if (report.Transfer.Count > 0)
        {
            var transfer = new Table().Title("Cross-population generalisation").AddColumns("tested on", "planner", "trained on", "gain %", "improved %", "reward");
            foreach (var t in report.Transfer)
                transfer.AddRow(Cells(t.TestedOn, t.Planner, t.TrainedOn, t.PerformanceGainPercent.Format(), t.ImprovedPercent.Format("0"), t.Reward.Format("0.0")));
            console.Write(transfer);
        }

        if (report.FineTuning is { } f)
        {
            var tuning = new Table().Title(Markup.Escape($"Fine-tuning on the twin: {f.Twin}")).AddColumns("", "gain %", "reward");
            tuning.AddRow(Cells("fixed periodisation", f.FixedGain.Format(), f.FixedReward.Format("0.0")));
            tuning.AddRow(Cells("population PPO", f.GainBefore.Format(), f.RewardBefore.Format("0.0")));
            tuning.AddRow(Cells("fine-tuned PPO", f.GainAfter.Format(), f.RewardAfter.Format("0.0")));
            tuning.AddRow(Cells("fine-tuning gain (paired)", f.GainDifference.Format(), f.RewardDifference.Format("0.0")));
            console.Write(tuning);
        }

        foreach (var finding in report.Findings) console.WriteLine($"- {finding}");
    }

    /// <summary>Table cells are Spectre markup; intervals print as "[low, high]", so every cell is escaped.</summary>
    private static string[] Cells(params string[] values) => [.. values.Select(Markup.Escape)];

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>Stage lines on standard error, in order, so standard output stays clean for --json.</summary>
    private sealed class LineProgress(TextWriter error) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (error) error.WriteLine($"formcast: {value}");
        }
    }
}
