using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Formcast.Formats.Tests.Fit.Conformance;

/// <summary>A node of a <c>kortschak/utter</c> dump of a Go value (the tormoder/fit golden files).</summary>
internal abstract record GoNode(string Type);

/// <summary>A scalar such as <c>uint16(0x64)</c>, <c>int8(127)</c>, <c>string("x")</c>, <c>fit.Sport(0x1)</c>.</summary>
internal sealed record GoScalar(string Type, string Literal) : GoNode(Type)
{
    public long Integer => Literal.StartsWith("0x", StringComparison.Ordinal)
        ? (long)ulong.Parse(Literal.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
        : long.Parse(Literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public bool IsString => Type == "string";

    public string Text => GoDump.Unquote(Literal);
}

/// <summary>A struct; fields in dump order.</summary>
internal sealed record GoStruct(string Type, List<KeyValuePair<string, GoNode>> Fields) : GoNode(Type)
{
    public GoNode? this[string name] => Fields.FirstOrDefault(f => f.Key == name).Value;
}

/// <summary>A slice or array: scalar items or structs; byte slices are listed as hex bytes.</summary>
internal sealed record GoList(string Type, List<GoNode> Items) : GoNode(Type);

/// <summary><c>(nil)</c> pointers and slices, and values utter printed as <c>&lt;already shown&gt;</c>.</summary>
internal sealed record GoNil(string Type, bool AlreadyShown) : GoNode(Type);

/// <summary>Parses the gzip'd utter dumps line by line (one value or opening brace per line).</summary>
internal static class GoDump
{
    public static GoStruct Load(string gzipPath)
    {
        using var file = File.OpenRead(gzipPath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var first = reader.ReadLine() ?? throw new InvalidDataException("empty dump");
        return (GoStruct)ParseOpen(first.Trim(), reader);
    }

    private static GoNode ParseOpen(string head, StreamReader reader)
    {
        // head ends with '{': "&fit.File{", "fit.Header{", "[]*fit.RecordMsg{", "[4]uint8{", "time.Time{".
        var type = head[..^1].TrimStart('&');
        var isList = type.StartsWith('[');
        var items = new List<GoNode>();
        var fields = new List<KeyValuePair<string, GoNode>>();
        while (reader.ReadLine() is { } raw)
        {
            var line = raw.Trim();
            if (line is "}," or "}") break;
            if (isList)
            {
                if (line.EndsWith('{')) items.Add(ParseOpen(line, reader));
                else if (line.StartsWith("0x", StringComparison.Ordinal) || IsNumber(line)) items.AddRange(ParseBytes(line, type));
                else items.Add(ParseValue(line.TrimEnd(',')));
                continue;
            }

            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            var name = line[..colon];
            var value = line[(colon + 2)..];
            fields.Add(new(name, value.EndsWith('{') ? ParseOpen(value, reader) : ParseValue(value.TrimEnd(','))));
        }

        return isList ? new GoList(type, items) : new GoStruct(type, fields);
    }

    private static bool IsNumber(string line) => line.Length > 0 && (char.IsDigit(line[0]) || line[0] == '-');

    /// <summary>"0x47, 0x48, // |GH|" → two uint8 scalars.</summary>
    private static IEnumerable<GoNode> ParseBytes(string line, string listType)
    {
        var comment = line.IndexOf("//", StringComparison.Ordinal);
        var values = comment >= 0 ? line[..comment] : line;
        var element = listType[(listType.IndexOf(']', StringComparison.Ordinal) + 1)..];
        foreach (var part in values.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            yield return new GoScalar(element, part);
    }

    /// <summary>"uint16(0x64)", "[]uint8(nil)", "(*fit.X)(nil)", "[]uint16(&lt;already shown&gt;)", "string(\"x\")".</summary>
    private static GoNode ParseValue(string text)
    {
        if (text.StartsWith("(*", StringComparison.Ordinal))
        {
            var close = text.IndexOf(')', StringComparison.Ordinal);
            return new GoNil(text[2..close], AlreadyShown: text.EndsWith("(<already shown>)", StringComparison.Ordinal));
        }

        var open = text.IndexOf('(', StringComparison.Ordinal);
        var type = text[..open];
        var literal = text[(open + 1)..^1];
        if (literal is "nil" or "<already shown>") return new GoNil(type, literal != "nil");
        return new GoScalar(type, literal);
    }

    /// <summary>Go double-quoted string literal → text (escapes \" \\ \n \t \xNN \uNNNN; \xNN bytes as UTF-8).</summary>
    public static string Unquote(string literal)
    {
        var body = literal.Length >= 2 && literal[0] == '"' ? literal[1..^1] : literal;
        var bytes = new List<byte>();
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c != '\\')
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
                continue;
            }

            var e = body[++i];
            switch (e)
            {
                case 'x':
                    bytes.Add(byte.Parse(body.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 2;
                    break;
                case 'u':
                    bytes.AddRange(Encoding.UTF8.GetBytes(((char)int.Parse(body.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString()));
                    i += 4;
                    break;
                case 'n': bytes.Add((byte)'\n'); break;
                case 't': bytes.Add((byte)'\t'); break;
                case 'r': bytes.Add((byte)'\r'); break;
                case '0': bytes.Add(0); break;
                default: bytes.Add((byte)e); break;
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }
}
