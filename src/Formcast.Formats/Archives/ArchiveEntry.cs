namespace Formcast.Formats.Archives;

/// <summary>One file found in a folder tree or archive, decompressed, with its detected format.</summary>
/// <param name="Name">
/// Logical path with '/' separators: relative to the folder walked, through any containers, without a final
/// ".gz" — e.g. "export.zip/activities/1234.fit" for "activities/1234.fit.gz" inside export.zip.
/// </param>
/// <param name="SourcePath">The file on disk that holds the entry (the file itself, or its outermost archive).</param>
/// <param name="Content">The entry's bytes after decompression.</param>
/// <param name="Format">The format detected from the content (and the name when the content does not decide).</param>
public sealed record ArchiveEntry(string Name, string SourcePath, ReadOnlyMemory<byte> Content, ActivityFileFormat Format);
