namespace Formcast.Formats.Archives;

/// <summary>An enumerated entry, or a diagnostic about an entry or container that could not be (fully) read.</summary>
public sealed record ArchiveItem
{
    private ArchiveItem(ArchiveEntry? entry, FormatDiagnostic? diagnostic)
    {
        Entry = entry;
        Diagnostic = diagnostic;
    }

    public ArchiveEntry? Entry { get; }

    public FormatDiagnostic? Diagnostic { get; }

    public static ArchiveItem Of(ArchiveEntry entry) => new(entry ?? throw new ArgumentNullException(nameof(entry)), null);

    public static ArchiveItem Of(FormatDiagnostic diagnostic) => new(null, diagnostic ?? throw new ArgumentNullException(nameof(diagnostic)));
}
