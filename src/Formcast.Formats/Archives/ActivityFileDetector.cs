using System.Text;

namespace Formcast.Formats.Archives;

/// <summary>
/// Recognises a file's format from its first bytes, falling back to its extension only when the content does not
/// decide (an exporter's extension can lie; a FIT header or an XML root element cannot). Sources of the magic
/// numbers: gzip RFC 1952 §2.3.1 (1F 8B), ZIP APPNOTE 6.3.10 §4.3.7 (local file header 50 4B 03 04, empty archive
/// 50 4B 05 06), FIT protocol header (size 12 or 14, ".FIT" at bytes 8–11).
/// </summary>
public static class ActivityFileDetector
{
    /// <summary>Bytes of the head that <see cref="Detect"/> looks at; pass at least this many when available.</summary>
    public const int HeadLength = 4096;

    /// <summary>The format of content starting with <paramref name="head"/>, named <paramref name="name"/>.</summary>
    public static ActivityFileFormat Detect(ReadOnlySpan<byte> head, string? name = null)
    {
        if (head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B) return ActivityFileFormat.Gzip;
        if (head.Length >= 4 && head[0] == 0x50 && head[1] == 0x4B && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6)))
            return ActivityFileFormat.Zip;
        if (head.Length >= 12 && head[0] is 12 or 14 && head[8] == '.' && head[9] == 'F' && head[10] == 'I' && head[11] == 'T')
            return ActivityFileFormat.Fit;

        var text = DecodeText(head);
        if (text is not null)
        {
            var root = XmlRootName(text);
            if (root is not null)
            {
                if (root.Equals("TrainingCenterDatabase", StringComparison.Ordinal)) return ActivityFileFormat.Tcx;
                if (root.Equals("gpx", StringComparison.Ordinal)) return ActivityFileFormat.Gpx;
                return ActivityFileFormat.Unknown;
            }
        }

        var byName = FromExtension(name);
        if (byName == ActivityFileFormat.Csv && text is null) return ActivityFileFormat.Unknown;
        return byName;
    }

    /// <summary>The format a file name suggests (".fit", ".tcx", ".gpx", ".csv"/".tsv"/".txt", ".gz", ".zip"), case-insensitive.</summary>
    public static ActivityFileFormat FromExtension(string? name)
    {
        var ext = Path.GetExtension(name ?? "").ToUpperInvariant();
        return ext switch
        {
            ".FIT" => ActivityFileFormat.Fit,
            ".TCX" => ActivityFileFormat.Tcx,
            ".GPX" => ActivityFileFormat.Gpx,
            ".CSV" or ".TSV" or ".TXT" => ActivityFileFormat.Csv,
            ".GZ" => ActivityFileFormat.Gzip,
            ".ZIP" => ActivityFileFormat.Zip,
            _ => ActivityFileFormat.Unknown,
        };
    }

    /// <summary>The head as text when it plausibly is text (BOM-aware; no NUL in UTF-8), else null.</summary>
    private static string? DecodeText(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 2 && head[0] == 0xFF && head[1] == 0xFE) return Encoding.Unicode.GetString(head[2..(head.Length & ~1)]);
        if (head.Length >= 2 && head[0] == 0xFE && head[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(head[2..(head.Length & ~1)]);
        if (head.Length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF) head = head[3..];
        if (head.Contains((byte)0)) return null;
        return Encoding.UTF8.GetString(head);
    }

    /// <summary>Local name of the first element, skipping the declaration, comments and a doctype; null if not XML.</summary>
    private static string? XmlRootName(string text)
    {
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length || text[i] != '<') return null;
            if (text.AsSpan(i).StartsWith("<?", StringComparison.Ordinal))
            {
                var end = text.IndexOf("?>", i, StringComparison.Ordinal);
                if (end < 0) return null;
                i = end + 2;
                continue;
            }

            if (text.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = text.IndexOf("-->", i, StringComparison.Ordinal);
                if (end < 0) return null;
                i = end + 3;
                continue;
            }

            if (text.AsSpan(i).StartsWith("<!", StringComparison.Ordinal))
            {
                var end = text.IndexOf('>', i);
                if (end < 0) return null;
                i = end + 1;
                continue;
            }

            var start = i + 1;
            var stop = start;
            while (stop < text.Length && !char.IsWhiteSpace(text[stop]) && text[stop] is not ('>' or '/')) stop++;
            if (stop == start) return null;
            var qualified = text[start..stop];
            var colon = qualified.IndexOf(':', StringComparison.Ordinal);
            return colon >= 0 ? qualified[(colon + 1)..] : qualified;
        }
    }
}
