using System.Text;
using Formcast.Formats.Sheets.Internal;

namespace Formcast.Formats.Sheets;

/// <summary>
/// Imports CSV sheets (wellness, session RPE, injuries, tests, races) through a <see cref="SheetMapping"/>. Row
/// errors name the file, line and column (field number and header) with the value found and what was expected; bad
/// rows are skipped and the rest of the sheet imports. Text is UTF-8 (with or without BOM) or UTF-16 with BOM; bytes
/// that are not valid UTF-8 are read as ISO-8859-1 (what older spreadsheet "CSV" exports write), with a notice.
/// </summary>
public static class SheetImporter
{
    /// <summary>Imports a sheet from disk; the path also names the athlete when the mapping uses a path level.</summary>
    public static SheetImportResult ImportFile(string path, SheetMapping mapping, SheetImportOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(path, "sheet.io", "the sheet could not be read: " + ex.Message);
        }

        return Import(bytes, path, mapping, options);
    }

    /// <summary>Imports sheet bytes (e.g. an archive entry) named <paramref name="file"/>.</summary>
    public static SheetImportResult Import(ReadOnlySpan<byte> bytes, string file, SheetMapping mapping, SheetImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentException.ThrowIfNullOrEmpty(file);
        options ??= SheetImportOptions.Default;
        if (bytes.Length > options.MaxCharacters * 4)
            return Failed(file, "sheet.too_large", $"the sheet has {bytes.Length} bytes, more than the {options.MaxCharacters} characters allowed");

        var (text, notice) = Decode(bytes);
        var result = ImportText(text, file, mapping, options);
        return notice is null ? result : result with { Diagnostics = [new FormatDiagnostic(DiagnosticSeverity.Info, "csv.encoding", notice, file), .. result.Diagnostics] };
    }

    /// <summary>Imports sheet text named <paramref name="file"/>.</summary>
    public static SheetImportResult ImportText(string text, string file, SheetMapping mapping, SheetImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentException.ThrowIfNullOrEmpty(file);
        options ??= SheetImportOptions.Default;
        if (text.Length > options.MaxCharacters)
            return Failed(file, "sheet.too_large", $"the sheet has {text.Length} characters, more than the {options.MaxCharacters} allowed");
        return new SheetReader(mapping, options, file).Read(text);
    }

    private static (string Text, string? Notice) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return (Encoding.Unicode.GetString(bytes[2..]), null);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return (Encoding.BigEndianUnicode.GetString(bytes[2..]), null);
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];
        try
        {
            return (StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.Latin1.GetString(bytes), "the sheet is not valid UTF-8; it was read as ISO-8859-1");
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static SheetImportResult Failed(string file, string code, string message) =>
        new() { Diagnostics = [new FormatDiagnostic(DiagnosticSeverity.Error, code, message, file)] };
}
