using System.Text;
using Formcast.Formats.Archives;

namespace Formcast.Formats.Tests.Archives;

public sealed class ActivityFileDetectorTests
{
    [Fact]
    public void Detect_FitHeader_IsFitWhateverTheName() =>
        Assert.Equal(ActivityFileFormat.Fit, ActivityFileDetector.Detect(ArchiveBuilder.FitHead(), "activity.bin"));

    [Fact]
    public void Detect_TwelveByteFitHeader_IsFit() =>
        Assert.Equal(ActivityFileFormat.Fit, ActivityFileDetector.Detect([12, 0x10, 0, 0, 0, 0, 0, 0, (byte)'.', (byte)'F', (byte)'I', (byte)'T']));

    [Fact]
    public void Detect_CompressionMagic_IsGzipOrZip()
    {
        Assert.Equal(ActivityFileFormat.Gzip, ActivityFileDetector.Detect(ArchiveBuilder.Gzip([1, 2, 3]), "x.fit.gz"));
        Assert.Equal(ActivityFileFormat.Zip, ActivityFileDetector.Detect(ArchiveBuilder.Zip(("a.txt", [1])), "export"));
        Assert.Equal(ActivityFileFormat.Zip, ActivityFileDetector.Detect(ArchiveBuilder.Zip(), "empty.zip"));
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- exported -->\n<TrainingCenterDatabase xmlns=\"x\">", ActivityFileFormat.Tcx)]
    [InlineData("\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?><gpx version=\"1.1\">", ActivityFileFormat.Gpx)]
    [InlineData("<gpx>", ActivityFileFormat.Gpx)]
    [InlineData("  <g:gpx xmlns:g=\"http://www.topografix.com/GPX/1/1\">", ActivityFileFormat.Gpx)]
    [InlineData("<!DOCTYPE x><TrainingCenterDatabase/>", ActivityFileFormat.Tcx)]
    [InlineData("<kml xmlns=\"http://www.opengis.net/kml/2.2\">", ActivityFileFormat.Unknown)]
    public void Detect_XmlRoot_DecidesEvenAgainstTheExtension(string head, ActivityFileFormat expected) =>
        Assert.Equal(expected, ActivityFileDetector.Detect(Encoding.UTF8.GetBytes(head), "misnamed.gpx"));

    [Fact]
    public void Detect_Utf16Xml_IsRead()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?><gpx>")).ToArray();
        Assert.Equal(ActivityFileFormat.Gpx, ActivityFileDetector.Detect(bytes));
    }

    [Theory]
    [InlineData("wellness.csv", "date,fatigue\n2020-01-01,3\n", ActivityFileFormat.Csv)]
    [InlineData("export.TSV", "date\tfatigue\n", ActivityFileFormat.Csv)]
    [InlineData("notes.json", "{\"a\": 1}", ActivityFileFormat.Unknown)]
    [InlineData("ride.FIT", "not really fit", ActivityFileFormat.Fit)]
    public void Detect_WithoutDecidingContent_FallsBackToTheExtension(string name, string content, ActivityFileFormat expected) =>
        Assert.Equal(expected, ActivityFileDetector.Detect(Encoding.UTF8.GetBytes(content), name));

    [Fact]
    public void Detect_BinaryNamedCsv_IsUnknown() =>
        Assert.Equal(ActivityFileFormat.Unknown, ActivityFileDetector.Detect([0x00, 0xFF, 0x10, 0x00], "data.csv"));

    [Fact]
    public void Detect_EmptyContent_FallsBackToTheExtension()
    {
        Assert.Equal(ActivityFileFormat.Tcx, ActivityFileDetector.Detect([], "a.tcx"));
        Assert.Equal(ActivityFileFormat.Unknown, ActivityFileDetector.Detect([]));
    }
}
