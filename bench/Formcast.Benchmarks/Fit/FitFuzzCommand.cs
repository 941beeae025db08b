using System.Globalization;
using Formcast.Formats.Fit.Internal;

namespace Formcast.Benchmarks.Fit;

/// <summary>
/// <c>fuzz-fit [--count N] [--seed S] [--threads T] [--limit-ms L] [--corpus PATH] [--findings DIR]</c>: the long mutation campaign
/// over the corpus FIT files (the default test run does a few thousand). Each thread fuzzes with seed S + thread.
/// Prints counts, time, outcome mix, error codes and findings; inputs that caused findings are saved for replay.
/// </summary>
internal static class FitFuzzCommand
{
    public static int Run(Dictionary<string, string> options)
    {
        var count = options.Long("count", 100_000);
        var seed = (int)options.Long("seed", 20240501);
        var threads = (int)options.Long("threads", Environment.ProcessorCount);
        var limit = TimeSpan.FromMilliseconds(options.Long("limit-ms", 10_000));
        var seeds = FitCorpusFiles.Load(FitCorpusFiles.Root(options.GetValueOrDefault("corpus"))).Select(f => f.Bytes).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz-fit: {count} inputs from {seeds.Count} distinct corpus files, seed {seed}, {threads} threads, per-input limit {limit.TotalMilliseconds} ms"));

        var started = DateTimeOffset.UtcNow;
        var reports = new FitFuzzReport[threads];
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            var share = count / threads + (t < count % threads ? 1 : 0);
            var fuzzer = new FitFuzzer(seeds, seed + t) { MaxFindings = 50, PerInputLimit = limit };
            reports[t] = fuzzer.Run(share, new Progress<long>(i =>
            {
                if (t == 0 && i > 0) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  thread 0: {i} of {share}"));
            }));
        });

        var elapsed = DateTimeOffset.UtcNow - started;
        var inputs = reports.Sum(r => r.Inputs);
        var findings = reports.SelectMany(r => r.Findings).ToList();
        var codes = reports.SelectMany(r => r.ErrorCodes).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value));
        var ci = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(ci, $"inputs: {inputs}"));
        Console.WriteLine(string.Create(ci, $"input bytes: {reports.Sum(r => r.InputBytes)}"));
        Console.WriteLine(string.Create(ci, $"wall time: {elapsed.TotalSeconds:F1} s ({inputs / elapsed.TotalSeconds:F0} inputs/s)"));
        Console.WriteLine(string.Create(ci, $"outcomes: {reports.Sum(r => r.Succeeded)} decoded cleanly, {reports.Sum(r => r.Partial)} partial, {reports.Sum(r => r.Failed)} failed"));
        Console.WriteLine(string.Create(ci, $"slowest input: {reports.Max(r => r.SlowestDecode).TotalMilliseconds:F1} ms"));
        Console.WriteLine(string.Create(ci, $"max allocation beyond {FitFuzzer.AllocationSlackBytes >> 20} MiB slack: {reports.Max(r => r.MaxAllocationPerInputByte):F1} bytes per input byte (bound {FitFuzzer.AllocationBytesPerInputByte})"));
        Console.WriteLine("error codes: " + string.Join(", ", codes.OrderByDescending(p => p.Value).Select(p => string.Create(ci, $"{p.Key} {p.Value}"))));
        Console.WriteLine(string.Create(ci, $"findings: {findings.Count}"));
        var directory = options.GetValueOrDefault("findings", "fuzz-findings");
        foreach (var finding in findings)
        {
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, string.Create(ci, $"finding-{finding.Iteration}.fit"));
            File.WriteAllBytes(path, finding.Input);
            Console.WriteLine(string.Create(ci, $"  #{finding.Iteration} {finding.Mutation}: {finding.Problem} → {path}"));
        }

        return findings.Count == 0 ? 0 : 1;
    }
}
