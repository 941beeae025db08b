namespace Formcast.Formats.Archives;

/// <summary>
/// Bounds that stop a zip bomb or a runaway folder walk. Defaults fit a platform's full export (Strava's holds a
/// few thousand activities and is a few GB) while refusing the classic bombs (42.zip expands 4.5 PB at a ratio of
/// about 10^6; overlapping-entry bombs reach 10^7).
/// </summary>
public sealed record ArchiveLimits
{
    public static ArchiveLimits Default { get; } = new();

    /// <summary>Most entries (files) enumerated in one call, across all nesting.</summary>
    public int MaxEntries { get; init; } = 200_000;

    /// <summary>Largest single entry after decompression. A day-long FIT file is ~10 MB, a day-long TCX ~60 MB.</summary>
    public long MaxEntryBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Most bytes produced in one call, across all entries.</summary>
    public long MaxTotalBytes { get; init; } = 32L * 1024 * 1024 * 1024;

    /// <summary>
    /// Highest decompressed-to-compressed ratio accepted for an entry larger than <see cref="RatioCheckMinimumBytes"/>.
    /// Activity XML deflates about 8–20×, FIT 2–5×, CSV up to ~30×; 200× leaves margin and stops bombs early.
    /// </summary>
    public double MaxCompressionRatio { get; init; } = 200;

    /// <summary>Entries smaller than this skip the ratio check (a tiny highly repetitive file is harmless).</summary>
    public long RatioCheckMinimumBytes { get; init; } = 1024 * 1024;

    /// <summary>Deepest nesting of containers (a .gz in a .zip in a .zip is depth 3).</summary>
    public int MaxNestingDepth { get; init; } = 4;

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxEntries, 1, nameof(MaxEntries));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxEntryBytes, 1L, nameof(MaxEntryBytes));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxEntryBytes, (long)Array.MaxLength, nameof(MaxEntryBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxTotalBytes, 1L, nameof(MaxTotalBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxCompressionRatio, 1.0, nameof(MaxCompressionRatio));
        ArgumentOutOfRangeException.ThrowIfNegative(RatioCheckMinimumBytes, nameof(RatioCheckMinimumBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxNestingDepth, 1, nameof(MaxNestingDepth));
    }
}
