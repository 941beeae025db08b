using System.Text;

namespace Formcast.Formats.Fit.Internal;

/// <summary>
/// FIT string fields: UTF-8, NUL-terminated, possibly several strings in one field, possibly unterminated
/// (tormoder/fit testdata <c>unterminated-strings.fit</c>). Invalid UTF-8 becomes U+FFFD instead of failing.
/// </summary>
internal static class FitStrings
{
    public static string[] Split(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        var rest = bytes;
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf((byte)0);
            var part = end < 0 ? rest : rest[..end];
            if (!part.IsEmpty) count++;
            rest = end < 0 ? default : rest[(end + 1)..];
        }

        if (count == 0) return [];
        var result = new string[count];
        var i = 0;
        rest = bytes;
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf((byte)0);
            var part = end < 0 ? rest : rest[..end];
            if (!part.IsEmpty) result[i++] = Encoding.UTF8.GetString(part);
            rest = end < 0 ? default : rest[(end + 1)..];
        }

        return result;
    }

    /// <summary>Encodes strings NUL-separated and NUL-terminated.</summary>
    public static byte[] Join(IReadOnlyList<string> strings)
    {
        var length = 0;
        foreach (var s in strings) length += Encoding.UTF8.GetByteCount(s) + 1;
        var bytes = new byte[length];
        var at = 0;
        foreach (var s in strings)
        {
            at += Encoding.UTF8.GetBytes(s, bytes.AsSpan(at));
            bytes[at++] = 0;
        }

        return bytes;
    }
}
