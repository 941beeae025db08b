using System.Text;
using Formcast.Core;
using Formcast.Formats.Gpx;
using Formcast.Formats.Gpx.Internal;

namespace Formcast.Formats.Tests.Gpx;

public sealed class GpxReaderTests
{
    private const string Strava11 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gpx creator="StravaGPX" version="1.1" xmlns="http://www.topografix.com/GPX/1/1"
             xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1"
             xmlns:gpxtpx2="http://www.garmin.com/xmlschemas/TrackPointExtension/v2"
             xmlns:gpxpx="http://www.garmin.com/xmlschemas/PowerExtension/v1">
         <metadata><name>Morning Ride</name><time>2024-04-01T06:00:00Z</time></metadata>
         <trk>
          <name>Morning Ride</name>
          <type>cycling</type>
          <trkseg>
           <trkpt lat="45.0" lon="7.0"><ele>250.0</ele><time>2024-04-01T06:00:00Z</time>
            <extensions><power>210</power><gpxtpx:TrackPointExtension><gpxtpx:atemp>18</gpxtpx:atemp><gpxtpx:hr>120</gpxtpx:hr><gpxtpx:cad>85</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions>
           </trkpt>
           <trkpt lat="45.001" lon="7.0"><ele>251.5</ele><time>2024-04-01T06:00:10Z</time>
            <extensions><gpxpx:PowerExtension><gpxpx:PowerInWatts>230</gpxpx:PowerInWatts></gpxpx:PowerExtension><gpxtpx2:TrackPointExtension><gpxtpx2:hr>125</gpxtpx2:hr><gpxtpx2:speed>11.1</gpxtpx2:speed></gpxtpx2:TrackPointExtension></extensions>
           </trkpt>
          </trkseg>
          <trkseg/>
          <trkseg>
           <trkpt lat="45.002" lon="7.0"><ele>250.5</ele><time>2024-04-01T06:05:00Z</time></trkpt>
           <trkpt lat="45.003" lon="7.0"><ele>252.0</ele><time>2024-04-01T06:05:20Z</time></trkpt>
          </trkseg>
         </trk>
        </gpx>
        """;

    private static DecodeResult<RecordedFile> Read(string xml, string file = "t.gpx") =>
        GpxReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), file);

    [Fact]
    public void Read_StravaStyleTrack_ReadsEveryExtensionIntoChannels()
    {
        var result = Read(Strava11);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var session = Assert.Single(result.Value!.Sessions);
        var s = session.Streams!;
        Assert.Equal([0, 10, 300, 320], s.TimeSeconds);
        Assert.Equal([120, 125, double.NaN, double.NaN], s.Get(Channels.HeartRate)!);
        Assert.Equal([85, double.NaN, double.NaN, double.NaN], s.Get(Channels.Cadence)!);
        Assert.Equal([18, double.NaN, double.NaN, double.NaN], s.Get(Channels.Temperature)!);
        Assert.Equal([210, 230, double.NaN, double.NaN], s.Get(Channels.Power)!);
        Assert.Equal([double.NaN, 11.1, double.NaN, double.NaN], s.Get(Channels.Speed)!);
        Assert.Equal([250, 251.5, 250.5, 252], s.Get(Channels.Altitude)!);
        Assert.Equal([45.0, 45.001, 45.002, 45.003], s.Get(Channels.Latitude)!);
        Assert.Null(s.Get(Channels.Distance));
    }

    [Fact]
    public void Read_StravaStyleTrack_SummarisesTheTrack()
    {
        var file = Read(Strava11).Value!;
        var session = file.Sessions[0];

        Assert.Equal(Sport.Cycling, session.Sport);
        Assert.Equal("cycling", session.SubSport);
        Assert.Equal(320, session.DurationSeconds);

        // Moving time spans the segments (10 s + 20 s); the gap between them is a pause.
        Assert.Equal(30, session.MovingSeconds);

        // Distance is summed within segments only: 0.001° of latitude twice (1 → 2 and 3 → 4), not across the gap.
        var step = Haversine.DistanceMeters(45.0, 7.0, 45.001, 7.0);
        Assert.Equal(2 * step, session.DistanceMeters!.Value, 6);
        Assert.Equal(122.5, session.AverageHeartRateBpm);
        Assert.Equal(125, session.MaxHeartRateBpm);
        Assert.Equal(220, session.AveragePowerWatts);
        Assert.Equal(1.5 + 1.5, session.AscentMeters!.Value, 9);
        Assert.Equal(new DateTimeOffset(2024, 4, 1, 6, 0, 0, TimeSpan.Zero), file.CreatedUtc);
        Assert.Equal("StravaGPX", file.Device!.Product);
    }

    [Fact]
    public void ReadDocument_KeepsSegmentsIncludingEmptyOnes()
    {
        var document = GpxReader.ReadDocument(new MemoryStream(Encoding.UTF8.GetBytes(Strava11))).Value!;

        Assert.Equal("1.1", document.Version);
        Assert.Equal("Morning Ride", document.Name);
        var track = Assert.Single(document.Tracks);
        Assert.Equal([2, 0, 2], track.Segments.Select(s => s.Points.Count));
        Assert.Equal(4, document.TrackPointCount);
    }

    [Fact]
    public void Read_Gpx10WithoutNamespace_ReadsSpeedElement()
    {
        var xml = """
            <gpx version="1.0"><trk><trkseg>
              <trkpt lat="52.33" lon="5.54"><time>2009-03-02T14:05:52Z</time><speed>1.2</speed></trkpt>
              <trkpt lat="52.34" lon="5.54"><time>2009-03-02T14:05:58Z</time><speed>2.2</speed></trkpt>
            </trkseg></trk></gpx>
            """;

        var streams = Read(xml).Value!.Sessions[0].Streams!;

        Assert.Equal([1.2, 2.2], streams.Get(Channels.Speed)!);
        Assert.Equal([0, 6], streams.TimeSeconds);
    }

    [Fact]
    public void Read_Utf8BomAndUtf16_AreBothRead()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?><gpx><wpt lat=\"1\" lon=\"2\"><name>šđčćž</name></wpt></gpx>";
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(xml)).ToArray();
        var utf8 = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(xml.Replace("utf-16", "utf-8", StringComparison.Ordinal))).ToArray();

        foreach (var bytes in new[] { utf16, utf8 })
        {
            var document = GpxReader.ReadDocument(new MemoryStream(bytes));
            Assert.True(document.Succeeded, string.Join("\n", document.Diagnostics));
            Assert.Equal("šđčćž", document.Value!.Waypoints[0].Name);
        }
    }

    [Fact]
    public void Read_TrackWithoutTimes_IsReportedAndLeftOut()
    {
        var xml = """<gpx><trk><name>route</name><trkseg><trkpt lat="1" lon="1"/><trkpt lat="1.1" lon="1"/></trkseg></trk></gpx>""";

        var result = Read(xml);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Value!.Sessions);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "gpx.track.untimed");
        Assert.Contains("'route'", warning.Message, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Code == "gpx.no_sessions");
    }

    [Fact]
    public void Read_BadPositionAttributes_AreWarningsAtThePoint()
    {
        var xml = "<gpx><trk><trkseg>\n<trkpt lat=\"91\" lon=\"1\"><time>2020-01-01T00:00:00Z</time></trkpt>\n<trkpt lon=\"1\"><time>2020-01-01T00:00:01Z</time></trkpt></trkseg></trk></gpx>";

        var result = Read(xml);

        var range = Assert.Single(result.Diagnostics, d => d.Code == "gpx.value.range");
        Assert.Equal(("trkpt/@lat", 2), (range.Field, range.Line));
        var missing = Assert.Single(result.Diagnostics, d => d.Code == "gpx.value.missing");
        Assert.Equal(3, missing.Line);
        Assert.Null(result.Value!.Sessions[0].Streams!.Get(Channels.Latitude));
    }

    [Theory]
    [InlineData("running", Sport.Running)]
    [InlineData("Run", Sport.Running)]
    [InlineData("9", Sport.Running)]
    [InlineData("Ride", Sport.Cycling)]
    [InlineData("1", Sport.Cycling)]
    [InlineData("hiking", Sport.Walking)]
    [InlineData("open water swimming", Sport.Swimming)]
    [InlineData("NordicSki", Sport.CrossCountrySkiing)]
    [InlineData("kayaking", Sport.Paddling)]
    [InlineData("yoga", Sport.Other)]
    public void Read_TrackType_NamesTheSport(string type, Sport sport)
    {
        var xml = $"<gpx><trk><type>{type}</type><trkseg><trkpt lat=\"1\" lon=\"1\"><time>2020-01-01T00:00:00Z</time></trkpt></trkseg></trk></gpx>";

        Assert.Equal(sport, Read(xml).Value!.Sessions[0].Sport);
    }

    [Fact]
    public void Read_TwoTracks_AreTwoSessionsInTimeOrder()
    {
        var xml = """
            <gpx>
             <trk><trkseg><trkpt lat="1" lon="1"><time>2020-01-02T00:00:00Z</time></trkpt></trkseg></trk>
             <trk><trkseg><trkpt lat="1" lon="1"><time>2020-01-01T00:00:00Z</time></trkpt></trkseg></trk>
            </gpx>
            """;

        var sessions = Read(xml).Value!.Sessions;

        Assert.Equal(2, sessions.Count);
        Assert.True(sessions[0].StartUtc < sessions[1].StartUtc);
    }

    [Fact]
    public void Haversine_OneDegreeOfLatitude_IsAnArcOfTheMeanRadius()
    {
        // Along a meridian the haversine distance is exactly R·Δφ: 6 371 008.8 m × π/180 = 111 195.0802 m.
        Assert.Equal(6_371_008.8 * Math.PI / 180, Haversine.DistanceMeters(10, 20, 11, 20), 6);

        // Quarter of a great circle from the equator to the pole: R·π/2 = 10 007 557.2 m.
        Assert.Equal(6_371_008.8 * Math.PI / 2, Haversine.DistanceMeters(0, 0, 90, 0), 4);
        Assert.Equal(0, Haversine.DistanceMeters(45, 7, 45, 7));
    }
}
