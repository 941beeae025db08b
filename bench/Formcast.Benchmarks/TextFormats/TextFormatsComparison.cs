using System.Diagnostics;
using System.Globalization;
using System.Text;
using Formcast.Formats;
using Formcast.Formats.Gpx;
using Formcast.Formats.Tcx;

namespace Formcast.Benchmarks.TextFormats;

/// <summary>
/// <c>dotnet run -c Release --project bench/Formcast.Benchmarks -- text-formats [--out FILE] [--seconds S]</c>:
/// decode throughput of the TCX and GPX readers over the corpus (MB/s, points/s, bytes allocated per file), beside
/// the peers Debian ships — gpxpy 1.5 (python3-gpxpy, in-process parse timing) and GPSBabel 1.8 (a process per file,
/// reading the file and writing GPX to /dev/null) — on the same files in the same run, with ratios.
/// </summary>
internal static class TextFormatsComparison
{
    private const string Python = "/usr/bin/python3";

    public static int Run(string[] args)
    {
        var output = Option(args, "--out");
        var seconds = double.Parse(Option(args, "--seconds") ?? "0.5", CultureInfo.InvariantCulture);
        var corpus = FindCorpus();
        if (corpus is null)
        {
            Console.Error.WriteLine("The shared corpus (../shared/corpus or FORMCAST_CORPUS) was not found.");
            return 2;
        }

        var formats = Path.Combine(corpus, "formats");
        var files = Directory.EnumerateFiles(formats, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".tcx", StringComparison.Ordinal) || p.EndsWith(".gpx", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();

        WarmUp(files);
        var ours = files.Select(f => MeasureFormcast(f, seconds)).ToArray();
        var gpxpy = MeasureGpxpy(files.Where(f => f.EndsWith(".gpx", StringComparison.Ordinal)).ToArray(), seconds);
        var babel = files.ToDictionary(f => f, f => MeasureGpsBabel(f), StringComparer.Ordinal);
        var babelStart = MeasureGpsBabelStart();

        var report = Render(formats, ours, gpxpy, babel, babelStart, seconds);
        Console.Write(report);
        if (output is not null) File.WriteAllText(output, report);
        return 0;
    }

    /// <summary>Per-file costs: CPU seconds (the comparison's basis on a shared machine) and wall seconds.</summary>
    private sealed record Measurement(string File, long Bytes, int Points, double CpuSeconds, double WallSeconds, double AllocatedBytesPerDecode);

    private sealed record PeerTime(double CpuSeconds, double WallSeconds);

    private static Measurement MeasureFormcast(string file, double seconds)
    {
        var bytes = File.ReadAllBytes(file);
        var isTcx = file.EndsWith(".tcx", StringComparison.Ordinal);
        var points = CountPoints(bytes, isTcx);
        DecodeResult<RecordedFile> Decode() => isTcx ? TcxReader.Read(bytes, file) : GpxReader.Read(bytes, file);

        // Decodes run in batches of about 10 ms so that reading the process CPU time costs nothing measurable.
        var single = Stopwatch.StartNew();
        Decode();
        var batch = Math.Max(1, (int)(0.01 / Math.Max(single.Elapsed.TotalSeconds, 1e-6)));
        var count = 0;
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        TimeSpan cpu;
        do
        {
            for (var i = 0; i < batch; i++)
            {
                if (Decode().Value is null) throw new InvalidOperationException(file + " did not decode");
            }

            count += batch;
            process.Refresh();
            cpu = process.TotalProcessorTime - cpuBefore;
        }
        while (cpu.TotalSeconds < seconds);

        var wall = watch.Elapsed.TotalSeconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return new Measurement(file, bytes.Length, points, cpu.TotalSeconds / count, wall / count, (double)allocated / count);
    }

    /// <summary>
    /// Decodes every file until the JIT has finished its tiers, so that background compilation — which counts in the
    /// process CPU time — does not land in the first files' figures.
    /// </summary>
    private static void WarmUp(string[] files)
    {
        var all = files.Select(File.ReadAllBytes).ToArray();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < 3)
        {
            for (var i = 0; i < files.Length; i++)
            {
                _ = files[i].EndsWith(".tcx", StringComparison.Ordinal) ? TcxReader.Read(all[i]) : GpxReader.Read(all[i]);
            }
        }

        Thread.Sleep(1000);
    }

    /// <summary>Track points (TCX) or waypoints, route and track points (GPX) — the units gpxpy counts too.</summary>
    private static int CountPoints(byte[] bytes, bool isTcx)
    {
        using var stream = new MemoryStream(bytes);
        if (isTcx) return TcxReader.ReadDocument(stream).Value!.TrackpointCount;
        var gpx = GpxReader.ReadDocument(stream).Value!;
        return gpx.Waypoints.Count + gpx.Routes.Sum(r => r.Points.Count) + gpx.TrackPointCount;
    }

    private static Dictionary<string, PeerTime> MeasureGpxpy(string[] files, double seconds)
    {
        var script = FindUp(Path.Combine("bench", "Formcast.Benchmarks", "TextFormats", "gpxpy_parse.py"));
        var result = new Dictionary<string, PeerTime>(StringComparer.Ordinal);
        if (!File.Exists(Python) || script is null) return result;
        var (exit, stdout) = RunProcess(Python, [script, seconds.ToString(CultureInfo.InvariantCulture), .. files]);
        if (exit != 0) return result;
        foreach (var line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split(' ', 4);
            result[parts[3]] = new PeerTime(double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture));
        }

        return result;
    }

    /// <summary>GPSBabel converting the file to GPX on /dev/null, five runs; CPU from the shell's child times.</summary>
    private static PeerTime MeasureGpsBabel(string file)
    {
        var input = file.EndsWith(".tcx", StringComparison.Ordinal) ? "gtrnctr" : "gpx";
        return GpsBabelRuns(input, file);
    }

    /// <summary>GPSBabel's fixed cost: converting an empty GPX document, to read its per-file times against.</summary>
    private static PeerTime MeasureGpsBabelStart()
    {
        var empty = Path.Combine(Path.GetTempPath(), $"formcast-empty-{Environment.ProcessId}.gpx");
        File.WriteAllText(empty, "<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"formcast\"/>");
        try
        {
            return GpsBabelRuns("gpx", empty);
        }
        finally
        {
            File.Delete(empty);
        }
    }

    private static PeerTime GpsBabelRuns(string input, string file)
    {
        const int runs = 5;
        var script = $"for i in $(seq {runs}); do gpsbabel -i {input} -f \"$1\" -o gpx -F /dev/null || exit 1; done; times";
        var watch = Stopwatch.StartNew();
        var (exit, stdout) = RunProcess("bash", ["-c", script, "bench", file]);
        var wall = watch.Elapsed.TotalSeconds / runs;
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (exit != 0 || lines.Length < 2) return new PeerTime(double.NaN, double.NaN);

        // `times` prints the shell's user/system time, then its children's: "0m0.011s 0m0.014s".
        var children = lines[^1].Split(' ').Select(ParseShellTime).Sum();
        return new PeerTime(children / runs, wall);
    }

    private static double ParseShellTime(string text)
    {
        var m = text.IndexOf('m', StringComparison.Ordinal);
        return (double.Parse(text[..m], CultureInfo.InvariantCulture) * 60) + double.Parse(text[(m + 1)..^1], CultureInfo.InvariantCulture);
    }

    private static (int Exit, string Stdout) RunProcess(string program, string[] arguments)
    {
        try
        {
            var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in arguments) info.ArgumentList.Add(a);
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            _ = stderr.Result;
            return (process.ExitCode, stdout.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (-1, "");
        }
    }

    private static string Render(string formats, Measurement[] ours, Dictionary<string, PeerTime> gpxpy, Dictionary<string, PeerTime> babel, PeerTime babelStart, double seconds)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append("# TCX and GPX decode throughput\n\n");
        sb.Append(inv, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, load average {LoadAverage()} at the end of the run. ");
        sb.Append("The machine is shared with other builds, so every figure is **CPU time** (user + system) of the work itself, which load inflates far ");
        sb.Append("less than wall time; wall-clock MB/s are given for reference and are not comparable across runs.\n");
        sb.Append(inv, $".NET {Environment.Version}; peers from Debian: gpxpy {Version(Python, ["-c", "import gpxpy; print(gpxpy.__version__)"])} (python3-gpxpy), ");
        sb.Append(inv, $"GPSBabel {Version("gpsbabel", ["-V"]).Replace("GPSBabel Version ", "", StringComparison.Ordinal)}.\n\n");
        sb.Append("Command: `dotnet run -c Release --project bench/Formcast.Benchmarks -- text-formats --out bench/results/text-formats-decode.md`\n\n");
        sb.Append(inv, $"* Formcast: `TcxReader.Read` / `GpxReader.Read` from bytes to a `RecordedFile` with sample streams on one thread, repeated for ≥ {seconds} CPU-s per file; ");
        sb.Append("allocation is `GC.GetAllocatedBytesForCurrentThread` per decode.\n");
        sb.Append("* gpxpy: `gpxpy.parse(text)` repeated in one Python process (interpreter start excluded), `time.process_time`; it does not read TCX.\n");
        sb.Append(inv, $"* GPSBabel: `gpsbabel -i gtrnctr|gpx -f FILE -o gpx -F /dev/null`, 5 runs, a process each; CPU from the shell's child times. Its fixed cost (converting an empty GPX) is {Ms(babelStart.CpuSeconds)} CPU-ms per run; ");
        sb.Append("\"net\" subtracts it. GPSBabel also writes GPX, so it does more than decode.\n\n");
        sb.Append("| file | bytes | points | Formcast CPU ms | Formcast MB/s (CPU) | Formcast points/s (CPU) | Formcast MB/s (wall) | alloc / file | gpxpy CPU ms | gpxpy ÷ Formcast | GPSBabel CPU ms, net | GPSBabel net ÷ Formcast |\n");
        sb.Append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var m in ours)
        {
            var py = gpxpy.TryGetValue(m.File, out var p) ? p.CpuSeconds : double.NaN;
            var net = m.Bytes >= GpsBabelMinimumBytes ? NetOfStart(babel[m.File], babelStart) : double.NaN;
            sb.Append(inv, $"| `{Path.GetRelativePath(formats, m.File)}` | {m.Bytes} | {m.Points} | {m.CpuSeconds * 1000:0.000} | {m.Bytes / m.CpuSeconds / 1e6:0.0} | ");
            sb.Append(inv, $"{m.Points / m.CpuSeconds:0} | {m.Bytes / m.WallSeconds / 1e6:0.0} | {Size(m.AllocatedBytesPerDecode)} | {Ms(py)} | {Ratio(py, m.CpuSeconds)} | ");
            sb.Append(inv, $"{Ms(babel[m.File].CpuSeconds)}, {Ms(net)} | {Ratio(net, m.CpuSeconds)} |\n");
        }

        var tcx = ours.Where(m => m.File.EndsWith(".tcx", StringComparison.Ordinal)).ToArray();
        var gpx = ours.Where(m => m.File.EndsWith(".gpx", StringComparison.Ordinal)).ToArray();
        sb.Append('\n');
        sb.Append("| set | files | MB | Formcast MB/s (CPU) | Formcast points/s (CPU) | gpxpy MB/s (CPU) | gpxpy ÷ Formcast | GPSBabel net MB/s (CPU) | GPSBabel net ÷ Formcast |\n");
        sb.Append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var (name, set) in new[] { ("TCX", tcx), ("GPX", gpx), ("all", ours) })
        {
            var bytes = set.Sum(m => (double)m.Bytes);
            var time = set.Sum(m => m.CpuSeconds);
            var points = set.Sum(m => (double)m.Points);
            var pySet = set.Where(m => gpxpy.ContainsKey(m.File)).ToArray();
            var pyTime = pySet.Sum(m => gpxpy[m.File].CpuSeconds);
            var pyOurs = pySet.Sum(m => m.CpuSeconds);
            var pyBytes = pySet.Sum(m => (double)m.Bytes);
            var gbSet = set.Where(m => m.Bytes >= GpsBabelMinimumBytes).ToArray();
            var gbTime = gbSet.Sum(m => NetOfStart(babel[m.File], babelStart));
            var gbOurs = gbSet.Sum(m => m.CpuSeconds);
            var gbBytes = gbSet.Sum(m => (double)m.Bytes);
            sb.Append(inv, $"| {name} | {set.Length} | {bytes / 1e6:0.00} | {bytes / time / 1e6:0.0} | {points / time:0} | ");
            sb.Append(pySet.Length == 0 ? "— | — | " : string.Create(inv, $"{pyBytes / pyTime / 1e6:0.00} | {pyTime / pyOurs:0.0}× | "));
            sb.Append(gbSet.Length == 0 || !(gbTime > 0) ? "— | — |\n" : string.Create(inv, $"{gbBytes / gbTime / 1e6:0.0} ({gbSet.Length} files) | {gbTime / gbOurs:0.0}× |\n"));
        }

        sb.Append("\nA ratio above 1 means the peer used that many times more CPU than Formcast on the same files. ");
        sb.Append("GPSBabel's per-run CPU is measured at 1 ms resolution, so its net figure and ratio are shown only for files ");
        sb.Append(string.Create(CultureInfo.InvariantCulture, $"of at least {GpsBabelMinimumBytes / 1000} kB, where the conversion outweighs that resolution.\n"));
        return sb.ToString();
    }

    /// <summary>Files smaller than this convert in GPSBabel within its 1 ms timing resolution of its fixed cost.</summary>
    private const long GpsBabelMinimumBytes = 50_000;

    /// <summary>A GPSBabel run's CPU beyond converting an empty file; NaN when within the timer's resolution.</summary>
    private static double NetOfStart(PeerTime run, PeerTime start)
    {
        var net = run.CpuSeconds - start.CpuSeconds;
        return net > 0.001 ? net : double.NaN;
    }

    private static string Ms(double seconds) => double.IsNaN(seconds) ? "—" : (seconds * 1000).ToString("0.000", CultureInfo.InvariantCulture);

    private static string Ratio(double peer, double ours) => double.IsNaN(peer) ? "—" : (peer / ours).ToString("0.0", CultureInfo.InvariantCulture) + "×";

    private static string Size(double bytes) => bytes >= 1e6
        ? (bytes / 1e6).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
        : (bytes / 1e3).ToString("0", CultureInfo.InvariantCulture) + " kB";

    private static string Version(string program, string[] arguments)
    {
        var (exit, stdout) = RunProcess(program, arguments);
        return exit == 0 ? stdout.Trim().Split('\n')[0] : "(absent)";
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string? FindCorpus()
    {
        if (Environment.GetEnvironmentVariable("FORMCAST_CORPUS") is { Length: > 0 } env && Directory.Exists(env)) return env;
        return FindUp(Path.Combine("shared", "corpus"));
    }

    /// <summary>The first existing <paramref name="relative"/> path above the binary (the repository and its siblings).</summary>
    internal static string? FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate) || Directory.Exists(candidate)) return candidate;
        }

        return null;
    }
}
