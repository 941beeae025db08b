using Formcast.Core;
using Formcast.Formats.Tcx;
using Formcast.Formats.Xml;

namespace Formcast.Formats.Tests.Tcx;

public sealed class TcxReaderTests
{
    [Fact]
    public void Read_TwoLapRun_PutsEveryTrackpointOnOneClockWithItsChannels()
    {
        var result = TcxReader.Read(TcxSamples.Stream(TcxSamples.TwoLapRun), "run.tcx");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var session = Assert.Single(result.Value!.Sessions);
        var s = session.Streams!;
        Assert.Equal([0, 1, 2, 60], s.TimeSeconds);
        Assert.Equal([140, 152, double.NaN, 165], s.Get(Channels.HeartRate)!);
        Assert.Equal([10, 12.5, 11, 14], s.Get(Channels.Altitude)!);
        Assert.Equal([0, 3, double.NaN, double.NaN], s.Get(Channels.Distance)!);
        Assert.Equal([double.NaN, 3.1, double.NaN, double.NaN], s.Get(Channels.Speed)!);
        Assert.Equal([double.NaN, 250, double.NaN, double.NaN], s.Get(Channels.Power)!);
        Assert.Equal([double.NaN, 88, double.NaN, double.NaN], s.Get(Channels.Cadence)!);
        Assert.Equal([59.9, double.NaN, double.NaN, double.NaN], s.Get(Channels.Latitude)!);
        Assert.Null(s.Get(Channels.Temperature));
    }

    [Fact]
    public void Read_TwoLapRun_SummarisesFromLapsAsDocumented()
    {
        var session = TcxReader.Read(TcxSamples.Stream(TcxSamples.TwoLapRun)).Value!.Sessions[0];

        Assert.Equal(Sport.Running, session.Sport);
        Assert.Equal(DateTimeOffset.Parse("2024-03-01T07:00:00Z", System.Globalization.CultureInfo.InvariantCulture), session.StartUtc);
        Assert.Equal(100, session.DurationSeconds, 9); // lap 2 ends at 07:01:00 + 40 s
        Assert.Equal(100, session.MovingSeconds);
        Assert.Equal(350, session.DistanceMeters);
        Assert.Equal(26, session.EnergyKilocalories);

        // Time-weighted lap averages: (150·60 + 160·40) / 100 = 154.
        Assert.Equal(154, session.AverageHeartRateBpm!.Value, 9);
        Assert.Equal(171, session.MaxHeartRateBpm);

        // Lap 2 has no AvgWatts, so the lap average is not usable and the mean of power samples (one: 250) is used.
        Assert.Equal(250, session.AveragePowerWatts);

        // Rises between consecutive altitudes 10 → 12.5 → 11 → 14: 2.5 + 3 = 5.5.
        Assert.Equal(5.5, session.AscentMeters!.Value, 9);

        Assert.Equal(2, session.Laps.Count);
        var lap = session.Laps[0];
        Assert.Equal(60, lap.DurationSeconds);
        Assert.Equal(3.33, lap.AverageSpeedMetersPerSecond);
        Assert.Equal(240, lap.AveragePowerWatts);
        Assert.Equal(86, lap.AverageCadencePerMinute);
        Assert.Equal("Manual", lap.Trigger);
        Assert.Equal(150.0 / 40, session.Laps[1].AverageSpeedMetersPerSecond!.Value, 12);
    }

    [Fact]
    public void Read_TwoLapRun_KeepsDeviceAndOwnerHint()
    {
        var file = TcxReader.Read(TcxSamples.Stream(TcxSamples.TwoLapRun)).Value!;

        Assert.Equal("tcx", file.Format);
        Assert.Equal(new DeviceInfo(null, "Forerunner 255", "123456789", "19.05"), file.Device);
        Assert.Equal(["123456789"], file.OwnerHints);
    }

    [Fact]
    public void ReadDocument_TwoLapRun_KeepsLapExtensionsNotesAndAuthor()
    {
        var document = TcxReader.ReadDocument(TcxSamples.Stream(TcxSamples.TwoLapRun)).Value!;

        var activity = Assert.Single(document.Activities);
        Assert.Equal("easy run", activity.Notes);
        Assert.Equal(4, activity.TrackpointCount);
        var lap = activity.Laps[0];
        Assert.Equal(3, lap.Trackpoints.Count); // both Track elements of the lap
        Assert.Equal(92, lap.MaximumRunCadence);
        Assert.Equal(170, lap.Steps);
        Assert.Equal(300, lap.MaximumPowerWatts);
        Assert.Equal("Active", lap.Intensity);
        Assert.Equal("Connect Api", document.AuthorName);
        Assert.Equal("17.20", document.AuthorVersion);
    }

    [Fact]
    public void Read_MultiSportSession_GivesOneSessionPerLegAndSkipsTheTransition()
    {
        var result = TcxReader.Read(TcxSamples.Stream(TcxSamples.Duathlon));

        Assert.True(result.Succeeded);
        var sessions = result.Value!.Sessions;
        Assert.Equal(2, sessions.Count);
        Assert.Equal(Sport.Running, sessions[0].Sport);
        Assert.Equal(Sport.Cycling, sessions[1].Sport);
        Assert.All(sessions, s => Assert.Equal("multisport", s.SubSport));
        Assert.Equal(600, sessions[0].DurationSeconds);
        Assert.Equal([90, 92], sessions[1].Streams!.Get(Channels.Cadence)!);
        Assert.Equal([0, 1200], sessions[1].Streams!.TimeSeconds);

        var document = TcxReader.ReadDocument(TcxSamples.Stream(TcxSamples.Duathlon)).Value!;
        Assert.All(document.Activities, a => Assert.Equal(0, a.MultiSportSession));
    }

    [Fact]
    public void Read_TrackpointWithoutTime_IsLeftOutWithAWarning()
    {
        var xml = TcxSamples.WithTrackpoints(
            "<Time>2024-01-01T10:00:00Z</Time><HeartRateBpm><Value>100</Value></HeartRateBpm>",
            "<HeartRateBpm><Value>101</Value></HeartRateBpm>",
            "<Time>2024-01-01T10:00:02Z</Time><HeartRateBpm><Value>102</Value></HeartRateBpm>");

        var result = TcxReader.Read(TcxSamples.Stream(xml), "x.tcx");

        Assert.True(result.Succeeded);
        Assert.Equal([100, 102], result.Value!.Sessions[0].Streams!.Get(Channels.HeartRate)!);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "tcx.trackpoint.untimed");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("1 trackpoints", warning.Message, StringComparison.Ordinal);
        Assert.Equal("x.tcx", warning.File);
    }

    [Fact]
    public void Read_TimesGoingBackwards_AreSortedStablyWithAWarning()
    {
        var xml = TcxSamples.WithTrackpoints(
            "<Time>2024-01-01T10:00:05Z</Time><Cadence>1</Cadence>",
            "<Time>2024-01-01T10:00:03Z</Time><Cadence>2</Cadence>",
            "<Time>2024-01-01T10:00:03Z</Time><Cadence>3</Cadence>",
            "<Time>2024-01-01T10:00:07Z</Time><Cadence>4</Cadence>");

        var result = TcxReader.Read(TcxSamples.Stream(xml));

        var streams = result.Value!.Sessions[0].Streams!;
        Assert.Equal([3, 3, 5, 7], streams.TimeSeconds);
        Assert.Equal([2, 3, 1, 4], streams.Get(Channels.Cadence)!);
        Assert.Contains(result.Diagnostics, d => d.Code == "tcx.time.unordered");
    }

    [Fact]
    public void Read_BadNumber_IsAWarningAtItsLineAndColumnAndTheValueIsLeftOut()
    {
        var xml = TcxSamples.WithTrackpoints("<Time>2024-01-01T10:00:00Z</Time>\n<HeartRateBpm><Value>1e999</Value></HeartRateBpm>");

        var result = TcxReader.Read(TcxSamples.Stream(xml), "bad.tcx");

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "tcx.value.number");
        Assert.Equal("Trackpoint/HeartRateBpm/Value", warning.Field);
        Assert.Equal(3, warning.Line);
        Assert.NotNull(warning.Column);
        Assert.Contains("'1e999'", warning.Message, StringComparison.Ordinal);
        Assert.Null(result.Value!.Sessions[0].Streams!.Get(Channels.HeartRate));
    }

    [Fact]
    public void Read_OutOfRangeLatitude_IsLeftOut()
    {
        var xml = TcxSamples.WithTrackpoints("<Time>2024-01-01T10:00:00Z</Time><Position><LatitudeDegrees>95</LatitudeDegrees><LongitudeDegrees>10</LongitudeDegrees></Position>");

        var result = TcxReader.Read(TcxSamples.Stream(xml));

        Assert.Contains(result.Diagnostics, d => d.Code == "tcx.value.range" && d.Field == "Position/LatitudeDegrees");
        Assert.Null(result.Value!.Sessions[0].Streams!.Get(Channels.Latitude));
    }

    [Fact]
    public void Read_GpxDocument_IsRejectedByItsRoot()
    {
        var result = TcxReader.Read(TcxSamples.Stream("<?xml version=\"1.0\"?>\n<gpx version=\"1.1\"></gpx>"), "route.gpx");

        Assert.Null(result.Value);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("tcx.root", error.Code);
        Assert.Equal(2, error.Line);
        Assert.Contains("<gpx>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedDocument_KeepsWhatCameBeforeInLenientModeAndFailsInStrictMode()
    {
        var full = TcxSamples.WithTrackpoints(
            "<Time>2024-01-01T10:00:00Z</Time><Cadence>80</Cadence>",
            "<Time>2024-01-01T10:00:01Z</Time><Cadence>81</Cadence>",
            "<Time>2024-01-01T10:00:02Z</Time><Cadence>82</Cadence>");
        var cut = full[..(full.IndexOf("<Cadence>82", StringComparison.Ordinal) + 5)];

        var lenient = TcxReader.Read(TcxSamples.Stream(cut), "cut.tcx");
        var strict = TcxReader.Read(TcxSamples.Stream(cut), "cut.tcx", new XmlActivityOptions { Mode = DecodeMode.Strict });

        Assert.False(lenient.Succeeded);
        Assert.NotNull(lenient.Value);
        Assert.Equal([80, 81], lenient.Value!.Sessions[0].Streams!.Get(Channels.Cadence)!);
        var error = lenient.FirstError!;
        Assert.StartsWith("tcx.xml.", error.Code, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
        Assert.Null(strict.Value);
        Assert.Equal(error.Code, strict.FirstError!.Code);
    }

    [Fact]
    public void ReadFile_MissingFile_IsADiagnostic()
    {
        var result = TcxReader.ReadFile("/nonexistent/folder/activity.tcx");

        Assert.Null(result.Value);
        Assert.Equal("tcx.io", result.FirstError!.Code);
    }

    [Fact]
    public void Read_ExtensionPrefixesAndNamespacesDoNotMatter()
    {
        var xml = TcxSamples.Header.Replace("xmlns:ns3=", "xmlns:ax=", StringComparison.Ordinal) +
            """<Activities><Activity Sport="Running"><Lap StartTime="2024-01-01T10:00:00Z"><Track><Trackpoint><Time>2024-01-01T10:00:00Z</Time>""" +
            """<Extensions><ax:TPX><ax:Speed>2.5</ax:Speed></ax:TPX><Other xmlns="urn:x"><Speed>99</Speed></Other></Extensions>""" +
            "</Trackpoint></Track></Lap></Activity></Activities></TrainingCenterDatabase>";

        var result = TcxReader.Read(TcxSamples.Stream(xml));

        Assert.Equal([2.5], result.Value!.Sessions[0].Streams!.Get(Channels.Speed)!);
    }

    [Fact]
    public void Read_CoursesOnly_IsValidWithoutSessions()
    {
        var xml = TcxSamples.Header + "<Courses><Course><Name>loop</Name><Track><Trackpoint><Time>2024-01-01T10:00:00Z</Time></Trackpoint></Track></Course></Courses></TrainingCenterDatabase>";

        var result = TcxReader.Read(TcxSamples.Stream(xml));

        Assert.True(result.Succeeded);
        Assert.Empty(result.Value!.Sessions);
        Assert.Equal(("tcx.no_sessions", DiagnosticSeverity.Info), (result.Diagnostics[0].Code, result.Diagnostics[0].Severity));
    }
}
