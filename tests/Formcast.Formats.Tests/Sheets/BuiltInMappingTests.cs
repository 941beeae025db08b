using Formcast.Core;
using Formcast.Formats.Sheets;
using Formcast.TestSupport;

namespace Formcast.Formats.Tests.Sheets;

/// <summary>The built-in mappings on small sheets written for these tests in each export's layout.</summary>
public sealed class BuiltInMappingTests
{
    private static string WriteParticipantFile(TempDirectory dir, string participant, string name, string text)
    {
        var folder = Path.Combine(dir.Path, participant, "pmsys");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void PmSysWellness_ReadsAnswersNamesTheParticipantAndSkipsEmptySubmissions()
    {
        using var dir = new TempDirectory();
        var path = WriteParticipantFile(dir, "p07", "wellness.csv",
            "effective_time_frame,fatigue,mood,readiness,sleep_duration_h,sleep_quality,soreness,soreness_area,stress\n" +
            "2020-01-05T07:10:00.000Z,3,4,7,8,4,3,[],2\n" +
            "2020-01-06T06:55:00.000Z,0,0,0,0,0,0,[],0\n" +
            "2020-01-06T20:00:00.000Z,2,0,0,7.5,3,3,\"[123, 456]\",4\n");

        var result = SheetImporter.ImportFile(path, SheetMappings.PmSysWellness);

        Assert.Equal(2, result.Wellness.Count);
        var first = result.Wellness[0];
        Assert.Equal("p07", first.AthleteKey);
        var w = first.Record;
        Assert.Equal((new DateOnly(2020, 1, 5), 3.0, 4.0, 7.0, 8.0, 4.0, 3.0, 2.0),
            (w.Date, w.Fatigue!.Value, w.Mood!.Value, w.Readiness!.Value, w.SleepDurationHours!.Value, w.SleepQuality!.Value, w.Soreness!.Value, w.Stress!.Value));

        // An all-zero PMSys report is an empty submission; a single 0 on a 1–5 scale is not an answer.
        Assert.Contains(result.Diagnostics, d => d.Code == "csv.row.empty" && d.Line == 3);
        var mood = Assert.Single(result.Diagnostics, d => d.Code == "csv.value.range");
        Assert.Equal((4, 3, "mood", DiagnosticSeverity.Warning), (mood.Line!.Value, mood.Column!.Value, mood.Field, mood.Severity));
        var second = result.Wellness[1].Record;
        Assert.Null(second.Mood);
        Assert.Equal(0, second.Readiness); // readiness is 0–10, so 0 is an answer
        Assert.Equal(0, result.ErrorCount);
    }

    [Fact]
    public void PmSysSessionRpe_ReadsSessionsAndSkipsBlankReports()
    {
        using var dir = new TempDirectory();
        var path = WriteParticipantFile(dir, "p11", "srpe.csv",
            "end_date_time,activity_names,perceived_exertion,duration_min\n" +
            "2019-12-02T17:45:00.000Z,\"['team', 'soccer']\",7,90\n" +
            "2019-12-03T23:15:00.000Z,\"['individual', 'running']\",4,35\n" +
            "2019-12-04T10:00:00.000Z, {},,\n");

        var result = SheetImporter.ImportFile(path, SheetMappings.PmSysSessionRpe);

        Assert.Equal(2, result.SessionRpe.Count);
        var soccer = result.SessionRpe[0].Record;
        Assert.Equal((new DateOnly(2019, 12, 2), 7.0, 90.0, "team, soccer", 630.0), (soccer.Date, soccer.Rpe, soccer.DurationMinutes, soccer.SessionType, soccer.Load));
        Assert.Equal(new DateOnly(2019, 12, 4), result.SessionRpe[1].Record.Date); // 23:15Z is past midnight in Oslo
        Assert.Equal(("csv.row.empty", 4), (result.Diagnostics.Single().Code, result.Diagnostics.Single().Line!.Value));
    }

    [Fact]
    public void PmSysInjury_MergesStatusReportsIntoEpisodes()
    {
        using var dir = new TempDirectory();
        var path = WriteParticipantFile(dir, "p02", "injury.csv",
            "effective_time_frame,injuries\n" +
            "2020-01-01T08:00:00.000Z,{}\n" +
            "2020-01-03T08:00:00.000Z,{'left_knee': 'minor'}\n" +
            "2020-01-06T08:00:00.000Z,\"{'left_knee': 'major', 'lower_back': 'minor'}\"\n" +
            "2020-01-09T08:00:00.000Z,{'lower_back': 'minor'}\n" +
            "2020-01-12T08:00:00.000Z,{}\n" +
            "2020-01-15T08:00:00.000Z,{'left_knee': 'minor'}\n");

        var result = SheetImporter.ImportFile(path, SheetMappings.PmSysInjury);

        Assert.Empty(result.Diagnostics);
        var episodes = result.Injuries.Select(i => (i.Record.OnsetDate, i.Record.BodyPart, i.Record.Severity, i.Line)).ToArray();
        Assert.Equal(
            [
                (new DateOnly(2020, 1, 3), "left knee", InjurySeverity.Minimal, 3),
                (new DateOnly(2020, 1, 6), "lower back", InjurySeverity.Slight, 4),
                (new DateOnly(2020, 1, 15), "left knee", InjurySeverity.Slight, 7),
            ],
            episodes);
        Assert.Equal("reported in 2 status report(s) from 2020-01-03 to 2020-01-06", result.Injuries[0].Record.Details);
        Assert.All(result.Injuries, i => Assert.Equal(("p02", "unspecified"), (i.AthleteKey, i.Record.Type)));
    }

    [Fact]
    public void PmSysInjury_UnreadableReport_IsAnErrorAtItsCell()
    {
        using var dir = new TempDirectory();
        var path = WriteParticipantFile(dir, "p03", "injury.csv", "effective_time_frame,injuries\n2020-01-03T08:00:00.000Z,{'left_knee' 'minor'}\n");

        var result = SheetImporter.ImportFile(path, SheetMappings.PmSysInjury);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("csv.value.invalid", DiagnosticSeverity.Error, 2, 2), (error.Code, error.Severity, error.Line!.Value, error.Column!.Value));
    }

    [Fact]
    public void Hrv4Training_ReadsMorningMeasurementsAndDashesAsMissing()
    {
        const string sheet =
            "date,HR,AVNN,SDNN,rMSSD,pNN50,LF,HF,HRV4T_Recovery_Points,sleep_quality,sleep_time,trainingRPE\n" +
            "2021-02-01,52,1150,70,68.5,40,900,1100,8.1,7,7.5,6\n" +
            "2021-02-02,55,-,-,-,-,-,-,-,6,6.9,-\n";

        var result = SheetImporter.ImportText(sheet, "hrv4t.csv", SheetMappings.Hrv4Training, new SheetImportOptions { AthleteKey = "me" });

        Assert.Empty(result.Diagnostics);
        var day1 = result.Wellness[0].Record;
        Assert.Equal((new DateOnly(2021, 2, 1), 52.0, 7.5), (day1.Date, day1.RestingHeartRateBpm!.Value, day1.SleepDurationHours!.Value));
        Assert.Equal(new HrvMeasurement(68.5, HrvMetric.Rmssd, "hrv4training"), day1.Hrv);
        var day2 = result.Wellness[1].Record;
        Assert.Equal((55.0, 6.9), (day2.RestingHeartRateBpm!.Value, day2.SleepDurationHours!.Value));
        Assert.Null(day2.Hrv);
    }

    [Fact]
    public void ForPmSysFile_PicksByFileName()
    {
        Assert.Same(SheetMappings.PmSysWellness, SheetMappings.ForPmSysFile("/x/p01/pmsys/wellness.csv"));
        Assert.Same(SheetMappings.PmSysSessionRpe, SheetMappings.ForPmSysFile("SRPE.CSV"));
        Assert.Same(SheetMappings.PmSysInjury, SheetMappings.ForPmSysFile("injury.csv"));
        Assert.Null(SheetMappings.ForPmSysFile("reporting.csv"));
    }
}
