using System.Text;
using Formcast.Formats;

namespace Formcast.Workflows.Learning.Internal;

/// <summary>
/// A delimited text table read whole: header names and rows of raw fields, each row with its 1-based line number.
/// Follows RFC 4180 (fields in double quotes may hold delimiters, line breaks and doubled quotes); the delimiter is
/// the first of comma, semicolon or tab found in the header line. Blank lines are skipped.
/// </summary>
internal sealed class CsvTable
{
    private CsvTable(string[] header, List<string[]> rows, List<int> lines, char delimiter)
    {
        Header = header;
        Rows = rows;
        Lines = lines;
        Delimiter = delimiter;
    }

    public string[] Header { get; }

    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>Line (1-based) where each row starts.</summary>
    public IReadOnlyList<int> Lines { get; }

    public char Delimiter { get; }

    public static (CsvTable? Table, FormatDiagnostic? Error) Read(TextReader reader, string file)
    {
        var text = reader.ReadToEnd();
        var records = new List<(string[] Fields, int Line)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var quoteLine = 0;
        var delimiter = DetectDelimiter(text);
        var fieldStarted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }

                continue;
            }

            if (c == '"' && field.Length == 0)
            {
                inQuotes = true;
                quoteLine = line;
                fieldStarted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = true;
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                EndRecord();
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
                fieldStarted = true;
            }
        }

        if (inQuotes) return (null, new FormatDiagnostic(DiagnosticSeverity.Error, "csv.quote", "a quoted field is not closed", file, Line: quoteLine));
        EndRecord();
        if (records.Count == 0) return (null, new FormatDiagnostic(DiagnosticSeverity.Error, "csv.empty", "the file has no header line", file, Line: 1));

        var header = records[0].Fields.Select(h => h.Trim()).ToArray();
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i].Length == 0)
                return (null, new FormatDiagnostic(DiagnosticSeverity.Error, "csv.header", $"column {i + 1} has no name", file, Line: records[0].Line, Column: i + 1));
            var duplicate = Array.FindIndex(header, 0, i, h => h == header[i]);
            if (duplicate >= 0)
                return (null, new FormatDiagnostic(DiagnosticSeverity.Error, "csv.header", $"column name '{header[i]}' appears twice (columns {duplicate + 1} and {i + 1})", file, Line: records[0].Line, Column: i + 1));
        }

        var rows = new List<string[]>();
        var lines = new List<int>();
        foreach (var (values, at) in records.Skip(1))
        {
            if (values.Length != header.Length)
                return (null, new FormatDiagnostic(DiagnosticSeverity.Error, "csv.fields", $"{values.Length} fields where the header has {header.Length}", file, Line: at));
            rows.Add(values);
            lines.Add(at);
        }

        return (new CsvTable(header, rows, lines, delimiter), null);

        void EndRecord()
        {
            if (fieldStarted || field.Length > 0 || fields.Count > 0)
            {
                fields.Add(field.ToString());
                records.Add((fields.ToArray(), recordLine));
            }

            fields.Clear();
            field.Clear();
            fieldStarted = false;
        }
    }

    private static char DetectDelimiter(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        foreach (var candidate in new[] { ',', ';', '\t' })
        {
            if (header.Contains(candidate, StringComparison.Ordinal)) return candidate;
        }

        return ',';
    }
}
