namespace Formcast.Formats.Common.Internal;

/// <summary>Opens an input file for a decoder, turning a missing or unreadable file into a diagnostic.</summary>
internal static class FileInput
{
    public static DecodeResult<T> Open<T>(string path, string codePrefix, Func<Stream, DecodeResult<T>> decode)
        where T : class
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return DecodeResult.Failure<T>(new FormatDiagnostic(DiagnosticSeverity.Error, codePrefix + ".io", "the file could not be opened: " + ex.Message, path));
        }

        using (stream)
        {
            return decode(stream);
        }
    }
}
