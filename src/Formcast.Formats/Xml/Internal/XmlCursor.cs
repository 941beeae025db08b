using System.Globalization;
using System.Text;
using System.Xml;
using Formcast.Formats.Common.Internal;

namespace Formcast.Formats.Xml.Internal;

/// <summary>
/// A forward-only walk over an XML document with the settings that make hostile input harmless: no DTD (so no
/// entity expansion and no external entities), no resolver, a bound on document characters and on nesting depth.
/// Element handlers follow one rule: they return with the reader on the element's end tag (or on the element itself
/// when it is empty), so <see cref="NextChild"/> can advance without skipping a sibling.
/// </summary>
internal sealed class XmlCursor : IDisposable
{
    /// <summary>Longest text kept for one element; longer text is consumed and cut (a note, never a number).</summary>
    private const int MaxTextLength = 64 * 1024;

    /// <summary>Longest text parsed as a number; "1.2345678901234567e+308" is 23 characters.</summary>
    private const int MaxNumberLength = 64;

    private readonly XmlReader _reader;
    private readonly IXmlLineInfo? _lineInfo;
    private readonly int _maxDepth;
    private readonly StringBuilder _text = new();

    private XmlCursor(XmlReader reader, int maxDepth, DiagnosticCollector diagnostics, string codePrefix)
    {
        _reader = reader;
        _lineInfo = reader as IXmlLineInfo;
        _maxDepth = maxDepth;
        Diagnostics = diagnostics;
        CodePrefix = codePrefix;
    }

    public DiagnosticCollector Diagnostics { get; }

    public string CodePrefix { get; }

    public string LocalName => _reader.LocalName;

    public int Line => _lineInfo?.LineNumber ?? 0;

    public int Column => _lineInfo?.LinePosition ?? 0;

    public static XmlCursor Open(Stream stream, XmlActivityOptions options, DiagnosticCollector diagnostics, string codePrefix)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = options.MaxCharacters,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = false,
            ValidationType = ValidationType.None,
        };
        return new XmlCursor(XmlReader.Create(stream, settings), options.MaxDepth, diagnostics, codePrefix);
    }

    /// <summary>Moves to the document element; false when the document has none.</summary>
    public bool MoveToRoot()
    {
        while (_reader.Read())
        {
            if (_reader.NodeType == XmlNodeType.Element) return true;
        }

        return false;
    }

    /// <summary>Depth token for <see cref="NextChild"/>; -1 when the current element is empty.</summary>
    public int Enter() => _reader.IsEmptyElement ? -1 : _reader.Depth;

    /// <summary>Advances to the next child element of the element entered at <paramref name="depth"/>.</summary>
    public bool NextChild(int depth)
    {
        if (depth < 0) return false;
        while (_reader.Read())
        {
            switch (_reader.NodeType)
            {
                case XmlNodeType.Element:
                    CheckDepth();
                    return true;
                case XmlNodeType.EndElement when _reader.Depth == depth:
                    return false;
            }
        }

        return false;
    }

    /// <summary>Consumes the current element and everything in it.</summary>
    public void Skip()
    {
        if (_reader.IsEmptyElement) return;
        var depth = _reader.Depth;
        while (_reader.Read())
        {
            if (_reader.NodeType == XmlNodeType.Element) CheckDepth();
            else if (_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == depth) return;
        }
    }

    public string? Attribute(string name) => _reader.GetAttribute(name);

    /// <summary>The text content of the current element (child elements are skipped), cut at 64 Ki characters.</summary>
    public string ReadText()
    {
        if (_reader.IsEmptyElement) return "";
        var depth = _reader.Depth;

        // Nearly every element holds one text node: keep its string and only build when there are several.
        string? single = null;
        var building = false;
        var cut = false;
        while (_reader.Read())
        {
            switch (_reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    var value = _reader.Value;
                    if (single is null && !building)
                    {
                        single = value;
                        break;
                    }

                    if (!building)
                    {
                        _text.Clear().Append(single);
                        building = true;
                    }

                    var room = MaxTextLength - _text.Length;
                    if (value.Length > room)
                    {
                        _text.Append(value.AsSpan(0, Math.Max(room, 0)));
                        cut = true;
                    }
                    else
                    {
                        _text.Append(value);
                    }

                    break;
                case XmlNodeType.Element:
                    CheckDepth();
                    break;
                case XmlNodeType.EndElement when _reader.Depth == depth:
                    if (building)
                    {
                        if (cut) Warn("text.truncated", $"text longer than {MaxTextLength} characters was cut", _reader.LocalName);
                        return _text.ToString();
                    }

                    if (single is { Length: > MaxTextLength })
                    {
                        Warn("text.truncated", $"text longer than {MaxTextLength} characters was cut", _reader.LocalName);
                        return single[..MaxTextLength];
                    }

                    return single ?? "";
            }
        }

        return building ? _text.ToString() : single ?? "";
    }

    /// <summary>Reads the element's text as a number; NaN (with a warning naming the value) when it is not one.</summary>
    public double ReadDouble(string field)
    {
        var line = Line;
        var column = Column;
        var text = ReadText();
        return ParseDouble(text, field, line, column);
    }

    /// <summary>Parses an attribute or text value; NaN (with a warning) when absent or not a finite number.</summary>
    public double ParseDouble(string? text, string field, int line, int column)
    {
        if (text is null) return double.NaN;
        var span = text.AsSpan().Trim();
        if (span.Length <= MaxNumberLength &&
            double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) &&
            double.IsFinite(value))
        {
            return value;
        }

        Diagnostics.Add(
            DiagnosticSeverity.Warning,
            CodePrefix + ".value.number",
            $"'{Text.Excerpt(text)}' is not a finite decimal number; the value is left out",
            line,
            column,
            field);
        return double.NaN;
    }

    /// <summary>Reads the element's text as an xsd:dateTime; null (with a warning) when it is not one.</summary>
    public DateTimeOffset? ReadTime(string field)
    {
        var line = Line;
        var column = Column;
        var text = ReadText();
        return ParseTime(text, field, line, column);
    }

    public DateTimeOffset? ParseTime(string? text, string field, int line, int column)
    {
        if (text is null) return null;
        if (IsoTime.TryParse(text, out var time)) return time;
        Diagnostics.Add(
            DiagnosticSeverity.Warning,
            CodePrefix + ".value.time",
            $"'{Text.Excerpt(text)}' is not an ISO 8601 date-time such as 2012-12-26T21:29:53Z",
            line,
            column,
            field);
        return null;
    }

    public void Warn(string code, string message, string? field = null) =>
        Diagnostics.Add(DiagnosticSeverity.Warning, CodePrefix + "." + code, message, Line, Column, field);

    public void Dispose() => _reader.Dispose();

    private void CheckDepth()
    {
        if (_reader.Depth > _maxDepth) throw new XmlDepthExceededException(_maxDepth, Line, Column);
    }
}
