using Formcast.Formats.Sheets.Internal;

namespace Formcast.Formats.Tests.Sheets;

/// <summary>Conversion factors against their exact definitions (NIST SP 811, appendix B).</summary>
public sealed class UnitsTests
{
    [Theory]
    [InlineData(1, "mi", "m", 1609.344)]
    [InlineData(26.21875, "mi", "km", 42.194988)]     // marathon: 26 mi 385 yd
    [InlineData(100, "yd", "m", 91.44)]
    [InlineData(1, "ft", "cm", 30.48)]
    [InlineData(1, "lb", "kg", 0.45359237)]
    [InlineData(1000, "g", "kg", 1)]
    [InlineData(450, "min", "h", 7.5)]
    [InlineData(1.5, "h", "min", 90)]
    [InlineData(2, "d", "h", 48)]
    [InlineData(250, "ms", "s", 0.25)]
    [InlineData(212, "F", "C", 100)]
    [InlineData(32, "F", "C", 0)]
    [InlineData(-40, "F", "C", -40)]
    [InlineData(300, "K", "C", 26.85)]
    [InlineData(25, "C", "F", 77)]
    public void Convert_UsesExactFactors(double value, string from, string to, double expected) =>
        Assert.Equal(expected, Units.Convert(value, from, to), 9);

    [Theory]
    [InlineData("Minutes", "Duration", "min")]
    [InlineData("°F", "Temperature", "F")]
    [InlineData("lbs", "Mass", "lb")]
    [InlineData("metres", "Length", "m")]
    public void Resolve_KnowsAliases(string alias, string dimension, string unit) =>
        Assert.Equal((Enum.Parse<Dimension>(dimension), unit), Units.Resolve(alias));

    [Fact]
    public void Resolve_UnknownUnit_IsNull() => Assert.Null(Units.Resolve("furlong"));
}
