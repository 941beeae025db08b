using Formcast.Formats.Fit;

namespace Formcast.Formats.Tests.Fit.Conformance;

/// <summary>The result of one expectation check.</summary>
internal sealed record CheckResult(bool Passed, string Detail)
{
    public static CheckResult Pass(string detail = "") => new(true, detail);

    public static CheckResult Fail(string detail) => new(false, detail);

    public static CheckResult Of(bool passed, string detail) => new(passed, detail);
}

/// <summary>One expected value or behaviour of a corpus file, with where it comes from.</summary>
internal sealed record FitExpectation(string Source, string What, Func<FitCorpusFile, CheckResult> Check);

/// <summary>A corpus FIT file read in place, decoded lazily in the modes the expectations need.</summary>
internal sealed class FitCorpusFile(string root, string relative)
{
    private byte[]? _bytes;
    private DecodeResult<FitFile>? _lenient;
    private DecodeResult<FitFile>? _strict;
    private DecodeResult<FitFile>? _noCrc;
    private DecodeResult<RecordedFile>? _activity;

    public string Relative { get; } = relative;

    public string FullPath { get; } = Path.Combine(root, relative);

    public byte[] Bytes => _bytes ??= System.IO.File.ReadAllBytes(FullPath);

    public DecodeResult<FitFile> Lenient => _lenient ??= FitDecoder.Decode(Bytes, new FitDecodeOptions { FileName = Relative });

    public DecodeResult<FitFile> Strict => _strict ??= FitDecoder.Decode(Bytes, new FitDecodeOptions { FileName = Relative, Mode = DecodeMode.Strict });

    public DecodeResult<FitFile> WithoutCrc => _noCrc ??= FitDecoder.Decode(Bytes, new FitDecodeOptions { FileName = Relative, VerifyCrc = false });

    public DecodeResult<RecordedFile> Activity => _activity ??= FitActivityReader.Read(Bytes, new FitDecodeOptions { FileName = Relative });

    public FitFile? File => Lenient.Value;

    public IEnumerable<FitMessage> Messages(ushort number) => File?.MessagesOf(number) ?? [];

    /// <summary>Lenient outcome in words: "ok", "partial: codes", "failed: code".</summary>
    public static string Outcome(DecodeResult<FitFile> result)
    {
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{d.Code}@{d.ByteOffset}").Distinct().ToList();
        if (result.Value is null) return "failed: " + string.Join(", ", errors);
        return errors.Count == 0 ? "ok" : "partial: " + string.Join(", ", errors);
    }
}
