using System.Text;

namespace Formcast.Formats.Sheets.Internal;

/// <summary>
/// Reads the list and dictionary literals some exports put in one cell — Python's repr as PMSys writes it
/// (<c>['team', 'soccer']</c>, <c>{'left_foot': 'minor'}</c>) and the JSON equivalents. Items are strings or bare
/// tokens (numbers, codes); nesting is not supported.
/// </summary>
internal static class Literals
{
    public static bool TryParseList(string text, out List<string> items)
    {
        items = [];
        var s = text.Trim();
        if (s.Length < 2 || s[0] != '[' || s[^1] != ']') return false;
        var pos = 1;
        var end = s.Length - 1;
        Skip(s, ref pos, end);
        while (pos < end)
        {
            if (!TryItem(s, ref pos, end, out var item)) return false;
            items.Add(item);
            Skip(s, ref pos, end);
            if (pos < end && s[pos] == ',')
            {
                pos++;
                Skip(s, ref pos, end);
            }
            else if (pos < end)
            {
                return false;
            }
        }

        return true;
    }

    public static bool TryParseDictionary(string text, out List<KeyValuePair<string, string>> pairs)
    {
        pairs = [];
        var s = text.Trim();
        if (s.Length < 2 || s[0] != '{' || s[^1] != '}') return false;
        var pos = 1;
        var end = s.Length - 1;
        Skip(s, ref pos, end);
        while (pos < end)
        {
            if (!TryItem(s, ref pos, end, out var key)) return false;
            Skip(s, ref pos, end);
            if (pos >= end || s[pos] != ':') return false;
            pos++;
            Skip(s, ref pos, end);
            if (!TryItem(s, ref pos, end, out var value)) return false;
            pairs.Add(new KeyValuePair<string, string>(key, value));
            Skip(s, ref pos, end);
            if (pos < end && s[pos] == ',')
            {
                pos++;
                Skip(s, ref pos, end);
            }
            else if (pos < end)
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryItem(string s, ref int pos, int end, out string item)
    {
        item = "";
        if (pos >= end) return false;
        var quote = s[pos];
        if (quote is '\'' or '"')
        {
            var sb = new StringBuilder();
            pos++;
            while (pos < end && s[pos] != quote)
            {
                if (s[pos] == '\\' && pos + 1 < end) pos++;
                sb.Append(s[pos]);
                pos++;
            }

            if (pos >= end) return false;
            pos++;
            item = sb.ToString();
            return true;
        }

        var start = pos;
        while (pos < end && s[pos] is not (',' or ':') && !char.IsWhiteSpace(s[pos])) pos++;
        if (pos == start) return false;
        item = s[start..pos];
        return true;
    }

    private static void Skip(string s, ref int pos, int end)
    {
        while (pos < end && char.IsWhiteSpace(s[pos])) pos++;
    }
}
