using Formcast.Formats.Sheets.Internal;

namespace Formcast.Formats.Tests.Sheets;

public sealed class SheetDatesTests
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    [Theory]
    [InlineData("2019-11-01", "iso", "2019-11-01")]
    [InlineData("2019-11-01T08:31:40.751Z", "iso", "2019-11-01")]
    [InlineData("2019-11-01T23:30:00Z", "iso", "2019-11-02")]          // CET (+1)
    [InlineData("2024-06-30T22:30:00Z", "iso", "2024-07-01")]          // CEST (+2)
    [InlineData("2024-06-30T21:30:00Z", "iso", "2024-06-30")]
    [InlineData("2024-03-31T00:30:00Z", "iso", "2024-03-31")]          // before the spring-forward at 01:00 UTC
    [InlineData("2024-06-30 23:59", "iso", "2024-06-30")]              // no offset: already local
    [InlineData("2024-06-30T23:00:00-05:00", "iso", "2024-07-01")]     // 04:00Z → 06:00 in Oslo
    [InlineData("2019/11/01", "iso", "2019-11-01")]
    [InlineData("06/11/2019", "day-first", "2019-11-06")]
    [InlineData("6.11.19", "day-first", "2019-11-06")]
    [InlineData("06/12/2019 21:58:30", "day-first", "2019-12-06")]
    [InlineData("2019-11-06", "day-first", "2019-11-06")]             // ISO is always accepted
    [InlineData("11/06/2019", "month-first", "2019-11-06")]
    [InlineData("1/2/2020", "month-first", "2020-01-02")]
    [InlineData("1572600000", "unix-s", "2019-11-01")]                 // 09:20Z
    [InlineData("1572649200000", "unix-ms", "2019-11-02")]             // 2019-11-01T23:00Z = 00:00 in Oslo
    [InlineData("01.11.2019 07:30", "dd.MM.yyyy HH:mm", "2019-11-01")]
    [InlineData("2019-11-01 23:30 +00:00", "yyyy-MM-dd HH:mm zzz", "2019-11-02")]
    public void TryParse_GivesTheLocalDate(string text, string format, string expected)
    {
        Assert.True(SheetDates.TryParse(text, format, Oslo, out var date));
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("", "iso")]
    [InlineData("31/02/2020", "day-first")]
    [InlineData("13/13/2020", "month-first")]
    [InlineData("2020-01-01T25:00", "iso")]
    [InlineData("2020-01-01T10:00 Mars", "iso")]
    [InlineData("yesterday", "iso")]
    [InlineData("06/11/2019", "iso")]
    [InlineData("1e30", "unix-s")]
    public void TryParse_RejectsInvalidDates(string text, string format) =>
        Assert.False(SheetDates.TryParse(text, format, Oslo, out _));
}
