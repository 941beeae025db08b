using System.Globalization;
using System.Text;
using Formcast.Formats.Common.Internal;

namespace Formcast.Formats.Sheets.Internal;

/// <summary>
/// RFC 4180 records from text: quoted fields with doubled quotes and embedded line breaks, CRLF/LF/CR line ends,
/// text after a closing quote kept (spreadsheets write <c>"a"b</c> rarely, and refusing the row helps nobody), and
/// bounds on field length and field count. Every record carries the line it starts on for diagnostics.
/// </summary>
internal sealed class CsvParser
{
    public const int MaxFields = 4096;
    public const int MaxFieldLength = 1024 * 1024;

    private readonly string _text;
    private readonly char _delimiter;
    private readonly DiagnosticCollector _diagnostics;
    private readonly StringBuilder _field = new();
    private int _pos;
    private int _line = 1;

    public CsvParser(string text, char delimiter, DiagnosticCollector diagnostics)
    {
        _text = text;
        _delimiter = delimiter;
        _diagnostics = diagnostics;
        if (_text.Length > 0 && _text[0] == '\uFEFF') _pos = 1;
    }

    public enum Outcome
    {
        Record,
        Damaged,
        End,
    }

    /// <summary>The delimiter of the first line: the most frequent of ',', ';', tab, '|' outside quotes (',' on a tie or none).</summary>
    public static char DetectDelimiter(string text)
    {
        ReadOnlySpan<char> candidates = [',', ';', '\t', '|'];
        Span<int> counts = stackalloc int[candidates.Length];
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c is '\n' or '\r') break;
            else if (!quoted)
            {
                var k = candidates.IndexOf(c);
                if (k >= 0) counts[k]++;
            }
        }

        var best = 0;
        for (var k = 1; k < candidates.Length; k++)
        {
            if (counts[k] > counts[best]) best = k;
        }

        return candidates[best];
    }

    /// <summary>Reads the next record into <paramref name="fields"/>; <paramref name="line"/> is its first line.</summary>
    public Outcome Next(List<CsvField> fields, out int line)
    {
        fields.Clear();
        line = _line;
        if (_pos >= _text.Length) return Outcome.End;
        var damaged = false;
        while (true)
        {
            var fieldLine = _line;
            var (text, ok) = ReadField(fieldLine);
            if (!ok) return Outcome.Damaged;
            if (fields.Count < MaxFields)
            {
                fields.Add(new CsvField(text, fieldLine));
            }
            else if (!damaged)
            {
                damaged = true;
                _diagnostics.Add(DiagnosticSeverity.Error, "csv.record.too_wide",
                    string.Create(CultureInfo.InvariantCulture, $"the row has more than {MaxFields} fields; it is skipped"), line);
            }

            if (_pos >= _text.Length) return damaged ? Outcome.Damaged : Outcome.Record;
            var c = _text[_pos];
            if (c == _delimiter)
            {
                _pos++;
                if (_pos >= _text.Length)
                {
                    fields.Add(new CsvField("", _line));
                    return damaged ? Outcome.Damaged : Outcome.Record;
                }

                continue;
            }

            ConsumeLineEnd();
            return damaged ? Outcome.Damaged : Outcome.Record;
        }
    }

    private (string Text, bool Ok) ReadField(int fieldLine)
    {
        var start = _pos;
        var probe = _pos;
        while (probe < _text.Length && _text[probe] == ' ' && _delimiter != ' ') probe++;
        if (probe < _text.Length && _text[probe] == '"') return ReadQuoted(probe, fieldLine);

        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == _delimiter || c is '\n' or '\r') break;
            _pos++;
        }

        if (_pos - start > MaxFieldLength) return TooLong(fieldLine);
        return (_text.Substring(start, _pos - start), true);
    }

    private (string Text, bool Ok) ReadQuoted(int quoteAt, int fieldLine)
    {
        _field.Clear();
        _pos = quoteAt + 1;
        while (true)
        {
            if (_pos >= _text.Length)
            {
                _diagnostics.Add(DiagnosticSeverity.Error, "csv.quote.unterminated",
                    "a quoted field is never closed; the rest of the file is one damaged row", fieldLine);
                return ("", false);
            }

            var c = _text[_pos];
            if (c == '"')
            {
                if (_pos + 1 < _text.Length && _text[_pos + 1] == '"')
                {
                    _field.Append('"');
                    _pos += 2;
                    continue;
                }

                _pos++;
                break;
            }

            if (c == '\n' || (c == '\r' && (_pos + 1 >= _text.Length || _text[_pos + 1] != '\n'))) _line++;
            _field.Append(c);
            _pos++;
            if (_field.Length > MaxFieldLength) return TooLong(fieldLine);
        }

        // Text between the closing quote and the delimiter is kept as written.
        while (_pos < _text.Length && _text[_pos] != _delimiter && _text[_pos] is not ('\n' or '\r'))
        {
            _field.Append(_text[_pos]);
            _pos++;
            if (_field.Length > MaxFieldLength) return TooLong(fieldLine);
        }

        return (_field.ToString(), true);
    }

    private (string Text, bool Ok) TooLong(int fieldLine)
    {
        _diagnostics.Add(DiagnosticSeverity.Error, "csv.field.too_long",
            string.Create(CultureInfo.InvariantCulture, $"a field is longer than {MaxFieldLength} characters; the row is skipped"), fieldLine);
        SkipToLineEnd();
        return ("", false);
    }

    private void SkipToLineEnd()
    {
        while (_pos < _text.Length && _text[_pos] is not ('\n' or '\r')) _pos++;
        ConsumeLineEnd();
    }

    private void ConsumeLineEnd()
    {
        if (_pos >= _text.Length) return;
        if (_text[_pos] == '\r')
        {
            _pos++;
            if (_pos < _text.Length && _text[_pos] == '\n') _pos++;
            _line++;
        }
        else if (_text[_pos] == '\n')
        {
            _pos++;
            _line++;
        }
    }
}
