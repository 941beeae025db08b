using System.Globalization;

namespace Formcast.Formats.Sheets.Internal;

/// <summary>
/// Turns a sheet's date or timestamp text into the athlete's calendar date. Timestamps that carry an offset
/// ("Z", "+01:00", Unix epoch) are instants and are converted to the given time zone before the date is taken — a
/// PMSys answer at 2019-11-01T23:30Z is 2 November in Oslo; timestamps without an offset are local already.
/// </summary>
internal static class SheetDates
{
    public static readonly string[] NamedFormats = ["iso", "day-first", "month-first", "unix-s", "unix-ms"];

    /// <summary>What a format expects, for error messages.</summary>
    public static string Expected(string? format) => (format ?? "iso") switch
    {
        "iso" => "an ISO date such as 2019-11-01 or 2019-11-01T08:31:40Z",
        "day-first" => "a day-first date such as 06/11/2019 (6 November)",
        "month-first" => "a month-first date such as 11/06/2019 (6 November)",
        "unix-s" => "Unix time in seconds",
        "unix-ms" => "Unix time in milliseconds",
        var custom => $"a date in the format '{custom}'",
    };

    public static bool TryParse(string text, string? format, TimeZoneInfo zone, out DateOnly date)
    {
        date = default;
        var s = text.Trim();
        if (s.Length == 0) return false;
        switch (format ?? "iso")
        {
            case "iso":
                return TryParseOrdered(s, Order.YearFirst, zone, out date);
            case "day-first":
                return TryParseOrdered(s, Order.DayFirst, zone, out date) || TryParseOrdered(s, Order.YearFirst, zone, out date);
            case "month-first":
                return TryParseOrdered(s, Order.MonthFirst, zone, out date) || TryParseOrdered(s, Order.YearFirst, zone, out date);
            case "unix-s" or "unix-ms":
                if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var epoch) || !double.IsFinite(epoch)) return false;
                var ms = format == "unix-s" ? epoch * 1000 : epoch;
                if (Math.Abs(ms) > 253_402_300_799_000) return false;
                date = ToLocalDate(DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Floor(ms)), zone);
                return true;
            default:
                return TryParseCustom(s, format!, zone, out date);
        }
    }

    private enum Order
    {
        YearFirst,
        DayFirst,
        MonthFirst,
    }

    private static bool TryParseCustom(string s, string format, TimeZoneInfo zone, out DateOnly date)
    {
        date = default;
        if (format.Contains('z', StringComparison.Ordinal) || format.Contains('K', StringComparison.Ordinal))
        {
            if (!DateTimeOffset.TryParseExact(s, format, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var instant)) return false;
            date = ToLocalDate(instant, zone);
            return true;
        }

        if (!DateTime.TryParseExact(s, format, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local)) return false;
        date = DateOnly.FromDateTime(local);
        return true;
    }

    private static bool TryParseOrdered(string s, Order order, TimeZoneInfo zone, out DateOnly date)
    {
        date = default;
        var pos = 0;
        if (!TryNumber(s, ref pos, out var a, out var aDigits) || !TrySeparator(s, ref pos, out var sep) ||
            !TryNumber(s, ref pos, out var b, out _) || pos >= s.Length || s[pos] != sep)
        {
            return false;
        }

        pos++;
        if (!TryNumber(s, ref pos, out var c, out var cDigits)) return false;

        int year, month, day;
        if (order == Order.YearFirst)
        {
            if (aDigits != 4) return false;
            (year, month, day) = (a, b, c);
        }
        else
        {
            if (cDigits is not (2 or 4) || aDigits > 2) return false;
            year = cDigits == 2 ? TwoDigitYear(c) : c;
            (day, month) = order == Order.DayFirst ? (a, b) : (b, a);
        }

        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        if (pos == s.Length)
        {
            date = new DateOnly(year, month, day);
            return true;
        }

        if (s[pos] is not ('T' or 't' or ' ')) return false;
        while (pos < s.Length && s[pos] is 'T' or 't' or ' ') pos++;
        if (!TryTime(s, ref pos, out var time)) return false;
        while (pos < s.Length && s[pos] == ' ') pos++;
        var local = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified) + time;
        if (pos == s.Length)
        {
            date = DateOnly.FromDateTime(local);
            return true;
        }

        if (!TryZone(s[pos..], out var offset)) return false;
        date = ToLocalDate(new DateTimeOffset(local, offset), zone);
        return true;
    }

    /// <summary>Spreadsheets write two-digit years for recent dates; 00–69 are taken as 2000–2069, 70–99 as 1970–1999.</summary>
    private static int TwoDigitYear(int yy) => yy < 70 ? 2000 + yy : 1900 + yy;

    private static bool TryTime(string s, ref int pos, out TimeSpan time)
    {
        time = default;
        if (!TryNumber(s, ref pos, out var hour, out var hourDigits) || hourDigits > 2 || pos >= s.Length || s[pos] != ':') return false;
        pos++;
        if (!TryNumber(s, ref pos, out var minute, out var minuteDigits) || minuteDigits != 2) return false;
        var second = 0;
        long fraction = 0;
        if (pos < s.Length && s[pos] == ':')
        {
            pos++;
            if (!TryNumber(s, ref pos, out second, out var secondDigits) || secondDigits != 2) return false;
            if (pos < s.Length && s[pos] is '.' or ',')
            {
                pos++;
                var scale = TimeSpan.TicksPerSecond;
                var digits = 0;
                while (pos < s.Length && char.IsAsciiDigit(s[pos]))
                {
                    if (digits++ < 7)
                    {
                        scale /= 10;
                        fraction += (s[pos] - '0') * scale;
                    }

                    pos++;
                }

                if (digits == 0) return false;
            }
        }

        if (hour > 23 || minute > 59 || second > 59) return false;
        time = new TimeSpan(hour, minute, second) + TimeSpan.FromTicks(fraction);
        return true;
    }

    private static bool TryZone(string zone, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        var z = zone.Trim();
        if (z is "Z" or "z" || z.Equals("UTC", StringComparison.OrdinalIgnoreCase) || z.Equals("GMT", StringComparison.OrdinalIgnoreCase)) return true;
        if (z.Length < 3 || z[0] is not ('+' or '-')) return false;
        var digits = z[1..].Replace(":", "", StringComparison.Ordinal);
        if (digits.Length is not (2 or 4) || !digits.All(char.IsAsciiDigit)) return false;
        var hours = int.Parse(digits.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var minutes = digits.Length == 4 ? int.Parse(digits.AsSpan(2, 2), CultureInfo.InvariantCulture) : 0;
        if (hours > 14 || minutes > 59) return false;
        offset = new TimeSpan(hours, minutes, 0);
        if (z[0] == '-') offset = -offset;
        return true;
    }

    private static bool TryNumber(string s, ref int pos, out int value, out int digits)
    {
        value = 0;
        digits = 0;
        while (pos < s.Length && char.IsAsciiDigit(s[pos]) && digits < 9)
        {
            value = (value * 10) + (s[pos] - '0');
            digits++;
            pos++;
        }

        return digits > 0;
    }

    private static bool TrySeparator(string s, ref int pos, out char separator)
    {
        separator = pos < s.Length ? s[pos] : '\0';
        if (separator is not ('-' or '/' or '.')) return false;
        pos++;
        return true;
    }

    private static DateOnly ToLocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
