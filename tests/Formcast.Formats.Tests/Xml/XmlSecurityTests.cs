using System.Diagnostics;
using System.Text;
using Formcast.Formats.Gpx;
using Formcast.Formats.Tcx;
using Formcast.Formats.Xml;

namespace Formcast.Formats.Tests.Xml;

/// <summary>Hostile XML must end in a typed diagnostic with a position, quickly, without expanding anything.</summary>
public sealed class XmlSecurityTests
{
    public static TheoryData<string> Formats => new() { "tcx", "gpx" };

    private static DecodeResult<RecordedFile> Read(string format, string xml, XmlActivityOptions? options = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return format == "tcx" ? TcxReader.Read(stream, "hostile." + format, options) : GpxReader.Read(stream, "hostile." + format, options);
    }

    private static string Root(string format) => format == "tcx" ? "TrainingCenterDatabase" : "gpx";

    [Theory]
    [MemberData(nameof(Formats))]
    public void BillionLaughs_IsRefusedAtTheDoctype(string format)
    {
        var lol = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (var i = 1; i <= 9; i++)
            lol.Append(" <!ENTITY lol").Append(i).Append(" \"").Append(string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : (i - 1).ToString(System.Globalization.CultureInfo.InvariantCulture))};", 10))).Append("\">\n");
        lol.Append("]>\n<").Append(Root(format)).Append(">&lol9;</").Append(Root(format)).Append('>');

        var watch = Stopwatch.StartNew();
        var result = Read(format, lol.ToString());

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
        Assert.Null(result.Value);
        var error = result.FirstError!;
        Assert.Equal(format + ".xml.dtd", error.Code);
        Assert.Equal(2, error.Line);
        Assert.NotNull(error.Column);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void ExternalEntity_IsRefusedWithoutTouchingTheFileSystem(string format)
    {
        var xml = $"<?xml version=\"1.0\"?>\n<!DOCTYPE x [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n<{Root(format)}>&xxe;</{Root(format)}>";

        var result = Read(format, xml);

        Assert.Null(result.Value);
        Assert.Equal(format + ".xml.dtd", result.FirstError!.Code);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("root:", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void UndeclaredEntity_IsAnEntityError(string format)
    {
        var result = Read(format, $"<{Root(format)}>\n  <x>&boom;</x></{Root(format)}>");

        Assert.False(result.Succeeded);
        Assert.Equal(format + ".xml.entity", result.FirstError!.Code);
        Assert.Equal(2, result.FirstError.Line);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void DeepNesting_StopsAtTheConfiguredDepth(string format)
    {
        var depth = 100_000;
        var xml = new StringBuilder().Append('<').Append(Root(format)).Append('>');
        for (var i = 0; i < depth; i++) xml.Append("<a>");
        for (var i = 0; i < depth; i++) xml.Append("</a>");
        xml.Append("</").Append(Root(format)).Append('>');

        var watch = Stopwatch.StartNew();
        var result = Read(format, xml.ToString());

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
        Assert.False(result.Succeeded);
        Assert.Equal(format + ".xml.depth", result.FirstError!.Code);
        Assert.Equal(1, result.FirstError.Line);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void DocumentLargerThanTheLimit_IsTooLarge(string format)
    {
        var xml = $"<{Root(format)}><name>{new string('x', 100_000)}</name></{Root(format)}>";

        var result = Read(format, xml, new XmlActivityOptions { MaxCharacters = 10_000 });

        Assert.False(result.Succeeded);
        Assert.Equal(format + ".xml.too_large", result.FirstError!.Code);
    }

    [Fact]
    public void HugeAttributeValue_IsAWarningNotACrash()
    {
        var xml = $"<gpx><wpt lat=\"{new string('9', 5_000_000)}\" lon=\"1\"/></gpx>";

        var result = Read("gpx", xml);

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "gpx.value.number");
        Assert.Equal("wpt/@lat", warning.Field);
        Assert.True(warning.Message.Length < 200);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void ManyBadValues_KeepABoundedNumberOfDiagnostics(string format)
    {
        var point = format == "tcx"
            ? "<Trackpoint><Time>x</Time></Trackpoint>"
            : "<trkpt lat=\"1\" lon=\"1\"><time>x</time></trkpt>";
        var body = string.Concat(Enumerable.Repeat(point, 5000));
        var xml = format == "tcx"
            ? $"<TrainingCenterDatabase><Activities><Activity Sport=\"Running\"><Lap><Track>{body}</Track></Lap></Activity></Activities></TrainingCenterDatabase>"
            : $"<gpx><trk><trkseg>{body}</trkseg></trk></gpx>";

        var result = Read(format, xml, new XmlActivityOptions { MaxDiagnostics = 50 });

        Assert.Equal(51, result.Diagnostics.Count);
        Assert.Equal(format + ".diagnostics.truncated", result.Diagnostics[^1].Code);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void NotXmlAtAll_IsMalformed(string format)
    {
        var result = Read(format, "\u0000\u0001PK binary junk");

        Assert.Null(result.Value);
        Assert.StartsWith(format + ".xml.", result.FirstError!.Code, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void EmptyInput_IsAnError(string format)
    {
        var result = Read(format, "");

        Assert.Null(result.Value);
        Assert.Equal(DiagnosticSeverity.Error, result.FirstError!.Severity);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void InvalidBytesInTheFirstBlock_AreAnEncodingError(string format)
    {
        // The reader decodes its first block while it is being created; a bad byte there must still be a result.
        byte[] bytes = [0xEF, 0xBB, 0xBF, 0xFF, (byte)'<', (byte)'a', (byte)'>'];
        using var stream = new MemoryStream(bytes);

        var result = format == "tcx" ? TcxReader.Read(stream, "x.tcx") : GpxReader.Read(stream, "x.gpx");

        Assert.Null(result.Value);
        Assert.StartsWith(format + ".xml.", result.FirstError!.Code, StringComparison.Ordinal);
        Assert.Equal(1, result.FirstError.Line);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void DamagedDeclarationInTheProlog_IsRefusedWithAPosition(string format)
    {
        // The reader refuses any "<!" markup declaration before the root as a DTD, even a damaged one.
        var result = Read(format, $"<?xml version=\"1.0\"?>\n\n  <!DOCT PE r [<!ITY a \"b\">]><{Root(format)}/>");

        Assert.Null(result.Value);
        Assert.Equal((format + ".xml.dtd", 3, 3), (result.FirstError!.Code, result.FirstError.Line!.Value, result.FirstError.Column!.Value));
    }
}
