using BenchmarkDotNet.Attributes;
using Formcast.Formats;
using Formcast.Formats.Gpx;
using Formcast.Formats.Tcx;

namespace Formcast.Benchmarks.TextFormats;

/// <summary>
/// BenchmarkDotNet view of the TCX/GPX readers on three corpus files (the largest TCX, a single-line MapMyRide
/// export, a GPSBabel GPX): time and allocations per decode. Needs the shared corpus (FORMCAST_CORPUS).
/// Run: <c>dotnet run -c Release --project bench/Formcast.Benchmarks -- --filter *TextFormatDecode*</c>.
/// </summary>
[MemoryDiagnoser]
public class TextFormatDecodeBenchmarks
{
    private byte[] _bytes = [];

    [Params("tcx/tcxread-ruby/2.tcx", "tcx/tcxreader/mapmyride_biking.tcx", "gpx/gpxpy/korita-zbevnica.gpx")]
    public string File { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Environment.GetEnvironmentVariable("FORMCAST_CORPUS") ?? TextFormatsComparison.FindUp(Path.Combine("shared", "corpus"))
            ?? throw new InvalidOperationException("set FORMCAST_CORPUS to the shared corpus folder");
        _bytes = System.IO.File.ReadAllBytes(Path.Combine(corpus, "formats", File));
    }

    [Benchmark]
    public RecordedFile? Decode() =>
        File.EndsWith(".tcx", StringComparison.Ordinal) ? TcxReader.Read(_bytes).Value : GpxReader.Read(_bytes).Value;
}
