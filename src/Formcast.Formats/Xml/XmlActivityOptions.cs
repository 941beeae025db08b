namespace Formcast.Formats.Xml;

/// <summary>
/// Settings shared by the XML activity readers (TCX, GPX): strict or lenient decoding and the bounds that keep a
/// hostile or broken document from exhausting memory or time.
/// </summary>
public sealed record XmlActivityOptions
{
    /// <summary>The defaults: lenient, 256 Mi characters, depth 64, 200 diagnostics.</summary>
    public static XmlActivityOptions Default { get; } = new();

    /// <summary>Lenient keeps what was read before damage; strict fails the file on any error.</summary>
    public DecodeMode Mode { get; init; } = DecodeMode.Lenient;

    /// <summary>
    /// Upper bound on the characters of a document. The largest real TCX in the test corpus is 1.7 MB; a day-long
    /// one-second recording with every extension is about 60 MB, so 256 Mi characters leaves ample room.
    /// </summary>
    public long MaxCharacters { get; init; } = 256L * 1024 * 1024;

    /// <summary>Deepest element nesting accepted. TCX needs 8 levels and GPX 6; extensions add a few.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Diagnostics kept per file; the rest are counted in a final summary diagnostic.</summary>
    public int MaxDiagnostics { get; init; } = 200;

    /// <summary>Throws for values no caller should pass (a programmer error, not bad input).</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxCharacters, 1024L, nameof(MaxCharacters));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDepth, 8, nameof(MaxDepth));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDiagnostics, 1, nameof(MaxDiagnostics));
    }
}
