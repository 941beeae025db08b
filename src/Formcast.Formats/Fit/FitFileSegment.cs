namespace Formcast.Formats.Fit;

/// <summary>
/// One FIT file inside the input: a chained FIT file is several complete files (header, records, CRC) back to back.
/// </summary>
public sealed record FitFileSegment
{
    /// <summary>Position among the chained files, from 0.</summary>
    public required int Index { get; init; }

    /// <summary>Byte offset of the header in the input.</summary>
    public required long ByteOffset { get; init; }

    public required FitHeader Header { get; init; }

    /// <summary>True when the 14-byte header's CRC was present (non-zero) and matched; null when not checked.</summary>
    public bool? HeaderCrcValid { get; init; }

    /// <summary>The stored file CRC; null when the file ends before it.</summary>
    public ushort? StoredCrc { get; init; }

    /// <summary>The CRC computed over header and records; null when not computed (truncated, or CRC checks off).</summary>
    public ushort? ComputedCrc { get; init; }

    /// <summary>True when the record area and the CRC are complete.</summary>
    public bool IsComplete { get; init; }

    /// <summary>Index of this segment's first message in <see cref="FitFile.Messages"/>.</summary>
    public int FirstMessage { get; init; }

    /// <summary>Number of data messages decoded from this segment.</summary>
    public int MessageCount { get; init; }

    /// <summary>Number of definition messages read in this segment.</summary>
    public int DefinitionCount { get; init; }

    /// <summary>Number of those definitions that declared big-endian fields.</summary>
    public int BigEndianDefinitionCount { get; init; }

    public bool CrcValid => StoredCrc is { } stored && ComputedCrc is { } computed && stored == computed;
}
