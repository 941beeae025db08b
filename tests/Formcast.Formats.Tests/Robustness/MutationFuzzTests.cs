using System.Diagnostics;
using System.Text;
using Formcast.Formats.Archives;
using Formcast.Formats.Gpx;
using Formcast.Formats.Sheets;
using Formcast.Formats.Tcx;
using Formcast.Formats.Tests.Archives;
using Formcast.Formats.Tests.Tcx;
using Formcast.TestSupport;

namespace Formcast.Formats.Tests.Robustness;

/// <summary>
/// Seeded mutation fuzzing in the default run (a bounded number of inputs): every mutated input must give a result
/// — a value, or an error diagnostic with a stable code — without an exception and within a time budget.
/// The long campaign is <see cref="Campaign_TextFormats"/>, run by hand.
/// </summary>
public sealed class MutationFuzzTests
{
    private static readonly TimeSpan PerInputBudget = TimeSpan.FromSeconds(2);

    private const string Gpx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gpx version="1.1" creator="fuzz" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
         <metadata><time>2024-01-01T00:00:00Z</time></metadata>
         <wpt lat="1" lon="2"><name>w</name></wpt>
         <trk><type>running</type><trkseg>
          <trkpt lat="45.0" lon="7.0"><ele>250</ele><time>2024-01-01T06:00:00Z</time><extensions><power>200</power><gpxtpx:TrackPointExtension><gpxtpx:hr>120</gpxtpx:hr><gpxtpx:cad>85</gpxtpx:cad><gpxtpx:atemp>18</gpxtpx:atemp></gpxtpx:TrackPointExtension></extensions></trkpt>
          <trkpt lat="45.001" lon="7.0"><ele>251</ele><time>2024-01-01T06:00:10Z</time></trkpt>
         </trkseg></trk>
        </gpx>
        """;

    private const string Sheet =
        "Athlete;Date;Sleep;Mood;RPE;Minutes;Note\n" +
        "ana;2024-03-01T06:00:00Z;450;4;7;60;\"a \"\"quoted\"\"\nnote\"\n" +
        "ben;02/03/2024;420;3;5;45;\n";

    private static readonly SheetMapping SheetMapping = SheetMapping.FromJson("""
        {
          "athlete": "Athlete", "timeZone": "Europe/Oslo", "emptyRowMarkers": ["0"],
          "records": [
            { "kind": "wellness", "fields": { "date": { "column": "Date", "format": "day-first" }, "sleepDurationHours": { "column": "Sleep", "unit": "min" }, "mood": "Mood", "notes": "Note" } },
            { "kind": "sessionRpe", "fields": { "date": { "column": "Date", "format": "day-first" }, "rpe": "RPE", "durationMinutes": "Minutes" } }
          ]
        }
        """).Value!;

    [Fact]
    public void MutatedTcx_AlwaysGivesATypedResult() => FuzzXml("tcx", Encoding.UTF8.GetBytes(TcxSamples.TwoLapRun), seedValue: 101, count: 600);

    [Fact]
    public void MutatedGpx_AlwaysGivesATypedResult() => FuzzXml("gpx", Encoding.UTF8.GetBytes(Gpx), seedValue: 202, count: 600);

    [Fact]
    public void MutatedSheets_AlwaysGiveATypedResult()
    {
        var mutator = new Mutator(303);
        var seed = Encoding.UTF8.GetBytes(Sheet);
        for (var i = 0; i < 600; i++)
        {
            var input = mutator.Mutate(seed);
            var watch = Stopwatch.StartNew();
            var result = Run(() => SheetImporter.Import(input, "fuzz.csv", SheetMapping), i, mutator.Last);
            Assert.True(watch.Elapsed < PerInputBudget, $"input {i} ({mutator.Last}) took {watch.Elapsed}");
            Assert.All(result.Diagnostics, d => Assert.Matches("^(csv|sheet)\\.", d.Code));
            Assert.All(result.Diagnostics.Where(d => d.Code.StartsWith("csv.value", StringComparison.Ordinal)), d => Assert.NotNull(d.Line));
            Assert.True(result.RecordCount + result.Diagnostics.Count > 0, $"input {i} ({mutator.Last}) gave neither records nor diagnostics");
        }
    }

    [Fact]
    public void MutatedArchives_AlwaysGiveEntriesOrDiagnostics()
    {
        var zip = ArchiveBuilder.Zip(
            ("a.gpx", Encoding.UTF8.GetBytes(Gpx)),
            ("b.fit.gz", ArchiveBuilder.Gzip(ArchiveBuilder.FitHead())),
            ("c/inner.zip", ArchiveBuilder.Zip(("d.tcx", Encoding.UTF8.GetBytes(TcxSamples.TwoLapRun)))));
        var gz = ArchiveBuilder.Gzip(Encoding.UTF8.GetBytes(TcxSamples.TwoLapRun));
        var mutator = new Mutator(404);
        for (var i = 0; i < 600; i++)
        {
            var (name, seed) = i % 2 == 0 ? ("fuzz.zip", zip) : ("fuzz.tcx.gz", gz);
            var input = mutator.Mutate(seed);
            var watch = Stopwatch.StartNew();
            var items = Run(() => ArchiveReader.Enumerate(name, input).ToArray(), i, mutator.Last);
            Assert.True(watch.Elapsed < PerInputBudget, $"input {i} ({mutator.Last}) took {watch.Elapsed}");
            Assert.All(items, item => Assert.True(item.Entry is not null || item.Diagnostic!.Code.StartsWith("archive.", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void MutatedCorpusFiles_AlwaysGiveATypedResult()
    {
        var formats = Path.Combine(Corpus.RequireRoot(), "formats");
        var files = Directory.EnumerateFiles(formats, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".tcx", StringComparison.Ordinal) || p.EndsWith(".gpx", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var seed = 505;
        foreach (var file in files)
        {
            var format = Path.GetExtension(file)[1..];
            var count = new FileInfo(file).Length > 500_000 ? 10 : 40;
            FuzzXml(format, File.ReadAllBytes(file), seed++, count);
        }
    }

    /// <summary>
    /// The long campaign over the TCX/GPX corpus and the hand-written samples: FORMCAST_FUZZ_COUNT inputs (default
    /// 1 000 000). Its count and outcome are recorded in bench/results/text-formats-fuzz.md.
    /// </summary>
    [Fact(Explicit = true)]
    public void Campaign_TextFormats()
    {
        var total = int.TryParse(Environment.GetEnvironmentVariable("FORMCAST_FUZZ_COUNT"), out var n) ? n : 1_000_000;
        var formats = Path.Combine(Corpus.RequireRoot(), "formats");
        var seeds = Directory.EnumerateFiles(formats, "*.*", SearchOption.AllDirectories)
            .Where(p => (p.EndsWith(".tcx", StringComparison.Ordinal) || p.EndsWith(".gpx", StringComparison.Ordinal)) && new FileInfo(p).Length < 400_000)
            .Order(StringComparer.Ordinal)
            .Select(p => (Path.GetExtension(p)[1..], File.ReadAllBytes(p)))
            .Append(("tcx", Encoding.UTF8.GetBytes(TcxSamples.TwoLapRun)))
            .Append(("gpx", Encoding.UTF8.GetBytes(Gpx)))
            .ToArray();
        var sheet = Encoding.UTF8.GetBytes(Sheet);
        var zip = ArchiveBuilder.Zip(("a.gpx", Encoding.UTF8.GetBytes(Gpx)), ("b.tcx.gz", ArchiveBuilder.Gzip(Encoding.UTF8.GetBytes(TcxSamples.TwoLapRun))));
        var mutator = new Mutator(20_240_601);
        var slowest = TimeSpan.Zero;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            // Nine in ten inputs are mutated TCX/GPX corpus files; the rest alternate between a sheet and an archive.
            var one = Stopwatch.StartNew();
            string kind;
            if (i % 10 == 9 && i % 20 == 19)
            {
                kind = "archive";
                var input = mutator.Mutate(zip);
                Run(() => ArchiveReader.Enumerate("fuzz.zip", input).ToArray(), i, mutator.Last);
            }
            else if (i % 10 == 9)
            {
                kind = "csv";
                var input = mutator.Mutate(sheet);
                Run(() => SheetImporter.Import(input, "fuzz.csv", SheetMapping), i, mutator.Last);
            }
            else
            {
                var (format, bytes) = seeds[i % seeds.Length];
                kind = format;
                Check(format, mutator.Mutate(bytes), i, mutator.Last);
            }

            counts[kind] = counts.GetValueOrDefault(kind) + 1;
            if (one.Elapsed > slowest) slowest = one.Elapsed;
        }

        var summary = string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"));
        var line = $"{total} mutated inputs ({summary}) over {seeds.Length} TCX/GPX seeds in {watch.Elapsed}; slowest {slowest.TotalMilliseconds:0.0} ms; no exception, every result typed";
        TestContext.Current.SendDiagnosticMessage(line);
        Console.WriteLine(line);
        Assert.True(slowest < PerInputBudget);
    }

    private static void FuzzXml(string format, byte[] seed, int seedValue, int count)
    {
        var mutator = new Mutator(seedValue);
        for (var i = 0; i < count; i++)
        {
            var input = mutator.Mutate(seed);
            var watch = Stopwatch.StartNew();
            Check(format, input, i, mutator.Last);
            Assert.True(watch.Elapsed < PerInputBudget, $"{format} input {i} ({mutator.Last}) took {watch.Elapsed}");
        }
    }

    private static void Check(string format, byte[] input, int index, string mutation)
    {
        var result = Run(() => format == "tcx" ? TcxReader.Read(input, "fuzz.tcx") : GpxReader.Read(input, "fuzz.gpx"), index, mutation);
        Assert.True(result.Value is not null || result.FirstError is not null, $"{format} input {index} ({mutation}): no value and no error");
        foreach (var d in result.Diagnostics)
        {
            Assert.StartsWith(format + ".", d.Code, StringComparison.Ordinal);
            if (d.Code.StartsWith(format + ".xml.", StringComparison.Ordinal)) Assert.True(d.Line is > 0, $"{format} input {index} ({mutation}): {d} has no line");
        }
    }

    private static T Run<T>(Func<T> decode, int index, string mutation)
    {
        try
        {
            return decode();
        }
        catch (Exception ex)
        {
            Assert.Fail($"input {index} ({mutation}) threw {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}");
            throw;
        }
    }
}
