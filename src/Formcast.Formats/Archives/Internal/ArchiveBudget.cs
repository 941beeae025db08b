using System.Globalization;

namespace Formcast.Formats.Archives.Internal;

/// <summary>The entry and byte allowance left for one enumeration.</summary>
internal sealed class ArchiveBudget(ArchiveLimits limits)
{
    public ArchiveLimits Limits { get; } = limits;

    public int Entries { get; private set; }

    public long TotalBytes { get; private set; }

    /// <summary>Set once a whole-enumeration limit is hit; enumeration stops.</summary>
    public bool Exhausted { get; private set; }

    public int EntriesLeft => Limits.MaxEntries - Entries;

    public long BytesLeft => Limits.MaxTotalBytes - TotalBytes;

    /// <summary>Counts an entry about to be yielded; a diagnostic (and exhaustion) when over the entry limit.</summary>
    public FormatDiagnostic? TakeEntry(string source)
    {
        if (Entries >= Limits.MaxEntries)
        {
            Exhausted = true;
            return new FormatDiagnostic(DiagnosticSeverity.Error, "archive.limit.entries",
                string.Create(CultureInfo.InvariantCulture, $"more than {Limits.MaxEntries} entries; enumeration stopped here"), source);
        }

        Entries++;
        return null;
    }

    /// <summary>Counts decompressed bytes; a diagnostic (and exhaustion) when over the total limit.</summary>
    public FormatDiagnostic? TakeBytes(long bytes, string source)
    {
        TotalBytes += bytes;
        if (TotalBytes <= Limits.MaxTotalBytes) return null;
        Exhausted = true;
        return new FormatDiagnostic(DiagnosticSeverity.Error, "archive.limit.total_bytes",
            string.Create(CultureInfo.InvariantCulture, $"more than {Limits.MaxTotalBytes} bytes decompressed in total; enumeration stopped here"), source);
    }
}
