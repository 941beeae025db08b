namespace Formcast.Formats.Fit.Internal;

/// <summary>Where the pull reader is in its input.</summary>
internal enum FitReaderPhase
{
    Header,
    Records,
    Done,
}

/// <summary>
/// The mutable state behind <see cref="FitReader"/>: position, per-file state (local definitions, developer field
/// descriptions, accumulators, last timestamp — all reset at every chained file's header, as fitdecode does), the
/// current message and the diagnostics.
/// </summary>
internal sealed class FitReaderState
{
    /// <summary>More cached definitions than this and new ones are no longer cached (bounds memory on hostile input).</summary>
    public const int MaxCachedDefinitions = 4096;

    public FitReaderState(FitDecodeOptions options)
    {
        Options = options;
        Diagnostics = new FitDiagnostics(options);
        AccumulatorValue = new long[FitProfile.AccumulatorCount];
        AccumulatorLast = new long[FitProfile.AccumulatorCount];
        AccumulatorSet = new bool[FitProfile.AccumulatorCount];
    }

    public FitDecodeOptions Options { get; }

    public FitDiagnostics Diagnostics { get; }

    public FitReaderPhase Phase { get; set; }

    public int Position { get; set; }

    public bool Failed { get; set; }

    // Current chained file.
    public int SegmentStart { get; set; }

    public long DataEnd { get; set; }

    public FitHeader Header { get; set; }

    public bool? HeaderCrcValid { get; set; }

    public int SegmentFirstMessage { get; set; }

    public int SegmentDefinitions { get; set; }

    public int SegmentBigEndianDefinitions { get; set; }

    public List<FitFileSegment> Segments { get; } = [];

    public FitDefinition?[] Locals { get; } = new FitDefinition?[16];

    public Dictionary<ulong, FitDefinition> DefinitionCache { get; } = [];

    public uint LastTimestamp { get; set; }

    public bool HasLastTimestamp { get; set; }

    public bool WarnedCompressedWithoutBase { get; set; }

    public long[] AccumulatorValue { get; }

    public long[] AccumulatorLast { get; }

    public bool[] AccumulatorSet { get; }

    // Developer data registry.
    public Dictionary<int, FitFieldDescription> DeveloperFields { get; } = [];

    public Dictionary<byte, FitDeveloperDataId> DeveloperApplications { get; } = [];

    /// <summary>Bumped whenever the registry changes, so definitions re-resolve their developer fields.</summary>
    public int DeveloperRegistryVersion { get; set; }

    public int FieldDescriptionCount { get; set; }

    public HashSet<int> ReportedUndescribed { get; } = [];

    // Current message.
    public FitDefinition? Current { get; set; }

    /// <summary>Offset of the current message's first field byte.</summary>
    public int CurrentStart { get; set; }

    /// <summary>Offset of the current message's record header byte.</summary>
    public int CurrentOffset { get; set; }

    public uint? CurrentTimestamp { get; set; }

    public bool CurrentCompressed { get; set; }

    public FitExpansion[] Expanded { get; set; } = new FitExpansion[16];

    public int ExpandedCount { get; set; }

    /// <summary>True while the current message's pure (stateless) expansions have not been computed yet.</summary>
    public bool PendingPureExpansion { get; set; }

    public int MessageCount { get; set; }

    public int CompressedTimestampMessages { get; set; }

    public void ResetFileState()
    {
        Array.Clear(Locals);
        Array.Clear(AccumulatorSet);
        DeveloperFields.Clear();
        DeveloperApplications.Clear();
        ReportedUndescribed.Clear();
        DeveloperRegistryVersion++;
        HasLastTimestamp = false;
        LastTimestamp = 0;
    }

    public void AddExpansion(in FitExpansion expansion)
    {
        if (ExpandedCount == Expanded.Length)
        {
            var grown = new FitExpansion[Expanded.Length * 2];
            Expanded.AsSpan().CopyTo(grown);
            Expanded = grown;
        }

        Expanded[ExpandedCount++] = expansion;
    }
}
