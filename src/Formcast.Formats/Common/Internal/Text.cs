namespace Formcast.Formats.Common.Internal;

/// <summary>Helpers for putting input text into one-line messages.</summary>
internal static class Text
{
    /// <summary>A value as it may appear in a message: at most 40 characters, control characters shown as '?'.</summary>
    public static string Excerpt(string text)
    {
        var span = text.AsSpan().Trim();
        var cut = span.Length > 40;
        if (cut) span = span[..40];
        var chars = new char[span.Length];
        for (var i = 0; i < span.Length; i++) chars[i] = char.IsControl(span[i]) ? '?' : span[i];
        return cut ? new string(chars) + "…" : new string(chars);
    }
}
