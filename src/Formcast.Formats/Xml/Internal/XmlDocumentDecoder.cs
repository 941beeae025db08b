using System.Text;
using System.Xml;
using Formcast.Formats.Common.Internal;

namespace Formcast.Formats.Xml.Internal;

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
        XmlCursor? cursor = null;
        try
        {
            // Creating the reader already reads the first bytes (encoding detection), so it can fail too.
            cursor = XmlCursor.Open(stream, options, diagnostics, code);
            builder.Read(cursor);
        }
        catch (XmlException ex)
        {
            // Some refusals (a prohibited DTD) carry no position of their own; the reader's position is where it stopped.
            var (line, column) = ex.LineNumber > 0 ? (ex.LineNumber, ex.LinePosition)
                : Locate(stream, start, ex.Message.Contains("DTD", StringComparison.Ordinal)) ?? (cursor?.Line ?? 0, cursor?.Column ?? 0);
            diagnostics.Add(DiagnosticSeverity.Error, code + ClassifyXmlError(ex), CleanMessage(ex), NullIfZero(line), NullIfZero(column));
        }
        catch (XmlDepthExceededException ex)
        {
            diagnostics.Add(DiagnosticSeverity.Error, code + ".xml.depth", ex.Message, NullIfZero(ex.Line), NullIfZero(ex.Column));
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or DecoderFallbackException)
        {
            diagnostics.Add(DiagnosticSeverity.Error, code + ".io", "the bytes could not be read: " + ex.Message);
        }
        finally
        {
            cursor?.Dispose();
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
        if (message.Contains("Root element is missing", StringComparison.Ordinal)) return ".xml.no_root";
        if (message.Contains("encoding", StringComparison.OrdinalIgnoreCase)) return ".xml.encoding";
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
    /// A position for the refusals the XML reader reports without one: for a prohibited DTD, the first markup
    /// declaration ("&lt;!" not opening a comment or CDATA — the reader refuses "&lt;!DOCTYPE" and anything it cannot
    /// tell from one); otherwise the end of the document (where "root element is missing" is found). Looks at the
    /// first 1 MiB of a seekable stream, decoded by its byte-order mark; null when the stream cannot be re-read.
    /// </summary>
    private static (int Line, int Column)? Locate(Stream stream, long start, bool doctype)
    {
        const int window = 1024 * 1024;
        if (start < 0 || !stream.CanSeek) return null;
        stream.Position = start;
        var head = new byte[(int)Math.Min(window, Math.Max(stream.Length - start, 0))];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var encoding = length >= 2 && head[0] == 0xFF && head[1] == 0xFE ? Encoding.Unicode
            : length >= 2 && head[0] == 0xFE && head[1] == 0xFF ? Encoding.BigEndianUnicode
            : Encoding.UTF8;
        var text = encoding.GetString(head, 0, length);
        int at;
        if (doctype)
        {
            at = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
            for (var i = text.IndexOf("<!", StringComparison.Ordinal); at < 0 && i >= 0; i = text.IndexOf("<!", i + 2, StringComparison.Ordinal))
            {
                if (!text.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal) && !text.AsSpan(i).StartsWith("<![CDATA[", StringComparison.Ordinal)) at = i;
            }

            // The refusal concerns the prolog, which starts the document.
            if (at < 0) at = 0;
        }
        else
        {
            at = stream.Length - start <= window ? text.Length : -1;
        }

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
