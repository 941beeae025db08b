namespace Formcast.Formats.Sheets;

/// <summary>
/// Built-in mappings, written in the same JSON form users write (docs/sheets.md documents their columns and the
/// assumptions behind them).
/// <list type="bullet">
/// <item><c>pmsys-wellness</c>, <c>pmsys-srpe</c>, <c>pmsys-injury</c>: the PMSys exports as published in PMData
/// (Thambawita et al., MMSys 2020, doi:10.1145/3339825.3394926): <c>pmsys/wellness.csv</c>, <c>srpe.csv</c>,
/// <c>injury.csv</c> in one folder per participant (the folder two levels up names the athlete), UTC timestamps
/// turned into dates in Europe/Oslo (the participants' zone).</item>
/// <item><c>hrv4training</c>: the HRV4Training CSV export's physiological columns (date, HR, rMSSD, sleep_time).</item>
/// </list>
/// </summary>
public static class SheetMappings
{
    private static readonly Lazy<SheetMapping> PmSysWellnessLazy = new(() => Parse("""
        {
          "name": "pmsys-wellness",
          "timeZone": "Europe/Oslo",
          "athlete": { "pathLevel": 2 },
          "emptyRowMarkers": ["0"],
          "records": [{
            "kind": "wellness",
            "fields": {
              "date": { "column": "effective_time_frame", "format": "iso" },
              "fatigue": "fatigue",
              "mood": "mood",
              "readiness": "readiness",
              "sleepDurationHours": { "column": "sleep_duration_h", "unit": "h" },
              "sleepQuality": "sleep_quality",
              "soreness": "soreness",
              "stress": "stress"
            }
          }]
        }
        """));

    private static readonly Lazy<SheetMapping> PmSysSessionRpeLazy = new(() => Parse("""
        {
          "name": "pmsys-srpe",
          "timeZone": "Europe/Oslo",
          "athlete": { "pathLevel": 2 },
          "emptyRowMarkers": ["{}", "[]"],
          "records": [{
            "kind": "sessionRpe",
            "fields": {
              "date": { "column": "end_date_time", "format": "iso" },
              "rpe": "perceived_exertion",
              "durationMinutes": { "column": "duration_min", "unit": "min" },
              "sessionType": { "column": "activity_names", "format": "list" }
            }
          }]
        }
        """));

    private static readonly Lazy<SheetMapping> PmSysInjuryLazy = new(() => Parse("""
        {
          "name": "pmsys-injury",
          "timeZone": "Europe/Oslo",
          "athlete": { "pathLevel": 2 },
          "records": [{
            "kind": "injury",
            "mergeStatusReports": true,
            "fields": {
              "onsetDate": { "column": "effective_time_frame", "format": "iso" },
              "injuries": { "column": "injuries", "format": "dict" },
              "type": { "value": "unspecified" },
              "severity": { "value": "Slight", "values": { "minor": "Slight", "major": "Minimal" } }
            }
          }]
        }
        """));

    private static readonly Lazy<SheetMapping> Hrv4TrainingLazy = new(() => Parse("""
        {
          "name": "hrv4training",
          "records": [{
            "kind": "wellness",
            "fields": {
              "date": { "column": ["date", "timestamp_measurement"], "format": "iso" },
              "restingHeartRateBpm": "HR",
              "hrvRmssdMs": "rMSSD",
              "sleepDurationHours": { "column": "sleep_time", "unit": "h" },
              "hrvSource": { "value": "hrv4training" }
            }
          }]
        }
        """));

    /// <summary>PMSys daily wellness (PMData <c>pmsys/wellness.csv</c>).</summary>
    public static SheetMapping PmSysWellness => PmSysWellnessLazy.Value;

    /// <summary>PMSys session RPE (PMData <c>pmsys/srpe.csv</c>).</summary>
    public static SheetMapping PmSysSessionRpe => PmSysSessionRpeLazy.Value;

    /// <summary>PMSys injury status reports, merged into episodes (PMData <c>pmsys/injury.csv</c>).</summary>
    public static SheetMapping PmSysInjury => PmSysInjuryLazy.Value;

    /// <summary>HRV4Training export: morning rMSSD, resting heart rate and sleep time.</summary>
    public static SheetMapping Hrv4Training => Hrv4TrainingLazy.Value;

    /// <summary>Built-in mappings by name.</summary>
    public static IReadOnlyDictionary<string, SheetMapping> ByName => new Dictionary<string, SheetMapping>(StringComparer.OrdinalIgnoreCase)
    {
        ["pmsys-wellness"] = PmSysWellness,
        ["pmsys-srpe"] = PmSysSessionRpe,
        ["pmsys-injury"] = PmSysInjury,
        ["hrv4training"] = Hrv4Training,
    };

    /// <summary>The PMSys mapping for a PMData file name (wellness.csv, srpe.csv, injury.csv), or null.</summary>
    public static SheetMapping? ForPmSysFile(string path) => Path.GetFileName(path).ToUpperInvariant() switch
    {
        "WELLNESS.CSV" => PmSysWellness,
        "SRPE.CSV" => PmSysSessionRpe,
        "INJURY.CSV" => PmSysInjury,
        _ => null,
    };

    private static SheetMapping Parse(string json)
    {
        var result = SheetMapping.FromJson(json, "built-in");
        return result.Succeeded
            ? result.Value!
            : throw new InvalidOperationException("a built-in sheet mapping is invalid: " + string.Join("; ", result.Diagnostics));
    }
}
