using Formcast.Core;
using Formcast.Formats.Fit;
using static Formcast.Formats.Tests.Fit.FitTestFiles;

namespace Formcast.Formats.Tests.Fit;

public sealed class FitActivityReaderTests
{
    private static FitMessageData Session(uint start, uint elapsedSeconds, int sport, int subSport = 0) => Message(
        FitMessageNumbers.Session,
        FitFieldData.Integer(253, FitBaseType.UInt32, start + elapsedSeconds),
        FitFieldData.Integer(2, FitBaseType.UInt32, start),
        FitFieldData.Integer(5, FitBaseType.Enum, sport),
        FitFieldData.Integer(6, FitBaseType.Enum, subSport),
        FitFieldData.Integer(7, FitBaseType.UInt32, elapsedSeconds * 1000));

    private static FitFieldData Hr(int bpm) => FitFieldData.Integer(3, FitBaseType.UInt8, bpm);

    [Fact]
    public void Read_MultisportFile_SplitsStreamsPerSession()
    {
        var bytes = Build(
            FileId(),
            Record(Time0, Hr(120)),
            Record(Time0 + 5, Hr(121)),
            Record(Time0 + 10, Hr(130)),
            Record(Time0 + 12, Hr(131)),
            Record(Time0 + 20, Hr(140)),
            Session(Time0, 10, sport: 5, subSport: 18),
            Session(Time0 + 10, 10, sport: 3),
            Session(Time0 + 20, 30, sport: 1));
        var result = FitActivityReader.Read(bytes);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var sessions = result.Value!.Sessions;
        Assert.Equal([Sport.Swimming, Sport.Other, Sport.Running], sessions.Select(s => s.Sport));
        Assert.Equal(["open_water", "transition", null], sessions.Select(s => s.SubSport));
        Assert.Equal([2, 2, 1], sessions.Select(s => s.Streams!.Count));
        Assert.Equal([0.0, 2], sessions[1].Streams!.TimeSeconds);
        Assert.Equal([130.0, 131], sessions[1].Streams!.Get(Channels.HeartRate)!);
        Assert.Equal(FitTime.ToDateTime(Time0 + 20), sessions[2].StartUtc);
        Assert.Equal(30, sessions[2].DurationSeconds);
    }

    [Fact]
    public void Read_WithoutSessionMessage_BuildsOneSessionFromRecords()
    {
        var bytes = Build(
            FileId(),
            Message(FitMessageNumbers.Sport, FitFieldData.Integer(0, FitBaseType.Enum, 2)),
            Record(Time0 + 3, FitFieldData.Integer(5, FitBaseType.UInt32, 1000)),
            Record(Time0 + 8, FitFieldData.Integer(5, FitBaseType.UInt32, 2550)));
        var session = Assert.Single(FitActivityReader.Read(bytes).Value!.Sessions);
        Assert.Equal(Sport.Cycling, session.Sport);
        Assert.Equal(FitTime.ToDateTime(Time0 + 3), session.StartUtc);
        Assert.Equal(5, session.DurationSeconds);
        Assert.Equal(25.5, session.DistanceMeters);
    }

    [Fact]
    public void Read_RecordsOutOfOrder_AreSortedWithWarning()
    {
        var bytes = Build(FileId(), Record(Time0 + 2, Hr(2)), Record(Time0, Hr(0)), Record(Time0 + 1, Hr(1)));
        var result = FitActivityReader.Read(bytes);
        Assert.Equal([0.0, 1, 2], result.Value!.Sessions[0].Streams!.Get(Channels.HeartRate)!);
        Assert.Contains(result.Diagnostics, d => d.Code == "fit.record.time-order" && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Read_HrMessages_FillRecordsWithoutHeartRate()
    {
        var bytes = Build(
            FileId(),
            Record(Time0, FitFieldData.Integer(7, FitBaseType.UInt16, 200)),
            Record(Time0 + 1, FitFieldData.Integer(7, FitBaseType.UInt16, 200)),
            Record(Time0 + 2, FitFieldData.Integer(7, FitBaseType.UInt16, 200)),
            Message(
                FitMessageNumbers.Hr,
                FitFieldData.Integer(253, FitBaseType.UInt32, Time0),
                FitFieldData.Integers(6, FitBaseType.UInt8, [100]),
                FitFieldData.Integers(9, FitBaseType.UInt32, [0])),
            Message(
                FitMessageNumbers.Hr,
                FitFieldData.Integers(6, FitBaseType.UInt8, [104, 110]),
                FitFieldData.Integers(9, FitBaseType.UInt32, [1024, 3072])));
        var result = FitActivityReader.Read(bytes);
        // Beats at t0 (100), t0+1 (104), t0+3 (110) plus 250 ms carry-forward steps; record t0+1 averages
        // (t0, t0+1]: 100, 100, 100, 104 → 101; record t0+2 averages 104 ×4 → 104; record t0: SDK rule looks back 1 s → 100.
        Assert.Equal([100.0, 101, 104], result.Value!.Sessions[0].Streams!.Get(Channels.HeartRate)!);
        Assert.Contains(result.Diagnostics, d => d.Code == "fit.hr.merged");
    }

    [Fact]
    public void Read_HrvMessages_BecomeRrIntervalsInMilliseconds()
    {
        var bytes = Build(
            FileId(),
            Record(Time0, Hr(60)),
            Message(FitMessageNumbers.Hrv, FitFieldData.Integers(0, FitBaseType.UInt16, [1000, 950, 0xFFFF, 0xFFFF, 0xFFFF])),
            Message(FitMessageNumbers.Hrv, FitFieldData.Integers(0, FitBaseType.UInt16, [1010, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF])));
        Assert.Equal([1000.0, 950, 1010], FitActivityReader.Read(bytes).Value!.Sessions[0].Streams!.RrIntervalsMs!);
    }

    [Fact]
    public void Read_ChainedDuplicateActivity_IsUsedOnce()
    {
        var one = Build(FileId(), Record(Time0, Hr(60)), Record(Time0 + 1, Hr(61)));
        var result = FitActivityReader.Read([.. one, .. one]);
        Assert.Equal(2, result.Value!.Sessions[0].Streams!.Count);
        Assert.Contains(result.Diagnostics, d => d.Code == "fit.chain.duplicate");
    }

    [Fact]
    public void Read_CorruptInput_FailsInStrictModeAndIsPartialInLenient()
    {
        var bytes = Build(FileId(), Record(Time0, Hr(60)));
        bytes[^1] ^= 1;
        Assert.Null(FitActivityReader.Read(bytes, new FitDecodeOptions { Mode = DecodeMode.Strict }).Value);
        var lenient = FitActivityReader.Read(bytes);
        Assert.False(lenient.Succeeded);
        Assert.Equal([60.0], lenient.Value!.Sessions[0].Streams!.Get(Channels.HeartRate)!);
    }
}
