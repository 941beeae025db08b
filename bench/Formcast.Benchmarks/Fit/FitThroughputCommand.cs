using System.Diagnostics;
using System.Globalization;
using Formcast.Formats.Fit;

namespace Formcast.Benchmarks.Fit;

/// <summary>
/// <c>fit-throughput [--repeat N] [--corpus PATH] [--peer gpsbabel]</c>: single-threaded decode throughput over the
/// distinct corpus FIT files — MB/s and records/s for the pull reader alone, for <see cref="FitActivityReader"/>
/// (typed sample streams) and for <see cref="FitDecoder"/> (every message materialized) — allocations per file, and,
/// with <c>--peer gpsbabel</c>, the same files through GPSBabel's FIT reader in the same run with ratios.
/// </summary>
internal static class FitThroughputCommand
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    public static int Run(Dictionary<string, string> options)
    {
        var repeat = (int)options.Long("repeat", 5);
        var files = FitCorpusFiles.Load(FitCorpusFiles.Root(options.GetValueOrDefault("corpus")));
        var bytes = files.Sum(f => (long)f.Bytes.Length);
        var records = files.Sum(f => CountRecords(f.Bytes));
        Console.WriteLine(string.Create(Ci, $"fit-throughput: {files.Count} distinct corpus FIT files, {bytes / 1e6:F2} MB, {records} records, {repeat} repetitions after warm-up (≥ 5 passes and 2 s), 1 thread"));
        Console.WriteLine(string.Create(Ci, $"machine: {Environment.ProcessorCount} cores, load average {BenchArgs.LoadAverage()}, .NET {Environment.Version}"));
        Console.WriteLine();

        var pull = Measure("pull reader (FitReader, no materialization)", files, repeat, b =>
        {
            var reader = new FitReader(b);
            var n = 0;
            while (reader.Read()) n++;
            return n;
        });
        var activity = Measure("FitActivityReader → RecordedFile (typed streams)", files, repeat, b => FitActivityReader.Read(b).Value?.Sessions.Count ?? 0);
        var decoder = Measure("FitDecoder → FitFile (all messages materialized)", files, repeat, b => FitDecoder.Decode(b).Value?.Messages.Count ?? 0);
        Console.WriteLine();
        Console.WriteLine("Wall time is the best of the repetitions; CPU time is this process's processor time for that pass (what one");
        Console.WriteLine("unshared core would take; on a loaded machine wall time also counts waiting for a core).");
        Console.WriteLine();
        Console.WriteLine("| decoder | MB/s (wall) | records/s (wall) | ms per pass (wall) | MB/s (CPU) | records/s (CPU) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, seconds, cpu) in new[] { pull, activity, decoder })
        {
            Console.WriteLine(string.Create(Ci,
                $"| {name} | {bytes / seconds / 1e6:F1} | {records / seconds / 1e6:F2} M | {seconds * 1000:F1} | {bytes / cpu / 1e6:F1} | {records / cpu / 1e6:F2} M |"));
        }

        Console.WriteLine();
        Console.WriteLine("Allocations per file (bytes allocated by one decode, after warm-up):");
        Console.WriteLine("| file | KB | records | FitActivityReader KB | FitDecoder KB |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, data) in files.OrderByDescending(f => f.Bytes.Length).Take(12))
        {
            Console.WriteLine(string.Create(Ci,
                $"| {name} | {data.Length / 1024.0:F1} | {CountRecords(data)} | {Allocated(() => FitActivityReader.Read(data)) / 1024.0:F0} | {Allocated(() => FitDecoder.Decode(data)) / 1024.0:F0} |"));
        }

        if (options.GetValueOrDefault("peer") == "gpsbabel") ComparePeer(files, repeat);
        return 0;
    }

    private static (string Name, double Seconds, double CpuSeconds) Measure(string name, List<(string Name, byte[] Bytes)> files, int repeat, Func<byte[], int> decode)
    {
        // Warm up until the JIT has promoted the hot paths (tiered compilation needs repeated calls and time):
        // at least five passes and two seconds.
        var sink = 0;
        var warmup = Stopwatch.StartNew();
        for (var pass = 0; pass < 5 || warmup.Elapsed < TimeSpan.FromSeconds(2); pass++)
        {
            foreach (var (_, data) in files) sink += decode(data);
        }

        var best = double.MaxValue;
        var bestCpu = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var r = 0; r < repeat; r++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            foreach (var (_, data) in files) sink += decode(data);
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
            process.Refresh();
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
        }

        GC.KeepAlive(sink);
        return (name, best, bestCpu);
    }

    private static long Allocated(Action action)
    {
        action();
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static long CountRecords(byte[] data)
    {
        var reader = new FitReader(data);
        long n = 0;
        while (reader.Read())
        {
            if (reader.GlobalMessageNumber == FitMessageNumbers.Record) n++;
        }

        return n;
    }

    /// <summary>
    /// GPSBabel (Debian package gpsbabel) reading each file with its garmin_fit format (tracks, -t) and writing unicsv
    /// to /dev/null, timed by /usr/bin/time (wall and user+system CPU). Every run is a process start, so files under
    /// 20 KB are left out and the start-up cost (an empty GPX file) is measured and subtracted.
    /// </summary>
    private static void ComparePeer(List<(string Name, byte[] Bytes)> files, int repeat)
    {
        Console.WriteLine();
        var large = files.Where(f => f.Bytes.Length >= 20 * 1024).ToList();
        var directory = Directory.CreateTempSubdirectory("fit-peer");
        try
        {
            var paths = large.Select((f, i) =>
            {
                var path = Path.Combine(directory.FullName, string.Create(Ci, $"{i}.fit"));
                File.WriteAllBytes(path, f.Bytes);
                return path;
            }).ToList();
            var empty = Path.Combine(directory.FullName, "empty.gpx");
            File.WriteAllText(empty, "<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"x\"></gpx>");
            var startup = Enumerable.Range(0, 5).Select(_ => Gpsbabel("gpx", empty)).Aggregate((a, b) => (Math.Min(a.Wall, b.Wall), Math.Min(a.Cpu, b.Cpu)));
            var largeBytes = large.Sum(f => (long)f.Bytes.Length);
            var largeRecords = large.Sum(f => CountRecords(f.Bytes));
            (double Wall, double Cpu) peer = (double.MaxValue, double.MaxValue);
            for (var r = 0; r < Math.Max(1, repeat / 2); r++)
            {
                var run = paths.Select(p => Gpsbabel("garmin_fit", p)).Aggregate((a, b) => (a.Wall + b.Wall, a.Cpu + b.Cpu));
                peer = (Math.Min(peer.Wall, run.Wall), Math.Min(peer.Cpu, run.Cpu));
            }

            var peerCpuNet = Math.Max(1e-9, peer.Cpu - startup.Cpu * paths.Count);
            var ours = Measure("FitActivityReader on the same files", large, repeat, b => FitActivityReader.Read(b).Value?.Sessions.Count ?? 0);
            Console.WriteLine(string.Create(Ci, $"Peer: {Version()} on {large.Count} files ≥ 20 KB ({largeBytes / 1e6:F2} MB, {largeRecords} records): gpsbabel -t -i garmin_fit -o unicsv -F /dev/null"));
            Console.WriteLine(string.Create(Ci, $"gpsbabel start-up (empty GPX): {startup.Wall * 1000:F1} ms wall, {startup.Cpu * 1000:F1} ms CPU per run"));
            Console.WriteLine();
            Console.WriteLine("| decoder | wall s | CPU s | MB/s (CPU) | records/s (CPU) | Formcast speed-up (CPU) |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            Console.WriteLine(string.Create(Ci, $"| Formcast FitActivityReader | {ours.Seconds:F3} | {ours.CpuSeconds:F3} | {largeBytes / ours.CpuSeconds / 1e6:F1} | {largeRecords / ours.CpuSeconds / 1e6:F2} M | 1.0× |"));
            Console.WriteLine(string.Create(Ci, $"| gpsbabel (incl. start-up) | {peer.Wall:F3} | {peer.Cpu:F3} | {largeBytes / peer.Cpu / 1e6:F1} | {largeRecords / peer.Cpu / 1e6:F2} M | {peer.Cpu / ours.CpuSeconds:F1}× |"));
            Console.WriteLine(string.Create(Ci, $"| gpsbabel (start-up subtracted) | – | {peerCpuNet:F3} | {largeBytes / peerCpuNet / 1e6:F1} | {largeRecords / peerCpuNet / 1e6:F2} M | {peerCpuNet / ours.CpuSeconds:F1}× |"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>Runs gpsbabel under /usr/bin/time; returns wall and user+system seconds.</summary>
    private static (double Wall, double Cpu) Gpsbabel(string format, string path)
    {
        var info = new ProcessStartInfo("/usr/bin/time") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-f", "%e %U %S", "gpsbabel", "-t", "-i", format, "-f", path, "-o", "unicsv", "-F", "/dev/null" }) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        process.StandardOutput.ReadToEnd();
        var lines = process.StandardError.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        process.WaitForExit();
        var parts = lines[^1].Split(' ');
        var wall = double.Parse(parts[0], Ci);
        return (wall, double.Parse(parts[1], Ci) + double.Parse(parts[2], Ci));
    }

    private static string Version()
    {
        var info = new ProcessStartInfo("gpsbabel") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-V");
        using var process = Process.Start(info)!;
        var text = (process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd()).Trim();
        process.WaitForExit();
        return text.Split('\n').FirstOrDefault(l => l.Length > 0)?.Trim() ?? "gpsbabel";
    }
}
