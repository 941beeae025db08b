using Formcast.Formats.Xml.Internal;

namespace Formcast.Formats.Tests.Xml;

public sealed class IsoTimeTests
{
    [Theory]
    [InlineData("2012-12-26T21:29:53Z", 0L)]
    [InlineData("2012-12-26T21:29:53", 0L)]
    [InlineData(" 2012-12-26T21:29:53Z ", 0L)]
    [InlineData("2012-12-26T22:29:53+01:00", 0L)]
    [InlineData("2012-12-26T16:29:53-0500", 0L)]
    [InlineData("2012-12-26T21:29:53.5Z", 5_000_000L)]
    [InlineData("2012-12-26T21:29:53.1234567Z", 1_234_567L)]
    [InlineData("2012-12-26T21:29:53.123456789Z", 1_234_567L)] // digits beyond 100 ns are dropped
    public void TryParse_ReadsXsdDateTimes(string text, long fractionTicks)
    {
        var expected = new DateTime(2012, 12, 26, 21, 29, 53, DateTimeKind.Utc).Ticks + fractionTicks;
        Assert.True(IsoTime.TryParse(text, out var time));
        Assert.Equal(expected, time.UtcTicks);
        Assert.Equal(TimeSpan.Zero, time.Offset);
    }

    [Fact]
    public void TryParse_AgreesWithTheFrameworkParser()
    {
        // Independent oracle: DateTimeOffset.Parse over the same round-trip texts.
        foreach (var text in new[] { "1901-12-13T20:45:52.2073437Z", "2022-11-12T15:58:25.849800+00:00", "2020-02-29T23:59:59.999Z", "2016-05-27T10:08:47.8Z" })
        {
            Assert.True(IsoTime.TryParse(text, out var ours));
            var theirs = DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(theirs.UtcTicks, ours.UtcTicks);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("2012-12-26")]
    [InlineData("2012-13-26T21:29:53Z")]
    [InlineData("2013-02-29T21:29:53Z")]
    [InlineData("2012-12-26T24:00:00Z")]
    [InlineData("2012-12-26T21:29:53.Z")]
    [InlineData("2012-12-26T21:29:53+15:00")]
    [InlineData("2012-12-26T21:29:53Zjunk")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    public void TryParse_RejectsWhatIsNotAValidTime(string text) => Assert.False(IsoTime.TryParse(text, out _));
}
