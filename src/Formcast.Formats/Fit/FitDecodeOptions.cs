namespace Formcast.Formats.Fit;

/// <summary>How <see cref="FitDecoder"/>, <see cref="FitReader"/> and <see cref="FitActivityReader"/> treat their input.</summary>
public sealed record FitDecodeOptions
{
    /// <summary>The defaults: lenient, CRCs verified, components expanded.</summary>
    public static FitDecodeOptions Default { get; } = new();

    /// <summary>Lenient keeps what was readable and reports damage; strict fails on the first integrity error.</summary>
    public DecodeMode Mode { get; init; } = DecodeMode.Lenient;

    /// <summary>Check the header and file CRCs (a mismatch is an error). Off, CRCs are read but not compared.</summary>
    public bool VerifyCrc { get; init; } = true;

    /// <summary>Expand bit-packed component fields (e.g. compressed speed/distance, enhanced fields, hr event times).</summary>
    public bool ExpandComponents { get; init; } = true;

    /// <summary>The file name put into diagnostics, when known.</summary>
    public string? FileName { get; init; }

    /// <summary>
    /// Upper bound on decoded data messages; a file with more is cut there with an error. Bounds the memory a
    /// hostile input can claim (every message costs at least one record-header byte, so real files stay far below).
    /// </summary>
    public int MaxMessages { get; init; } = 5_000_000;

    /// <summary>Upper bound on kept diagnostics; further ones are counted in a final summary diagnostic.</summary>
    public int MaxDiagnostics { get; init; } = 200;

    internal void Validate()
    {
        if (MaxMessages < 1) throw new ArgumentOutOfRangeException(nameof(MaxMessages), MaxMessages, "must be at least 1");
        if (MaxDiagnostics < 1) throw new ArgumentOutOfRangeException(nameof(MaxDiagnostics), MaxDiagnostics, "must be at least 1");
    }
}
