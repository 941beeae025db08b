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

        var ours = files.Select(f => MeasureFormcast(f, seconds)).ToArray();
        var gpxpy = MeasureGpxpy(files.Where(f => f.EndsWith(".gpx", StringComparison.Ordinal)).ToArray(), seconds);
        var babel = files.ToDictionary(f => f, f => MeasureGpsBabel(f), StringComparer.Ordinal);
        var babelStart = MeasureGpsBabelStart();

        var report = Render(formats, ours, gpxpy, babel, babelStart, seconds);
        Console.Write(report);
        if (output is not null) File.WriteAllText(output, report);
        return 0;
    }

    private sealed record Measurement(string File, long Bytes, int Points, double SecondsPerDecode, double AllocatedBytesPerDecode);

    private static Measurement MeasureFormcast(string file, double seconds)
    {
        var bytes = File.ReadAllBytes(file);
        var isTcx = file.EndsWith(".tcx", StringComparison.Ordinal);
        var points = CountPoints(bytes, isTcx);
        DecodeResult<RecordedFile> Decode() => isTcx ? TcxReader.Read(bytes, file) : GpxReader.Read(bytes, file);

        for (var i = 0; i < 3; i++) Decode();
        var count = 0;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        do
        {
            if (Decode().Value is null) throw new InvalidOperationException(file + " did not decode");
            count++;
        }
        while (watch.Elapsed.TotalSeconds < seconds);

        var elapsed = watch.Elapsed.TotalSeconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return new Measurement(file, bytes.Length, points, elapsed / count, (double)allocated / count);
    }

    /// <summary>Track points (TCX) or waypoints, route and track points (GPX) — the units gpxpy counts too.</summary>
    private static int CountPoints(byte[] bytes, bool isTcx)
    {
        using var stream = new MemoryStream(bytes);
        if (isTcx) return TcxReader.ReadDocument(stream).Value!.TrackpointCount;
        var gpx = GpxReader.ReadDocument(stream).Value!;
        return gpx.Waypoints.Count + gpx.Routes.Sum(r => r.Points.Count) + gpx.TrackPointCount;
    }

    private static Dictionary<string, double> MeasureGpxpy(string[] files, double seconds)
    {
        var script = FindUp(Path.Combine("bench", "Formcast.Benchmarks", "TextFormats", "gpxpy_parse.py"));
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!File.Exists(Python) || script is null) return result;
        var (exit, stdout) = RunProcess(Python, [script, seconds.ToString(CultureInfo.InvariantCulture), .. files]);
        if (exit != 0) return result;
        foreach (var line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split(' ', 3);
            result[parts[2]] = double.Parse(parts[0], CultureInfo.InvariantCulture);
        }

        return result;
    }

    /// <summary>Median wall time of five GPSBabel runs converting the file to GPX on /dev/null; NaN when absent.</summary>
    private static double MeasureGpsBabel(string file)
    {
        var input = file.EndsWith(".tcx", StringComparison.Ordinal) ? "gtrnctr" : "gpx";
        return MedianSeconds("gpsbabel", ["-i", input, "-f", file, "-o", "gpx", "-F", "/dev/null"]);
    }

    /// <summary>GPSBabel's fixed cost: converting an empty GPX document, to read its per-file times against.</summary>
    private static double MeasureGpsBabelStart()
    {
        var empty = Path.Combine(Path.GetTempPath(), $"formcast-empty-{Environment.ProcessId}.gpx");
        File.WriteAllText(empty, "<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"formcast\"/>");
        try
        {
            return MedianSeconds("gpsbabel", ["-i", "gpx", "-f", empty, "-o", "gpx", "-F", "/dev/null"]);
        }
        finally
        {
            File.Delete(empty);
        }
    }

    private static double MedianSeconds(string program, string[] arguments)
    {
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            var (exit, _) = RunProcess(program, arguments);
            if (exit != 0) return double.NaN;
            times.Add(watch.Elapsed.TotalSeconds);
        }

        times.Sort();
        return times[times.Count / 2];
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

    private static string Render(string formats, Measurement[] ours, Dictionary<string, double> gpxpy, Dictionary<string, double> babel, double babelStart, double seconds)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append("# TCX and GPX decode throughput\n\n");
        sb.Append(inv, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, load average {LoadAverage()} (shared machine: ");
        sb.Append("other builds may be running, so absolute numbers are noisy; the ratios compare runs made minutes apart on the same files).\n");
        sb.Append(inv, $".NET {Environment.Version}; peers: gpxpy {Version(Python, ["-c", "import gpxpy; print(gpxpy.__version__)"])}, ");
        sb.Append(inv, $"GPSBabel {Version("gpsbabel", ["-V"]).Replace("GPSBabel Version ", "", StringComparison.Ordinal)}.\n\n");
        sb.Append("Command: `dotnet run -c Release --project bench/Formcast.Benchmarks -- text-formats --out bench/results/text-formats-decode.md`\n\n");
        sb.Append(inv, $"Formcast: `TcxReader.Read` / `GpxReader.Read` from bytes to a `RecordedFile` with sample streams, one thread, repeated for ≥ {seconds} s per file; ");
        sb.Append("allocation is `GC.GetAllocatedBytesForCurrentThread` per decode. gpxpy: `gpxpy.parse(text)` repeated in one Python process (interpreter start excluded); ");
        sb.Append(inv, $"it does not read TCX. GPSBabel: median of 5 runs of `gpsbabel -i gtrnctr|gpx -f FILE -o gpx -F /dev/null`, a process per run; its fixed cost (converting an empty GPX) is {babelStart * 1000:0.0} ms, ");
        sb.Append("so the GPSBabel column is also shown net of it.\n\n");
        sb.Append("| file | bytes | points | Formcast ms | Formcast MB/s | Formcast points/s | alloc / file | gpxpy ms | gpxpy ÷ Formcast | GPSBabel ms (net) | GPSBabel net ÷ Formcast |\n");
        sb.Append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var m in ours)
        {
            var py = gpxpy.TryGetValue(m.File, out var p) ? p : double.NaN;
            var gb = babel[m.File];
            var net = gb - babelStart;
            sb.Append(inv, $"| `{Path.GetRelativePath(formats, m.File)}` | {m.Bytes} | {m.Points} | {m.SecondsPerDecode * 1000:0.000} | {m.Bytes / m.SecondsPerDecode / 1e6:0.0} | ");
            sb.Append(inv, $"{m.Points / m.SecondsPerDecode:0} | {Size(m.AllocatedBytesPerDecode)} | {Ms(py)} | {Ratio(py, m.SecondsPerDecode)} | {Ms(gb)} ({Ms(net)}) | {Ratio(net, m.SecondsPerDecode)} |\n");
        }

        var tcx = ours.Where(m => m.File.EndsWith(".tcx", StringComparison.Ordinal)).ToArray();
        var gpx = ours.Where(m => m.File.EndsWith(".gpx", StringComparison.Ordinal)).ToArray();
        sb.Append('\n');
        sb.Append("| set | files | MB | Formcast MB/s | Formcast points/s | gpxpy MB/s | gpxpy ÷ Formcast (time) | GPSBabel net MB/s | GPSBabel net ÷ Formcast (time) |\n");
        sb.Append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var (name, set) in new[] { ("TCX", tcx), ("GPX", gpx), ("all", ours) })
        {
            var bytes = set.Sum(m => (double)m.Bytes);
            var time = set.Sum(m => m.SecondsPerDecode);
            var points = set.Sum(m => (double)m.Points);
            var pySet = set.Where(m => gpxpy.ContainsKey(m.File)).ToArray();
            var pyTime = pySet.Sum(m => gpxpy[m.File]);
            var pyOurs = pySet.Sum(m => m.SecondsPerDecode);
            var pyBytes = pySet.Sum(m => (double)m.Bytes);
            var gbTime = set.Sum(m => babel[m.File] - babelStart);
            sb.Append(inv, $"| {name} | {set.Length} | {bytes / 1e6:0.00} | {bytes / time / 1e6:0.0} | {points / time:0} | ");
            sb.Append(pySet.Length == 0 ? "— | — | " : string.Create(inv, $"{pyBytes / pyTime / 1e6:0.00} | {pyTime / pyOurs:0.0}× | "));
            sb.Append(inv, $"{bytes / gbTime / 1e6:0.0} | {gbTime / time:0.0}× |\n");
        }

        sb.Append("\nA ratio above 1 means the peer took that many times longer than Formcast on the same files.\n");
        return sb.ToString();
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
