using Formcast.Formats.Common.Internal;
using Formcast.Formats.Gpx.Internal;
using Formcast.Formats.Xml;
using Formcast.Formats.Xml.Internal;

namespace Formcast.Formats.Gpx;

/// <summary>
/// Reads GPX 1.0 and 1.1 files with a streaming, DTD-free XML reader. Malformed, hostile or truncated input
/// yields diagnostics with line and column, never an exception.
/// </summary>
public static class GpxReader
{
    /// <summary>Decodes a GPX stream into sessions with sample streams on a common clock.</summary>
    /// <param name="stream">The document; read to its end, not closed.</param>
    /// <param name="file">The file name to put in diagnostics.</param>
    /// <param name="options">Bounds and strict/lenient mode; defaults when null.</param>
    public static DecodeResult<RecordedFile> Read(Stream stream, string? file = null, XmlActivityOptions? options = null) =>
        XmlActivityReader.Read(stream, file, options, "gpx", new GpxDocumentBuilder(), GpxSessionMapper.Map);

    /// <summary>Decodes GPX bytes (e.g. an archive entry).</summary>
    public static DecodeResult<RecordedFile> Read(ReadOnlyMemory<byte> bytes, string? file = null, XmlActivityOptions? options = null)
    {
        using var stream = MemoryStreams.Over(bytes);
        return Read(stream, file, options);
    }

    /// <summary>Decodes the GPX document model (waypoints, routes, tracks, extension values) without building sessions.</summary>
    public static DecodeResult<GpxDocument> ReadDocument(Stream stream, string? file = null, XmlActivityOptions? options = null) =>
        XmlActivityReader.ReadDocument(stream, file, options, "gpx", new GpxDocumentBuilder());

    /// <summary>Reads a GPX file from disk; a missing or unreadable file is a diagnostic.</summary>
    public static DecodeResult<RecordedFile> ReadFile(string path, XmlActivityOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return FileInput.Open(path, "gpx", stream => Read(stream, path, options));
    }
}
