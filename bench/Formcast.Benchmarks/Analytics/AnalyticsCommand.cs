using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Formcast.Analytics;
using Formcast.Core;

namespace Formcast.Benchmarks.Analytics;

/// <summary>
/// <c>analytics [--athlete-years N] [--days D] [--no-peer] [--out FILE]</c>: times a full recomputation of N athlete-years
/// of daily state (with readiness from wellness and HRV), the incremental update after one new activity, and the twin fit;
/// runs NumPy/SciPy peers on the same inputs in the same run, checks they agree and prints ratios as Markdown.
/// </summary>
internal static class AnalyticsCommand
{
    public static int Run(string[] args)
    {
        var athleteYears = BenchArgs.Int(args, "--athlete-years", 10_000);
        var days = BenchArgs.Int(args, "--days", 365);
        var peer = !args.Contains("--no-peer");
        var output = BenchArgs.String(args, "--out");
        var report = new StringBuilder();
        void Line(string text = "")
        {
            Console.WriteLine(text);
            report.AppendLine(text);
        }

        Line("# Analytics benchmark");
        Line();
        Line(BenchArgs.Invariant($"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {Environment.ProcessorCount} cores; load average {BenchArgs.LoadAverage()}; .NET {Environment.Version}."));
        Line("Timings depend on machine load: with a load average far above the core count they are inflated and noisy (compare");
        Line("the ratios measured in the same run, and re-run on a quiet machine for absolute numbers).");
        Line("Command: `dotnet run -c Release --project bench/Formcast.Benchmarks -- analytics" + (args.Length > 0 ? " " + string.Join(' ', args) : "") + "`.");
        Line();

        var calculator = new AthleteDayCalculator();
        FullRecomputation(calculator, athleteYears, days, Line);
        Incremental(calculator, days, Line);
        if (peer) LoadOnlyAgainstNumPy(calculator, Math.Min(athleteYears, 10_000), days, Line);
        TwinFit(peer, Line);

        if (output is not null) File.WriteAllText(output, report.ToString());
        return 0;
    }

    private static void FullRecomputation(AthleteDayCalculator calculator, int athleteYears, int days, Action<string> line)
    {
        const int batch = 500;
        var end = SyntheticAthlete.Start.AddDays(days - 1);
        var wall = TimeSpan.Zero;
        long rows = 0;
        var checksum = 0.0;
        for (var first = 0; first < athleteYears; first += batch)
        {
            var count = Math.Min(batch, athleteYears - first);
            var inputs = new AthleteDayInputs[count];
            Parallel.For(0, count, i => inputs[i] = SyntheticAthlete.Generate((ulong)(first + i + 1), days));
            var sums = new double[count];
            var stopwatch = Stopwatch.StartNew();
            Parallel.For(0, count, i =>
            {
                var result = calculator.Compute(new AthleteId(Guid.Empty), inputs[i], SyntheticAthlete.Start, end);
                sums[i] = result[^1].Fitness!.Value + (result[^1].Readiness ?? 0);
            });
            wall += stopwatch.Elapsed;
            rows += (long)count * days;
            checksum += sums.Sum();
        }

        var single = new AthleteDayInputs[20];
        for (var i = 0; i < single.Length; i++) single[i] = SyntheticAthlete.Generate((ulong)(i + 1), days);
        var perDay = Median(5, () =>
        {
            foreach (var input in single) calculator.Compute(new AthleteId(Guid.Empty), input, SyntheticAthlete.Start, end);
        }) / (single.Length * (double)days);

        line("## Full recomputation of daily state");
        line("");
        line("Every day: load, fitness/fatigue/form, ramp, three acute:chronic ratios, monotony/strain, readiness with HRV band and");
        line("nine wellness z-scores, quality flags, metrics and provenance; inputs are scored sessions and wellness entries.");
        line("");
        line("| athlete-years | athlete-days | wall time (all cores) | athlete-days/s | single-thread µs per athlete-day (median of 5 × 20 athlete-years) |");
        line("|---:|---:|---:|---:|---:|");
        line(BenchArgs.Invariant($"| {athleteYears:N0} | {rows:N0} | {wall.TotalSeconds:0.00} s | {rows / wall.TotalSeconds:N0} | {perDay:0.00} |"));
        line("");
        line(BenchArgs.Invariant($"Checksum {checksum:0.000} (sum of last-day fitness + readiness; changes when results change)."));
        line("");
    }

    private static void Incremental(AthleteDayCalculator calculator, int days, Action<string> line)
    {
        var inputs = SyntheticAthlete.Generate(7, days);
        var end = SyntheticAthlete.Start.AddDays(days - 1);
        var id = new AthleteId(Guid.Empty);
        var stored = calculator.Compute(id, inputs, SyntheticAthlete.Start, end);
        var fullMicroseconds = Median(30, () => calculator.Compute(id, inputs, SyntheticAthlete.Start, end));

        line("## Incremental update after one new activity");
        line("");
        line("Stored state of the day before the activity (the last 28 athlete-days) plus sessions from that day and 60 days of");
        line("wellness before it; recomputes that day to the end of the year. Full recomputation of the same athlete-year for comparison.");
        line("");
        line("| new activity | days recomputed | incremental µs | full year µs | full ÷ incremental | identical to full |");
        line("|---|---:|---:|---:|---:|---|");
        foreach (var daysAgo in new[] { 0, 3, 30 })
        {
            var day = end.AddDays(-daysAgo);
            var index = day.DayNumber - SyntheticAthlete.Start.DayNumber;
            var added = new SessionLoad { Date = day, Load = 95, Source = LoadSource.Pace, DurationMinutes = 70 };
            var withNew = inputs with { Sessions = [.. inputs.Sessions, added] };
            var carry = stored.Skip(index - calculator.Options.CarryDays).Take(calculator.Options.CarryDays).ToList();
            var needed = new AthleteDayInputs
            {
                Sessions = [.. withNew.Sessions.Where(s => s.Date >= day)],
                Wellness = [.. withNew.Wellness.Where(w => w.Date >= day.AddDays(-calculator.Options.RawLookbackDays))],
            };
            var microseconds = Median(300, () => calculator.Continue(id, carry, needed, end));
            var incremental = calculator.Continue(id, carry, needed, end);
            var full = calculator.Compute(id, withNew, SyntheticAthlete.Start, end);
            var identical = incremental.Select((d, i) => Same(d, full[index + i])).All(x => x);
            line(BenchArgs.Invariant($"| {(daysAgo == 0 ? "today" : $"{daysAgo} days ago")} | {daysAgo + 1} | {microseconds:0.0} | {fullMicroseconds:0} | {fullMicroseconds / microseconds:0} | {(identical ? "yes" : "NO")} |"));
        }

        line("");
    }

    private static void LoadOnlyAgainstNumPy(AthleteDayCalculator calculator, int athletes, int days, Action<string> line)
    {
        var inputs = new AthleteDayInputs[athletes];
        Parallel.For(0, athletes, i => inputs[i] = SyntheticAthlete.Generate((ulong)(i + 1), days, withWellness: false));
        var loads = new double[athletes * days];
        for (var a = 0; a < athletes; a++) SyntheticAthlete.DailyLoads(inputs[a], days).CopyTo(loads, a * days);
        var end = SyntheticAthlete.Start.AddDays(days - 1);
        var last = new AthleteDay[athletes];
        var stopwatch = Stopwatch.StartNew();
        Parallel.For(0, athletes, new ParallelOptions { MaxDegreeOfParallelism = 1 }, a => last[a] = calculator.Compute(new AthleteId(Guid.Empty), inputs[a], SyntheticAthlete.Start, end)[^1]);
        var ours = stopwatch.Elapsed.TotalSeconds;

        var path = Path.Combine(Path.GetTempPath(), $"formcast-bench-loads-{Environment.ProcessId}.f64");
        try
        {
            File.WriteAllBytes(path, System.Runtime.InteropServices.MemoryMarshal.AsBytes(loads.AsSpan()).ToArray());
            var json = Python("daily", path, athletes.ToString(CultureInfo.InvariantCulture), days.ToString(CultureInfo.InvariantCulture));
            line("## Load-only daily state against a NumPy peer");
            line("");
            if (json is null)
            {
                line("/usr/bin/python3 with NumPy/SciPy not available: peer skipped.");
                line("");
                return;
            }

            var peer = json.RootElement;
            var seconds = peer.GetProperty("seconds").GetDouble();
            var worst = 0.0;
            foreach (var (name, read) in new (string, Func<AthleteDay, double?>)[]
            {
                ("fitness", d => d.Fitness), ("fatigue", d => d.Fatigue), ("acwr_ewma", d => d.AcwrEwma), ("coupled", d => d.AcwrRollingCoupled),
                ("uncoupled", d => d.AcwrRollingUncoupled), ("monotony", d => d.Monotony), ("strain", d => d.Strain), ("ramp", d => d.RampRate),
            })
            {
                var values = peer.GetProperty(name).EnumerateArray().ToArray();
                for (var a = 0; a < athletes; a++)
                {
                    var mine = read(last[a]);
                    var theirs = values[a].ValueKind == JsonValueKind.Null ? (double?)null : values[a].GetDouble();
                    if (mine is { } m && theirs is { } t) worst = Math.Max(worst, Math.Abs(m - t) / Math.Max(1, Math.Abs(t)));
                    else if (mine.HasValue != theirs.HasValue) worst = double.PositiveInfinity;
                }
            }

            line("Same daily loads; Formcast builds full athlete-day records one athlete at a time on one thread (no wellness),");
            line("NumPy/SciPy computes the eight load numbers vectorised over all athletes (`lfilter`, cumulative sums).");
            line("");
            line("| athlete-years | Formcast (1 thread) | NumPy/SciPy | Formcast ÷ NumPy | max relative difference on the last day |");
            line("|---:|---:|---:|---:|---:|");
            line(BenchArgs.Invariant($"| {athletes:N0} | {ours:0.00} s | {seconds:0.00} s | {ours / seconds:0.00} | {worst:0.0e+0} |"));
            line("");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void TwinFit(bool peer, Action<string> line)
    {
        var corpus = FindCorpusFile("datasets/clarke-skiba-bikescore/data/bike-score.csv");
        line("## Twin fit (Clarke & Skiba 2013 data)");
        line("");
        if (corpus is null)
        {
            line("Corpus not found (set FORMCAST_CORPUS): skipped.");
            line("");
            return;
        }

        var rows = File.ReadAllLines(corpus).Skip(1).Where(l => l.Trim().Length > 0).Select(l => l.Split(',')).ToArray();
        var load = rows.Select(r => double.Parse(r[1], CultureInfo.InvariantCulture)).ToArray();
        var tests = rows.Where(r => r.Length > 2 && r[2].Trim().Length > 0)
            .Select(r => new TwinObservation(int.Parse(r[0], CultureInfo.InvariantCulture) - 1, double.Parse(r[2], CultureInfo.InvariantCulture))).ToList();
        var plain = new TwinFitOptions { BootstrapReplicates = 0, LeaveOneTestOut = false, MaxDegreeOfParallelism = 1 };
        var fitMs = Median(20, () => FitnessFatigueTwin.Fit(load, tests, plain)) / 1000;
        var fit = FitnessFatigueTwin.Fit(load, tests, plain);
        var fullOptions = new TwinFitOptions { Priors = TwinPriors.WeakTimeConstants, BootstrapReplicates = 200, Seed = 2013 };
        var stopwatch = Stopwatch.StartNew();
        var full = FitnessFatigueTwin.Fit(load, tests, fullOptions);
        var fullMs = stopwatch.Elapsed.TotalMilliseconds;
        var fixedOptions = plain with
        {
            LowerBounds = new BanisterParameters(double.NegativeInfinity, 0, 36, 0, 21),
            UpperBounds = new BanisterParameters(double.PositiveInfinity, double.PositiveInfinity, 36, double.PositiveInfinity, 21),
        };
        var fixedMs = Median(20, () => FitnessFatigueTwin.Fit(load, tests, fixedOptions)) / 1000;

        line("| fit | time | p0 | k1 | τ1 | k2 | τ2 | SSE | R² |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        line("| published (Clarke & Skiba 2013, Excel) | | 262 | 0.18 | 36 | 0.23 | 21 | 20.25 | 0.979 |");
        line(Row("Formcast, τ1 and τ2 fixed at the published 36 and 21 d", fixedMs, FitnessFatigueTwin.Fit(load, tests, fixedOptions)));
        line(Row(BenchArgs.Invariant($"Formcast, 5 free parameters ({plain.GridPointsPerTimeConstant}×{plain.GridPointsPerTimeConstant} grid + {plain.Starts} LM starts)"), fitMs, fit));
        var ratio = "";
        if (peer && Python("twin", corpus) is { } json)
        {
            var p = json.RootElement.GetProperty("parameters").EnumerateArray().Select(v => v.GetDouble()).ToArray();
            var sse = json.RootElement.GetProperty("sse").GetDouble();
            var seconds = json.RootElement.GetProperty("seconds").GetDouble();
            line(BenchArgs.Invariant($"| SciPy least_squares (trust-region reflective, numerical Jacobian), 16 starts | {seconds * 1000:0.00} ms | {p[0]:0.0} | {p[1]:0.###} | {p[2]:0.0} | {p[3]:0.###} | {p[4]:0.0} | {sse:0.00} | {1 - (sse / 974.888888888889):0.000} |"));
            ratio = BenchArgs.Invariant($"Free fit, Formcast ÷ SciPy time: {fitMs / (seconds * 1000):0.000}. ");
        }

        line(Row("Formcast, weak priors τ1~N(42,15), τ2~N(11,7), with 200 bootstrap refits and 9 leave-one-out refits", fullMs, full));
        line("");
        line(ratio + BenchArgs.Invariant($"Weak-prior fit: leave-one-test-out RMSE {full.LeaveOneOutRmse:0.00} W (in-sample RMSE {full.Rmse:0.00} W); 95 % bootstrap intervals ") +
            string.Join(", ", full.ConfidenceIntervals.Select(c => BenchArgs.Invariant($"{c.Name} {c.Low:0.###}–{c.High:0.###}"))) + ".");
        line("");
    }

    private static string Row(string name, double milliseconds, TwinFit fit) => BenchArgs.Invariant(
        $"| {name} | {milliseconds:0.00} ms | {fit.Parameters.P0:0.0} | {fit.Parameters.K1:0.###} | {fit.Parameters.Tau1:0.0} | {fit.Parameters.K2:0.###} | {fit.Parameters.Tau2:0.0} | {fit.Sse:0.00} | {fit.RSquared:0.000} |");

    private static bool Same(AthleteDay a, AthleteDay b) =>
        a.Date == b.Date && Near(a.Load, b.Load) && Near(a.Fitness, b.Fitness) && Near(a.Fatigue, b.Fatigue) && Near(a.Form, b.Form)
        && Near(a.AcwrEwma, b.AcwrEwma) && Near(a.AcwrRollingCoupled, b.AcwrRollingCoupled) && Near(a.Monotony, b.Monotony)
        && Near(a.Readiness, b.Readiness) && a.Quality == b.Quality;

    private static bool Near(double? a, double? b) => a is { } x && b is { } y ? Math.Abs(x - y) <= 1e-9 * Math.Max(1, Math.Abs(x)) : a.HasValue == b.HasValue;

    /// <summary>Median wall time of <paramref name="runs"/> calls, microseconds.</summary>
    private static double Median(int runs, Action action)
    {
        action();
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            action();
            times[i] = stopwatch.Elapsed.TotalMicroseconds;
        }

        Array.Sort(times);
        return times[runs / 2];
    }

    private static JsonDocument? Python(params string[] arguments)
    {
        const string python = "/usr/bin/python3";
        if (!File.Exists(python)) return null;
        var script = FindUpwards("bench/Formcast.Benchmarks/Analytics/peer_daily_state.py");
        if (script is null) return null;
        var info = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(script);
        foreach (var a in arguments) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? JsonDocument.Parse(stdout) : null;
    }

    private static string? FindCorpusFile(string relative)
    {
        if (Environment.GetEnvironmentVariable("FORMCAST_CORPUS") is { Length: > 0 } root)
            return File.Exists(Path.Combine(root, relative)) ? Path.Combine(root, relative) : null;
        return FindUpwards(Path.Combine("shared", "corpus", relative));
    }

    /// <summary>The first existing <paramref name="relative"/> path under the binary's folder or any folder above it.</summary>
    private static string? FindUpwards(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate)) return candidate;
        }

        return null;
    }
}
