using System.Globalization;
using Formcast.Formats.Fit;
using Formcast.Formats.Fit.Internal;
using Formcast.TestSupport;
using static Formcast.Formats.Tests.Fit.FitTestFiles;

namespace Formcast.Formats.Tests.Fit;

/// <summary>
/// Bounded seeded mutation fuzzing (a few thousand inputs) in the default run: no exception escapes, no input takes
/// longer than the limit, allocation stays linear in the input, and failures carry typed fit.* errors with offsets.
/// The long campaign is <c>dotnet run -c Release --project bench/Formcast.Benchmarks -- fuzz-fit --count 1000000</c>.
/// </summary>
public sealed class FitFuzzTests
{
    [Fact]
    public void Fuzz_CorpusFiles_NoCrashHangOrUntypedError()
    {
        var root = Path.Combine(Corpus.RequireRoot(), "formats", "fit");
        var seeds = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".fit", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .DistinctBy(Convert.ToHexString)
            .ToList();
        AssertClean(new FitFuzzer(seeds, seed: 20240501).Run(3000));
    }

    [Fact]
    public void Fuzz_SynthesizedFiles_NoCrashHangOrUntypedError()
    {
        var developer = new FitMessageData
        {
            GlobalNumber = FitMessageNumbers.Record,
            Fields = [FitFieldData.Integer(253, FitBaseType.UInt32, Time0), FitFieldData.Integers(8, FitBaseType.Byte, [0x8B, 0x00, 0x08])],
            DeveloperFields = [new FitDeveloperFieldData { DeveloperDataIndex = 0, Number = 1, BaseType = FitBaseType.UInt16, Raw = [300] }],
        };
        byte[][] seeds =
        [
            Build(FileId(), Message(FitMessageNumbers.DeveloperDataId, FitFieldData.Integer(3, FitBaseType.UInt8, 0)),
                Message(FitMessageNumbers.FieldDescription, FitFieldData.Integer(0, FitBaseType.UInt8, 0), FitFieldData.Integer(1, FitBaseType.UInt8, 1),
                    FitFieldData.Integer(2, FitBaseType.UInt8, 0x84), FitFieldData.Text(3, "watts")),
                developer, developer),
            Build(new FitWriterOptions { BigEndian = true, HeaderSize = 12 }, FileId(5),
                Message(FitMessageNumbers.WorkoutStep, FitFieldData.Integer(1, FitBaseType.Enum, 1), FitFieldData.Integer(2, FitBaseType.UInt32, 80000))),
            Build(FileId(), Message(FitMessageNumbers.Hr, FitFieldData.Integer(253, FitBaseType.UInt32, Time0), FitFieldData.Integers(6, FitBaseType.UInt8, [60]),
                FitFieldData.Integers(9, FitBaseType.UInt32, [1024])), Message(FitMessageNumbers.Hr, FitFieldData.Integers(10, FitBaseType.Byte, [1, 2, 3]))),
        ];
        AssertClean(new FitFuzzer(seeds, seed: 7).Run(2000));
    }

    private static void AssertClean(FitFuzzReport report)
    {
        Assert.True(
            report.Findings.Count == 0,
            string.Join("\n", report.Findings.Select(f => string.Create(CultureInfo.InvariantCulture, $"#{f.Iteration} {f.Mutation}: {f.Problem}"))));
        Assert.True(report.Failed + report.Partial > 0, "the mutations never damaged an input");
        Assert.True(report.SlowestDecode < TimeSpan.FromSeconds(5));
    }
}
