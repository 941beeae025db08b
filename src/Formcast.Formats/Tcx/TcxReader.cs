using Formcast.Formats.Common.Internal;
using Formcast.Formats.Tcx.Internal;
using Formcast.Formats.Xml;
using Formcast.Formats.Xml.Internal;

namespace Formcast.Formats.Tcx;

/// <summary>
/// Reads Garmin TCX (Training Center Database v2) files with a streaming, DTD-free XML reader. Malformed, hostile
/// or truncated input yields diagnostics with line and column, never an exception.
/// </summary>
public static class TcxReader
{
    /// <summary>Decodes a TCX stream into sessions with sample streams on a common clock.</summary>
    /// <param name="stream">The document; read to its end, not closed.</param>
    /// <param name="file">The file name to put in diagnostics.</param>
    /// <param name="options">Bounds and strict/lenient mode; defaults when null.</param>
    public static DecodeResult<RecordedFile> Read(Stream stream, string? file = null, XmlActivityOptions? options = null) =>
        XmlActivityReader.Read(stream, file, options, "tcx", new TcxDocumentBuilder(), TcxSessionMapper.Map);

    /// <summary>Decodes TCX bytes (e.g. an archive entry).</summary>
    public static DecodeResult<RecordedFile> Read(ReadOnlyMemory<byte> bytes, string? file = null, XmlActivityOptions? options = null)
    {
        using var stream = MemoryStreams.Over(bytes);
        return Read(stream, file, options);
    }

    /// <summary>Decodes the TCX document model (laps, extensions, creator, author) without building sessions.</summary>
    public static DecodeResult<TcxDocument> ReadDocument(Stream stream, string? file = null, XmlActivityOptions? options = null) =>
        XmlActivityReader.ReadDocument(stream, file, options, "tcx", new TcxDocumentBuilder());

    /// <summary>Reads a TCX file from disk; a missing or unreadable file is a diagnostic.</summary>
    public static DecodeResult<RecordedFile> ReadFile(string path, XmlActivityOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return FileInput.Open(path, "tcx", stream => Read(stream, path, options));
    }
}
