using System.Text;

namespace Formcast.Formats.Tests.Robustness;

/// <summary>
/// Seeded structure-aware mutations of a valid input: truncation, byte flips, inserted and deleted bytes, inserted
/// or unbalanced tags, deep nesting, entity-expansion attempts, huge attribute values and digit runs.
/// </summary>
internal sealed class Mutator(int seed)
{
    private static readonly string[] Tags =
    [
        "<Trackpoint>", "</Trackpoint>", "<Lap>", "</Activity>", "<trkpt lat=\"1\" lon=\"2\">", "</trkseg>", "<extensions>",
        "<![CDATA[x]]>", "<?pi x?>", "<!-- c -->", "<HeartRateBpm><Value>", "<time>", "</gpx>", "<Time>2024-13-45T99:99:99Z</Time>",
    ];

    private readonly Random _random = new(seed);

    public string Last { get; private set; } = "";

    public byte[] Mutate(byte[] input)
    {
        var kind = _random.Next(10);
        Last = kind switch
        {
            0 => "truncate",
            1 => "flip bytes",
            2 => "insert bytes",
            3 => "delete range",
            4 => "insert tag",
            5 => "deep nesting",
            6 => "entity expansion",
            7 => "huge attribute",
            8 => "long digits",
            _ => "mixed",
        };
        return kind switch
        {
            0 => input[.._random.Next(input.Length + 1)],
            1 => Flip(input, 1 + _random.Next(8)),
            2 => Insert(input, RandomBytes(1 + _random.Next(16))),
            3 => Delete(input),
            4 => Insert(input, Encoding.UTF8.GetBytes(Tags[_random.Next(Tags.Length)])),
            5 => Insert(input, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<n>", 200 + _random.Next(5000))))),
            6 => EntityAttempt(input),
            7 => Insert(input, Encoding.UTF8.GetBytes(" lat=\"" + new string('7', 50_000 + _random.Next(200_000)) + "\"")),
            8 => Insert(input, Encoding.UTF8.GetBytes(new string('9', 400))),
            _ => Flip(Delete(Insert(input, RandomBytes(4))), 2),
        };
    }

    private byte[] Flip(byte[] input, int count)
    {
        var output = (byte[])input.Clone();
        for (var i = 0; i < count && output.Length > 0; i++) output[_random.Next(output.Length)] ^= (byte)(1 + _random.Next(255));
        return output;
    }

    private byte[] Insert(byte[] input, byte[] insert)
    {
        var at = _random.Next(input.Length + 1);
        return [.. input.AsSpan(0, at), .. insert, .. input.AsSpan(at)];
    }

    private byte[] Delete(byte[] input)
    {
        if (input.Length == 0) return input;
        var at = _random.Next(input.Length);
        var length = Math.Min(input.Length - at, 1 + _random.Next(64));
        return [.. input.AsSpan(0, at), .. input.AsSpan(at + length)];
    }

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>A DTD with nested entities before the root, or a bare reference somewhere inside.</summary>
    private byte[] EntityAttempt(byte[] input)
    {
        if (_random.Next(2) == 0) return Insert(input, Encoding.UTF8.GetBytes("&lol9;"));
        var text = Encoding.UTF8.GetString(input);
        var root = text.IndexOf('<', text.StartsWith("<?", StringComparison.Ordinal) ? text.IndexOf("?>", StringComparison.Ordinal) + 2 : 0);
        var dtd = "<!DOCTYPE r [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol9 \"&lol2;&lol2;&lol2;&lol2;\"><!ENTITY x SYSTEM \"file:///etc/passwd\">]>";
        return root < 0 ? Encoding.UTF8.GetBytes(dtd + text) : Encoding.UTF8.GetBytes(text[..root] + dtd + text[root..]);
    }
}
