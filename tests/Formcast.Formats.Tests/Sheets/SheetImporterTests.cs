using Formcast.Core;
using Formcast.Formats.Sheets;

namespace Formcast.Formats.Tests.Sheets;

public sealed class SheetImporterTests
{
    private static SheetMapping Mapping(string json)
    {
        var result = SheetMapping.FromJson(json, "mapping.json");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    private const string ClubWellnessMapping = """
        {
          "name": "club-wellness",
          "timeZone": "Europe/Oslo",
          "athlete": { "column": "Athlete" },
          "records": [{
            "kind": "wellness",
            "fields": {
              "date": { "column": "Submitted", "format": "iso" },
              "sleepDurationHours": { "column": "Sleep (min)", "unit": "min" },
              "sleepQuality": { "column": "Sleep quality", "values": { "very poor": 1, "poor": 2, "ok": 3, "good": 4, "very good": 5 } },
              "fatigue": { "column": "Fatigue 1-10", "rescale": [1, 10, 1, 5] },
              "restingHeartRateBpm": "RHR",
              "hrvRmssdMs": "rMSSD",
              "notes": "Comment"
            }
          }]
        }
        """;

    private const string ClubWellnessSheet =
        "Athlete;Submitted;Sleep (min);Sleep quality;Fatigue 1-10;RHR;rMSSD;Comment\n" +
        "ana;2024-03-01T23:30:00Z;450;Good;10;48;62,5;\"felt \"\"great\"\"; slept well\"\n" +
        "ben;2024-03-02T06:10:00+01:00;;very poor;1;-;;\n" +
        "ana;not a date;480;good;5;50;60;\n" +
        "ana;2024-03-03T07:00:00Z;500;superb;5;50;60;\n";

    [Fact]
    public void Import_ConvertsUnitsScalesDatesAndDecimalCommas()
    {
        var result = SheetImporter.ImportText(ClubWellnessSheet, "club.csv", Mapping(ClubWellnessMapping));

        Assert.Equal(3, result.Wellness.Count);
        var ana = result.Wellness[0];
        Assert.Equal(("ana", 2), (ana.AthleteKey, ana.Line));
        var w = ana.Record;
        Assert.Equal(new DateOnly(2024, 3, 2), w.Date); // 23:30 UTC is 00:30 the next day in Oslo (CET, +1)
        Assert.Equal(7.5, w.SleepDurationHours);   // 450 min
        Assert.Equal(4, w.SleepQuality);           // "Good" through the value map, case-insensitively
        Assert.Equal(5, w.Fatigue);                // 10 on 1–10 rescaled to 1–5
        Assert.Equal(48, w.RestingHeartRateBpm);
        Assert.Equal(new HrvMeasurement(62.5, HrvMetric.Rmssd, "club-wellness"), w.Hrv); // "62,5" in a ';' sheet
        Assert.Equal("felt \"great\"; slept well", w.Notes);

        var ben = result.Wellness[1].Record;
        Assert.Equal(new DateOnly(2024, 3, 2), ben.Date);
        Assert.Equal((null, 1.0, 1.0, (double?)null), (ben.SleepDurationHours, ben.SleepQuality, ben.Fatigue, ben.RestingHeartRateBpm));
        Assert.Null(ben.Hrv);
    }

    [Fact]
    public void Import_BadRowsAreReportedAtTheirCellAndTheRestImports()
    {
        var result = SheetImporter.ImportText(ClubWellnessSheet, "club.csv", Mapping(ClubWellnessMapping));

        Assert.Equal((4, 1), (result.RowCount, result.SkippedRowCount));
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("csv.value.invalid", "club.csv", 4, 2, "Submitted"), (error.Code, error.File, error.Line, error.Column, error.Field));
        Assert.Contains("'not a date'", error.Message, StringComparison.Ordinal);
        Assert.Contains("ISO date", error.Message, StringComparison.Ordinal);
        Assert.Equal("club.csv:4:2: error csv.value.invalid [Submitted]: " + error.Message, error.ToString());

        // An optional value that cannot be read is left out; the row still imports.
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "csv.value.invalid" && d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal((5, 4, "Sleep quality"), (warning.Line!.Value, warning.Column!.Value, warning.Field));
        Assert.Null(result.Wellness[2].Record.SleepQuality);
    }

    [Fact]
    public void Import_RacesInMilesClockTimesFahrenheitAndMonthFirstDates()
    {
        var mapping = Mapping("""
            {
              "athlete": { "column": "runner" },
              "records": [{
                "kind": "race",
                "fields": {
                  "date": { "column": "date", "format": "month-first" },
                  "name": "race",
                  "distanceMeters": { "column": "distance_mi", "unit": "mi" },
                  "timeSeconds": "time",
                  "temperatureCelsius": { "column": "temp_F", "unit": "F" },
                  "relativeHumidityPercent": "humidity"
                }
              }]
            }
            """);
        var sheet = "runner,date,race,distance_mi,time,temp_F,humidity\n" +
                    "kim,04/15/2024,Boston,26.21875,2:51:09,77,40\n" +
                    "kim,10/06/2024,Chicago half,13.109375,1:25:00.5,50,\n" +
                    "kim,11/03/2024,NYC,abc,3:00:00,50,\n";

        var result = SheetImporter.ImportText(sheet, "races.csv", mapping);

        Assert.Equal(2, result.Races.Count);
        var boston = result.Races[0].Record;
        Assert.Equal(new DateOnly(2024, 4, 15), boston.Date);
        Assert.Equal(26.21875 * 1609.344, boston.DistanceMeters, 9); // 42 194.988 m
        Assert.Equal((2 * 3600) + (51 * 60) + 9, boston.TimeSeconds);
        Assert.Equal(25, boston.TemperatureCelsius!.Value, 12);       // (77 − 32) × 5/9
        Assert.Equal(40, boston.RelativeHumidityPercent);
        var half = result.Races[1].Record;
        Assert.Equal(new DateOnly(2024, 10, 6), half.Date);
        Assert.Equal(5100.5, half.TimeSeconds);
        Assert.Equal(10, half.TemperatureCelsius!.Value, 12);
        Assert.Null(half.RelativeHumidityPercent);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("csv.value.invalid", 4, 4, "distance_mi"), (error.Code, error.Line!.Value, error.Column!.Value, error.Field));
    }

    [Fact]
    public void Import_WideTestSheet_GivesOneTestPerColumnInTheKindsUnit()
    {
        var mapping = Mapping("""
            {
              "athlete": "id",
              "records": [
                { "kind": "performanceTest", "fields": {
                    "date": { "column": "date", "format": "day-first" },
                    "kind": { "value": "CountermovementJump" },
                    "value": { "column": "cmj_in", "unit": "in" } } },
                { "kind": "performanceTest", "fields": {
                    "date": { "column": "date", "format": "day-first" },
                    "kind": { "value": "Other" }, "unit": { "value": "kg" }, "label": { "value": "back squat 1RM" },
                    "value": { "column": "squat_lb", "unit": "lb" } } },
                { "kind": "performanceTest", "fields": {
                    "date": { "column": "date", "format": "day-first" },
                    "kind": { "value": "Sprint30m" },
                    "value": "sprint30_s" } }
              ]
            }
            """);

        var result = SheetImporter.ImportText("id,date,cmj_in,squat_lb,sprint30_s\np1,06/11/24,15,220.46226218,4.12\np2,07/11/2024,,,\n", "tests.csv", mapping);

        Assert.Equal(3, result.Tests.Count);
        var cmj = result.Tests.Single(t => t.Record.Kind == PerformanceTestKind.CountermovementJump).Record;
        Assert.Equal(new DateOnly(2024, 11, 6), cmj.Date);
        Assert.Equal((38.1, "cm"), (Math.Round(cmj.Value, 9), cmj.Unit)); // 15 in × 2.54
        var squat = result.Tests.Single(t => t.Record.Kind == PerformanceTestKind.Other).Record;
        Assert.Equal(100, squat.Value, 6);                                   // 220.46226218 lb × 0.45359237
        Assert.Equal(("kg", "back squat 1RM"), (squat.Unit, squat.Label));
        Assert.Equal((4.12, "s"), (result.Tests.Single(t => t.Record.Kind == PerformanceTestKind.Sprint30m).Record.Value, "s"));

        // p2 measured nothing: one empty-row warning per record mapping, no errors.
        Assert.Equal(3, result.Diagnostics.Count(d => d.Code == "csv.row.empty"));
        Assert.Equal(0, result.ErrorCount);
    }

    [Fact]
    public void Import_SessionRpeAndInjuriesWithTheImportsAthleteKey()
    {
        var mapping = Mapping("""
            {
              "records": [
                { "kind": "sessionRpe", "fields": {
                    "date": { "column": "Date", "format": "dd.MM.yyyy" }, "rpe": "RPE",
                    "durationMinutes": { "column": "Duration", "format": "h:mm" }, "sessionType": "Session" } },
                { "kind": "injury", "fields": {
                    "onsetDate": { "column": "Date", "format": "dd.MM.yyyy" }, "bodyPart": "Injury site",
                    "type": "Injury type", "timeLossDays": "Days lost" } }
              ]
            }
            """);
        var sheet = "Date,RPE,Duration,Session,Injury site,Injury type,Days lost\n" +
                    "03.02.2025,7,1:15,intervals,,,\n" +
                    "04.02.2025,11,0:45,match,Left_Hamstring,strain,12\n";

        var result = SheetImporter.ImportText(sheet, "log.csv", mapping, new SheetImportOptions { AthleteKey = "kari" });

        var rpe = Assert.Single(result.SessionRpe);
        Assert.Equal(("kari", new DateOnly(2025, 2, 3), 7.0, 75.0, "intervals"),
            (rpe.AthleteKey, rpe.Record.Date, rpe.Record.Rpe, rpe.Record.DurationMinutes, rpe.Record.SessionType));
        Assert.Equal(525, rpe.Record.Load);

        // RPE 11 is outside CR-10, so the session of row 3 is refused at its cell — but the injury on that row imports.
        var range = Assert.Single(result.Diagnostics, d => d.Code == "csv.value.range");
        Assert.Equal((3, 2, DiagnosticSeverity.Error), (range.Line!.Value, range.Column!.Value, range.Severity));
        var injury = Assert.Single(result.Injuries).Record;
        Assert.Equal(("left hamstring", "strain", 12, InjurySeverity.Moderate), (injury.BodyPart, injury.Type, injury.TimeLossDays, injury.Severity));
        Assert.Contains(result.Diagnostics, d => d.Code == "csv.row.empty" && d.Line == 2);
    }

    [Fact]
    public void Import_ResolveAthlete_SetsTheAthleteId()
    {
        var id = new AthleteId(Guid.Parse("0b7d2f4e-8a1c-4c5e-9f00-123456789abc"));
        var options = new SheetImportOptions { ResolveAthlete = key => key == "ana" ? id : default };

        var result = SheetImporter.ImportText(ClubWellnessSheet, "club.csv", Mapping(ClubWellnessMapping), options);

        Assert.All(result.Wellness.Where(w => w.AthleteKey == "ana"), w => Assert.Equal(id, w.Record.AthleteId));
        Assert.Equal(default, result.Wellness.Single(w => w.AthleteKey == "ben").Record.AthleteId);
    }

    [Fact]
    public void Import_SameDayTwice_KeepsTheLaterRowWithAWarning()
    {
        var mapping = Mapping("""{ "records": [{ "kind": "wellness", "fields": { "date": "date", "mood": "mood" } }] }""");

        var result = SheetImporter.ImportText("date,mood\n2024-01-01,2\n2024-01-02,3\n2024-01-01,4\n", "w.csv", mapping, new SheetImportOptions { AthleteKey = "a" });

        Assert.Equal([(new DateOnly(2024, 1, 2), 3.0), (new DateOnly(2024, 1, 1), 4.0)], result.Wellness.Select(w => (w.Record.Date, w.Record.Mood!.Value)));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("csv.row.duplicate", 4), (warning.Code, warning.Line!.Value));
        Assert.Contains("line 2", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MissingRequiredColumn_ImportsNothingAndNamesTheHeader()
    {
        var mapping = Mapping("""{ "records": [{ "kind": "sessionRpe", "fields": { "date": "date", "rpe": "rpe", "durationMinutes": "minutes" } }] }""");

        var result = SheetImporter.ImportText("date,rpe,duration\n2024-01-01,5,60\n", "s.csv", mapping, new SheetImportOptions { AthleteKey = "a" });

        Assert.Empty(result.SessionRpe);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("csv.column.missing", "durationMinutes"), (error.Code, error.Field));
        Assert.Contains("'minutes'", error.Message, StringComparison.Ordinal);
        Assert.Contains("date, rpe, duration", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MissingOptionalColumn_IsAWarningAndTheRestImports()
    {
        var mapping = Mapping("""{ "records": [{ "kind": "wellness", "fields": { "date": "date", "mood": "mood", "stress": "stress" } }] }""");

        var result = SheetImporter.ImportText("date,mood\n2024-01-01,2\n", "w.csv", mapping, new SheetImportOptions { AthleteKey = "a" });

        Assert.Single(result.Wellness);
        Assert.Equal((DiagnosticSeverity.Warning, "csv.column.missing"), (result.Diagnostics[0].Severity, result.Diagnostics[0].Code));
    }

    [Fact]
    public void Import_NoAthleteSource_IsAnError()
    {
        var mapping = Mapping("""{ "records": [{ "kind": "wellness", "fields": { "date": "date" } }] }""");

        var result = SheetImporter.ImportText("date\n2024-01-01\n", "w.csv", mapping);

        Assert.Equal("sheet.athlete.none", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Import_EmptyAthleteCell_SkipsTheRow()
    {
        var result = SheetImporter.ImportText(
            "Athlete;Submitted;Sleep (min);Sleep quality;Fatigue 1-10;RHR;rMSSD;Comment\n;2024-03-01;450;good;5;50;60;\n", "c.csv", Mapping(ClubWellnessMapping));

        Assert.Empty(result.Wellness);
        Assert.Equal(("csv.athlete.missing", 2, 1), (result.Diagnostics[0].Code, result.Diagnostics[0].Line!.Value, result.Diagnostics[0].Column!.Value));
    }

    [Fact]
    public void Import_NotUtf8_IsReadAsLatin1WithANotice()
    {
        var mapping = Mapping("""{ "records": [{ "kind": "wellness", "fields": { "date": "date", "notes": "note" } }] }""");
        var bytes = System.Text.Encoding.Latin1.GetBytes("date,note\n2024-01-01,café 30°C\n");

        var result = SheetImporter.Import(bytes, "latin.csv", mapping, new SheetImportOptions { AthleteKey = "a" });

        Assert.Equal("café 30°C", result.Wellness[0].Record.Notes);
        Assert.Equal(("csv.encoding", DiagnosticSeverity.Info), (result.Diagnostics[0].Code, result.Diagnostics[0].Severity));
    }

    [Fact]
    public void Import_Utf8WithBomAndUnixTimestamps()
    {
        var mapping = Mapping("""{ "timeZone": "America/New_York", "records": [{ "kind": "wellness", "fields": { "date": { "column": "ts", "format": "unix-s" }, "mood": "mood" } }] }""");
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes("ts,mood\n1704081600,3\n")).ToArray();

        var result = SheetImporter.Import(bytes, "u.csv", mapping, new SheetImportOptions { AthleteKey = "a" });

        // 1 704 081 600 s is 2024-01-01T04:00Z, still 31 December (23:00) in New York.
        Assert.Equal(new DateOnly(2023, 12, 31), Assert.Single(result.Wellness).Record.Date);
    }

    [Fact]
    public void Import_TimeZoneOverride_ChangesTheDate()
    {
        var options = new SheetImportOptions { TimeZone = "UTC" };

        var result = SheetImporter.ImportText(ClubWellnessSheet, "club.csv", Mapping(ClubWellnessMapping), options);

        Assert.Equal(new DateOnly(2024, 3, 1), result.Wellness[0].Record.Date);
    }

    [Fact]
    public void Import_InjuryIds_AreStableAcrossImports()
    {
        var mapping = Mapping("""{ "records": [{ "kind": "injury", "fields": { "onsetDate": "date", "bodyPart": "part", "type": { "value": "strain" } } }] }""");
        var options = new SheetImportOptions { AthleteKey = "a" };

        var first = SheetImporter.ImportText("date,part\n2024-01-01,calf\n2024-02-01,calf\n", "i.csv", mapping, options);
        var second = SheetImporter.ImportText("date,part\n2024-01-01,calf\n2024-02-01,calf\n", "i.csv", mapping, options);

        Assert.Equal(first.Injuries.Select(i => i.Record.Id), second.Injuries.Select(i => i.Record.Id));
        Assert.NotEqual(first.Injuries[0].Record.Id, first.Injuries[1].Record.Id);
    }

    [Fact]
    public void Import_EmptyFile_IsAHeaderError()
    {
        var result = SheetImporter.ImportText("\n\n", "e.csv", Mapping(ClubWellnessMapping));

        Assert.Equal("csv.header.missing", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Import_TestUnitThatCannotConvert_IsRefusedAtTheCell()
    {
        var mapping = Mapping("""{ "records": [{ "kind": "performanceTest", "fields": { "date": "date", "kind": { "value": "Vo2Max" }, "value": { "column": "vo2", "unit": "lb" } } }] }""");

        var result = SheetImporter.ImportText("date,vo2\n2024-01-01,55\n", "t.csv", mapping, new SheetImportOptions { AthleteKey = "a" });

        Assert.Empty(result.Tests);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("csv.value.invalid", 2, 2), (error.Code, error.Line!.Value, error.Column!.Value));
        Assert.Contains("'lb' does not convert to ml/kg/min", error.Message, StringComparison.Ordinal);
    }
}
