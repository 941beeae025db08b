using System.IO.Compression;
using System.Text;

namespace Formcast.Formats.Tests.Archives;

/// <summary>Builds ZIP and gzip bytes in memory for the archive tests.</summary>
internal static class ArchiveBuilder
{
    /// <summary>A minimal FIT-looking head: 14-byte header size, protocol, profile, data size, ".FIT", CRC.</summary>
    public static byte[] FitHead() => [14, 0x10, 0x5E, 0x08, 0, 0, 0, 0, (byte)'.', (byte)'F', (byte)'I', (byte)'T', 0, 0];

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    public static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(content);
        return output.ToArray();
    }
}
