using System.Text;
using System.Xml;
using Formcast.Formats.Common.Internal;

namespace Formcast.Formats.Xml.Internal;

/// <summary>Reads one document into a builder that keeps whatever was read before any damage.</summary>
internal interface IXmlDocumentBuilder<out T>
    where T : class
{
    /// <summary>Walks the document; may stop at malformed XML by throwing, leaving its partial state in place.</summary>
    void Read(XmlCursor cursor);

    /// <summary>The value made of what was read, or null when nothing usable was.</summary>
    T? Build();
}

/// <summary>
/// Runs an <see cref="IXmlDocumentBuilder{T}"/> under the secure reader settings and turns every way a document can
/// be bad (malformed XML, a DTD, too many characters, too deep, broken compression or encoding underneath) into a
/// diagnostic with line and column, then applies the strict or lenient policy.
/// </summary>
internal static class XmlDocumentDecoder
{
    public static DecodeResult<T> Decode<T>(Stream stream, XmlActivityOptions options, DiagnosticCollector diagnostics, string code, IXmlDocumentBuilder<T> builder)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        options.Validate();
        var start = stream.CanSeek ? stream.Position : -1;
        try
        {
            using var cursor = XmlCursor.Open(stream, options, diagnostics, code);
            try
            {
                builder.Read(cursor);
            }
            catch (XmlException ex)
            {
                // Some refusals (a prohibited DTD) carry no position of their own; the reader's position is where it stopped.
                var (line, column) = ex.LineNumber > 0 ? (ex.LineNumber, ex.LinePosition)
                    : LocateDoctype(stream, start) ?? (cursor.Line, cursor.Column);
                diagnostics.Add(DiagnosticSeverity.Error, code + ClassifyXmlError(ex), CleanMessage(ex), NullIfZero(line), NullIfZero(column));
            }
            catch (XmlDepthExceededException ex)
            {
                diagnostics.Add(DiagnosticSeverity.Error, code + ".xml.depth", ex.Message, NullIfZero(ex.Line), NullIfZero(ex.Column));
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or DecoderFallbackException)
        {
            diagnostics.Add(DiagnosticSeverity.Error, code + ".io", "the bytes could not be read: " + ex.Message);
        }

        var value = builder.Build();
        var list = diagnostics.ToList();
        if (!diagnostics.HasErrors) return value is null ? DecodeResult.Failure<T>(list) : DecodeResult.Success(value, list);
        if (options.Mode == DecodeMode.Strict || value is null) return DecodeResult.Failure<T>(list);
        return DecodeResult.Partial(value, list);
    }

    private static string ClassifyXmlError(XmlException ex)
    {
        var message = ex.Message;
        if (message.Contains("DTD", StringComparison.Ordinal)) return ".xml.dtd";
        if (message.Contains("MaxCharactersInDocument", StringComparison.Ordinal)) return ".xml.too_large";
        if (message.Contains("MaxCharactersFromEntities", StringComparison.Ordinal)) return ".xml.entity";
        if (message.Contains("entity", StringComparison.OrdinalIgnoreCase)) return ".xml.entity";
        if (message.Contains("Unexpected end of file", StringComparison.Ordinal) || message.Contains("not closed", StringComparison.Ordinal))
            return ".xml.truncated";
        return ".xml.malformed";
    }

    /// <summary>XmlException messages end with " Line n, position m." — the position already travels in its own fields.</summary>
    private static string CleanMessage(XmlException ex)
    {
        var message = ex.Message;
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 ? message[..at].TrimEnd() : message;
    }

    /// <summary>
    /// Line and column of "&lt;!DOCTYPE" in the document's first 64 KiB, for the refusal the XML reader reports
    /// without a position; null when the stream cannot be re-read.
    /// </summary>
    private static (int Line, int Column)? LocateDoctype(Stream stream, long start)
    {
        if (start < 0 || !stream.CanSeek) return null;
        stream.Position = start;
        var head = new byte[64 * 1024];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var text = Encoding.UTF8.GetString(head, 0, length);
        var at = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (at < 0) return null;
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < at; i++)
        {
            if (text[i] != '\n') continue;
            line++;
            lineStart = i + 1;
        }

        return (line, at - lineStart + 1);
    }

    private static int? NullIfZero(int value) => value > 0 ? value : null;
}
