using System.Globalization;
using System.Text;

namespace Formcast.Formats;

/// <summary>
/// A precise statement about an input: which file, where (byte offset for binary formats, line and column for
/// text), a stable machine code and a sentence saying what was found and what was expected.
/// </summary>
/// <param name="Severity">Info, warning or error.</param>
/// <param name="Code">Stable machine-readable code, e.g. "fit.crc.file", "csv.value.range".</param>
/// <param name="Message">What was found and what was expected, e.g. "file CRC is 0x1234, computed 0xBEEF".</param>
/// <param name="File">The file (path as given by the user), when known.</param>
/// <param name="ByteOffset">Byte offset in the file for binary formats.</param>
/// <param name="Line">1-based line for text formats.</param>
/// <param name="Column">1-based column (or the column's name in <paramref name="Field"/>) for text formats.</param>
/// <param name="Field">The field or column concerned, when there is one.</param>
public sealed record FormatDiagnostic(
    DiagnosticSeverity Severity,
    string Code,
    string Message,
    string? File = null,
    long? ByteOffset = null,
    int? Line = null,
    int? Column = null,
    string? Field = null)
{
    /// <summary>Copy of this diagnostic attributed to <paramref name="file"/>.</summary>
    public FormatDiagnostic InFile(string file) => this with { File = file };

    /// <summary>"file:line:col: error code: message" or "file@offset: ..." — one line for terminals and logs.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        if (File is not null) sb.Append(File);
        if (ByteOffset is { } offset) sb.Append(CultureInfo.InvariantCulture, $"@byte {offset}");
        if (Line is { } line)
        {
            sb.Append(CultureInfo.InvariantCulture, $":{line}");
            if (Column is { } column) sb.Append(CultureInfo.InvariantCulture, $":{column}");
        }

        if (sb.Length > 0) sb.Append(": ");
        sb.Append(Severity.ToString().ToLowerInvariant()).Append(' ').Append(Code);
        if (Field is not null) sb.Append(" [").Append(Field).Append(']');
        sb.Append(": ").Append(Message);
        return sb.ToString();
    }
}
