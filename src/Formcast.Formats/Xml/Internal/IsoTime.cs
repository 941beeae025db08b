namespace Formcast.Formats.Xml.Internal;

/// <summary>
/// Parses the xsd:dateTime timestamps of TCX and GPX (<c>2012-12-26T21:29:53Z</c>, <c>…:52.2073437Z</c>,
/// <c>…T15:58:25.849800+00:00</c>) without allocation. Fractions keep up to 7 digits (.NET tick resolution);
/// further digits are dropped. A time without zone designator is taken as UTC, as both schemas state that times
/// are UTC (GPX 1.1 schema, <c>time</c> element; TCX v2 schema, <c>dateTime</c> in UTC).
/// </summary>
internal static class IsoTime
{
    public static bool TryParse(ReadOnlySpan<char> text, out DateTimeOffset utc)
    {
        utc = default;
        text = text.Trim();
        if (text.Length < 19) return false;
        if (!TryDigits(text, 0, 4, out var year) || text[4] != '-' ||
            !TryDigits(text, 5, 2, out var month) || text[7] != '-' ||
            !TryDigits(text, 8, 2, out var day) || (text[10] != 'T' && text[10] != 't' && text[10] != ' ') ||
            !TryDigits(text, 11, 2, out var hour) || text[13] != ':' ||
            !TryDigits(text, 14, 2, out var minute) || text[16] != ':' ||
            !TryDigits(text, 17, 2, out var second))
        {
            return false;
        }

        var pos = 19;
        long fractionTicks = 0;
        if (pos < text.Length && text[pos] == '.')
        {
            pos++;
            var digits = 0;
            var scale = TimeSpan.TicksPerSecond;
            while (pos < text.Length && char.IsAsciiDigit(text[pos]))
            {
                if (digits < 7)
                {
                    scale /= 10;
                    fractionTicks += (text[pos] - '0') * scale;
                }

                digits++;
                pos++;
            }

            if (digits == 0) return false;
        }

        var offset = TimeSpan.Zero;
        if (pos < text.Length)
        {
            var sign = text[pos];
            if (sign is 'Z' or 'z')
            {
                pos++;
            }
            else if (sign is '+' or '-')
            {
                if (!TryDigits(text, pos + 1, 2, out var offHours)) return false;
                var next = pos + 3;
                var offMinutes = 0;
                if (next < text.Length && text[next] == ':') next++;
                if (next < text.Length)
                {
                    if (!TryDigits(text, next, 2, out offMinutes)) return false;
                    next += 2;
                }

                if (offHours > 14 || offMinutes > 59) return false;
                offset = new TimeSpan(offHours, offMinutes, 0);
                if (sign == '-') offset = -offset;
                pos = next;
            }
            else
            {
                return false;
            }
        }

        if (pos != text.Length) return false;
        if (month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month)) return false;

        // xsd:dateTime allows 24:00:00 for the end of a day; devices do not write it, so it is rejected.
        if (hour > 23 || minute > 59 || second > 59) return false;

        var localTicks = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).Ticks + fractionTicks;
        var utcTicks = localTicks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks) return false;
        utc = new DateTimeOffset(utcTicks, TimeSpan.Zero);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        value = 0;
        if (start < 0 || start + count > text.Length) return false;
        for (var i = start; i < start + count; i++)
        {
            var c = text[i];
            if (!char.IsAsciiDigit(c)) return false;
            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
