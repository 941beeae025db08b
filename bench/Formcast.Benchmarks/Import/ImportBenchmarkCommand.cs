using System.Diagnostics;
using System.Globalization;
using System.Text;
using Formcast.Core;
using Formcast.Formats;
using Formcast.Formats.Fit;
using Formcast.Storage;
using Formcast.Workflows;
using Formcast.Workflows.Import;
using Npgsql;

namespace Formcast.Benchmarks.Import;

/// <summary>
/// <c>import [--activities 1000] [--postgres CONNECTION] [--no-peer] [--out FILE]</c>: the whole import of N one-hour FIT
/// running activities (1 Hz heart rate, speed, distance, cadence, altitude, position) into a fresh SQLite file and a fresh
/// PostgreSQL database — decode, validate, de-duplicate, write one transaction per file, recompute the athlete's daily
/// state — then the re-import (every file a duplicate). For scale it times, on the same files in the same run, Formcast
/// decoding alone and GPSBabel only converting the files to GPX (it stores and computes nothing).
/// PostgreSQL comes from <c>--postgres</c> or <c>FORMCAST_TEST_POSTGRES</c>; without either that row is skipped.
/// </summary>
internal static class ImportBenchmarkCommand
{
    private static readonly AccessContext Owner = AccessContext.Owner("bench");

    public static int Run(string[] args)
    {
        var count = BenchArgs.Int(args, "--activities", 1000);
        var postgres = BenchArgs.String(args, "--postgres") ?? Environment.GetEnvironmentVariable("FORMCAST_TEST_POSTGRES");
        var peer = !args.Contains("--no-peer");
        var output = BenchArgs.String(args, "--out");
        var report = new StringBuilder();
        void Line(string text = "")
        {
            Console.WriteLine(text);
            report.AppendLine(text);
        }

        var folder = Directory.CreateTempSubdirectory("formcast-import-bench-").FullName;
        try
        {
            var files = WriteActivities(folder, count);
            var bytes = files.Sum(f => new FileInfo(f).Length);
            var end = DateOnly.FromDateTime(Start.AddDays(count).UtcDateTime);
            var clock = FixedClock.At(end);

            Line("# Import benchmark");
            Line();
            Line(BenchArgs.Invariant($"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {Environment.ProcessorCount} cores; load average {BenchArgs.LoadAverage()}; .NET {Environment.Version}."));
            Line("Command: `dotnet run -c Release --project bench/Formcast.Benchmarks -- import" + (args.Length > 0 ? " " + string.Join(' ', args) : "") + "`.");
            Line(BenchArgs.Invariant($"Input: {count} FIT files written by Formcast (one-hour runs at 1 Hz: heart rate, speed, distance, cadence, altitude, position), {bytes / 1e6:0.0} MB, one per day; one athlete."));
            Line("Import = decode in parallel, validate, de-duplicate by content hash, write one transaction per file (streams columnar + Brotli), then recompute the athlete's daily state.");
            Line("Timings depend on machine load; the rows of one run are measured back to back on the same files.");
            Line();
            Line("| step | store | wall s | activities/s | MB/s | ratio to decoding alone |");
            Line("|---|---|---:|---:|---:|---:|");

            var decode = Time(() => Parallel.ForEach(files, f =>
            {
                var result = FitActivityReader.Read(File.ReadAllBytes(f));
                if (!result.Succeeded) throw new InvalidOperationException($"{f} did not decode");
            }));
            void Row(string step, string store, TimeSpan wall) =>
                Line(BenchArgs.Invariant($"| {step} | {store} | {wall.TotalSeconds:0.00} | {count / wall.TotalSeconds:0} | {bytes / 1e6 / wall.TotalSeconds:0.0} | {wall / decode:0.0} |"));
            Row("decode only (Formcast FIT reader, all cores)", "–", decode);

            var sqlite = Path.Combine(folder, "bench.db");
            var (first, again) = ImportTwiceAsync(sqlite, folder, files.Count, clock).GetAwaiter().GetResult();
            Row("import + daily state", "SQLite (WAL)", first);
            Row("re-import (all duplicates)", "SQLite (WAL)", again);

            if (postgres is not null)
            {
                var database = "formcast_import_bench_" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
                var connection = WithDatabase(postgres, database);
                Execute(postgres, $"CREATE DATABASE {database}");
                try
                {
                    var (pgFirst, pgAgain) = ImportTwiceAsync(connection, folder, files.Count, clock).GetAwaiter().GetResult();
                    Row("import + daily state", "PostgreSQL 15 (loopback)", pgFirst);
                    Row("re-import (all duplicates)", "PostgreSQL 15 (loopback)", pgAgain);
                    Line();
                    Line(BenchArgs.Invariant($"PostgreSQL / SQLite whole-import time: {pgFirst / first:0.00}."));
                }
                finally
                {
                    NpgsqlConnection.ClearAllPools();
                    Execute(postgres, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
                }
            }
            else
            {
                Line();
                Line("PostgreSQL skipped: pass --postgres or set FORMCAST_TEST_POSTGRES.");
            }

            if (peer) GpsBabel(files, decode, first, Line);
            if (output is not null) File.WriteAllText(output, report.ToString());
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static readonly DateTimeOffset Start = new(2024, 1, 1, 6, 0, 0, TimeSpan.Zero);

    /// <summary>Deterministic runs: speed and heart rate drift with a per-day seed so no two files share a hash.</summary>
    private static List<string> WriteActivities(string folder, int count)
    {
        var files = new string[count];
        Parallel.For(0, count, day =>
        {
            const int seconds = 3600;
            var random = new Random(day + 1);
            var pace = 2.6 + (random.NextDouble() * 0.8);
            var time = new double[seconds];
            var heartRate = new double[seconds];
            var speed = new double[seconds];
            var distance = new double[seconds];
            var cadence = new double[seconds];
            var altitude = new double[seconds];
            var latitude = new double[seconds];
            var longitude = new double[seconds];
            var travelled = 0.0;
            for (var i = 0; i < seconds; i++)
            {
                time[i] = i;
                speed[i] = Math.Round(pace + (0.3 * Math.Sin(i / 97.0)) + (0.05 * random.NextDouble()), 3);
                travelled += speed[i];
                distance[i] = Math.Round(travelled, 2);
                heartRate[i] = Math.Round(120 + (30 * (1 - Math.Exp(-i / 300.0))) + (10 * Math.Sin(i / 97.0)) + random.Next(-2, 3));
                cadence[i] = 84 + random.Next(-2, 3);
                altitude[i] = Math.Round(100 + (20 * Math.Sin(i / 400.0)), 1);
                latitude[i] = 59.9 + (travelled / 111_320.0);
                longitude[i] = 10.7 + (0.001 * Math.Sin(i / 600.0));
            }

            var streams = new SampleStreams(time, new Dictionary<string, double[]>
            {
                [Channels.HeartRate.Name] = heartRate, [Channels.Speed.Name] = speed, [Channels.Distance.Name] = distance,
                [Channels.Cadence.Name] = cadence, [Channels.Altitude.Name] = altitude, [Channels.Latitude.Name] = latitude,
                [Channels.Longitude.Name] = longitude,
            });
            var recorded = new RecordedFile
            {
                Format = "fit",
                Sessions =
                [
                    new RecordedSession
                    {
                        Sport = Sport.Running, StartUtc = Start.AddDays(day), DurationSeconds = seconds, DistanceMeters = travelled,
                        AverageHeartRateBpm = heartRate.Average(), MaxHeartRateBpm = heartRate.Max(), Streams = streams,
                    },
                ],
            };
            files[day] = Path.Combine(folder, BenchArgs.Invariant($"run-{day:0000}.fit"));
            File.WriteAllBytes(files[day], FitActivityWriter.Write(recorded));
        });
        return [.. files];
    }

    private static async Task<(TimeSpan First, TimeSpan Again)> ImportTwiceAsync(string spec, string folder, int expected, TimeProvider clock)
    {
        await using var store = await FormcastStore.CreateAsync(spec);
        var batch = new StoreBatch();
        batch.Athletes.Add(new Athlete
        {
            Id = AthleteId.New(), Handle = "runner", TimeZoneId = "UTC",
            Thresholds = [new PhysiologicalThresholds(new DateOnly(2020, 1, 1), 192, 48, 172, 250)],
        });
        await store.WriteAsync(Owner, batch);
        var pipeline = new ImportPipeline(store, Owner, clock);
        var options = new ImportOptions { Athlete = "runner" };
        var paths = new[] { folder };
        var watch = Stopwatch.StartNew();
        var first = await pipeline.RunAsync(paths, options);
        var firstTime = watch.Elapsed;
        if (first.Activities != expected) throw new InvalidOperationException($"imported {first.Activities} of {expected} activities");
        watch.Restart();
        var again = await pipeline.RunAsync(paths, options);
        if (again.Activities != 0 || again.Duplicates != expected) throw new InvalidOperationException("the re-import was not a no-op");
        return (firstTime, watch.Elapsed);
    }

    private static void GpsBabel(List<string> files, TimeSpan decode, TimeSpan import, Action<string> line)
    {
        line(string.Empty);
        const string babel = "/usr/bin/gpsbabel";
        if (!File.Exists(babel))
        {
            line("GPSBabel not installed (`apt-get install gpsbabel`): peer row skipped.");
            return;
        }

        var wall = Time(() => Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, f =>
        {
            using var process = Process.Start(new ProcessStartInfo(babel) { ArgumentList = { "-i", "garmin_fit", "-f", f, "-o", "gpx", "-F", f + ".gpx" }, RedirectStandardError = true })!;
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"gpsbabel failed on {f}");
        }));
        line(BenchArgs.Invariant($"Peer: GPSBabel converting the same {files.Count} files to GPX (one process per file, all cores; it stores and computes nothing): {wall.TotalSeconds:0.00} s."));
        line(BenchArgs.Invariant($"Formcast decoding alone / GPSBabel: {decode / wall:0.000}; Formcast whole import into SQLite / GPSBabel conversion: {import / wall:0.00}."));
    }

    private static TimeSpan Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    private static string WithDatabase(string connection, string database) =>
        new NpgsqlConnectionStringBuilder(connection) { Database = database }.ConnectionString;

    private static void Execute(string connection, string sql)
    {
        using var open = new NpgsqlConnection(connection);
        open.Open();
        using var command = new NpgsqlCommand(sql, open);
        command.ExecuteNonQuery();
    }
}
