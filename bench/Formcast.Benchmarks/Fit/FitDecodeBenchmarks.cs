using BenchmarkDotNet.Attributes;
using Formcast.Formats.Fit;

namespace Formcast.Benchmarks.Fit;

/// <summary>
/// BenchmarkDotNet measurements of FIT decoding on three corpus files of different shape: a 1 MB multisport fenix 2
/// file, a 716 KB Wahoo ELEMNT file (big-endian definitions, developer fields) and a 122 KB fenix 2 run.
/// Run: <c>dotnet run -c Release --project bench/Formcast.Benchmarks -- --filter *FitDecode*</c>.
/// </summary>
[MemoryDiagnoser]
public class FitDecodeBenchmarks
{
    private byte[] _bytes = [];

    [Params(
        "python-fitparse/activity-large-fenxi2-multisport.fit",
        "python-fitparse/2019-02-17-062644-ELEMNT-297E-195-0.fit",
        "python-fitparse/activity-small-fenix2-run.fit")]
    public string File { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _bytes = System.IO.File.ReadAllBytes(Path.Combine(FitCorpusFiles.Root(), "formats", "fit", File));

    [Benchmark(Baseline = true)]
    public int PullReader()
    {
        var reader = new FitReader(_bytes);
        var n = 0;
        while (reader.Read()) n++;
        return n;
    }

    [Benchmark]
    public int ActivityReader() => FitActivityReader.Read(_bytes).Value!.Sessions.Count;

    [Benchmark]
    public int Decoder() => FitDecoder.Decode(_bytes).Value!.Messages.Count;
}
