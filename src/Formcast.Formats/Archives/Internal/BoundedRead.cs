using System.Buffers;
using System.Globalization;

namespace Formcast.Formats.Archives.Internal;

/// <summary>
/// Reads a (decompressing) stream to its end into an array, stopping as soon as the output passes the entry limit
/// or the allowed compression ratio — the declared sizes in a container can lie, the count of bytes produced cannot.
/// </summary>
internal static class BoundedRead
{
    public static (byte[]? Bytes, FormatDiagnostic? Problem) ReadAll(Stream source, long compressedBytes, long maxBytes, ArchiveLimits limits, string name, string sourcePath)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            using var output = new MemoryStream();
            while (true)
            {
                int read;
                try
                {
                    read = source.Read(buffer, 0, buffer.Length);
                }
                catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
                {
                    return (null, Problem("archive.entry.corrupt", $"{name}: the compressed data is damaged ({ex.Message})", sourcePath));
                }

                if (read == 0) break;
                if (output.Length + read > maxBytes)
                {
                    return (null, Problem("archive.limit.entry_bytes",
                        string.Create(CultureInfo.InvariantCulture, $"{name}: expands past {maxBytes} bytes; the entry is skipped"), sourcePath));
                }

                output.Write(buffer, 0, read);
                if (compressedBytes > 0 && output.Length > limits.RatioCheckMinimumBytes && output.Length > limits.MaxCompressionRatio * compressedBytes)
                {
                    return (null, Problem("archive.limit.ratio",
                        string.Create(CultureInfo.InvariantCulture,
                            $"{name}: expands more than {limits.MaxCompressionRatio}× its {compressedBytes} compressed bytes (a decompression bomb?); the entry is skipped"),
                        sourcePath));
                }
            }

            return (output.ToArray(), null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static FormatDiagnostic Problem(string code, string message, string source) =>
        new(DiagnosticSeverity.Error, code, message, source);
}
