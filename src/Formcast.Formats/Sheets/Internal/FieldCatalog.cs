namespace Formcast.Formats.Sheets.Internal;

/// <summary>The fields each record kind accepts (docs/sheets.md lists them for users).</summary>
internal static class FieldCatalog
{
    private static readonly Dictionary<SheetRecordKind, Dictionary<string, FieldDef>> Fields = new()
    {
        [SheetRecordKind.Wellness] = Make(
            Date("date"),
            Number("sleepDurationHours", Dimension.Duration, "h", 0, 24, "hours of sleep, 0–24"),
            Scale("sleepQuality"), Scale("fatigue"), Scale("soreness"), Scale("stress"), Scale("mood"), Scale("motivation"),
            Number("readiness", Dimension.None, null, 0, 10, "readiness 0–10"),
            Number("restingHeartRateBpm", Dimension.None, null, 25, 130, "resting heart rate 25–130 bpm"),
            Number("hrvRmssdMs", Dimension.Duration, "ms", 0, 400, "rMSSD in ms, above 0 and at most 400") with { MinExclusive = true },
            Number("hrvSdnnMs", Dimension.Duration, "ms", 0, 400, "SDNN in ms, above 0 and at most 400") with { MinExclusive = true },
            Text("hrvSource"),
            Text("notes")),
        [SheetRecordKind.SessionRpe] = Make(
            Date("date"),
            Number("rpe", Dimension.None, null, 0, 10, "a CR-10 rating 0–10") with { Required = true },
            Number("durationMinutes", Dimension.Duration, "min", 0, 1440, "a duration of 0–1440 minutes") with { Required = true },
            Text("sessionType")),
        [SheetRecordKind.Injury] = Make(
            Date("onsetDate"),
            Text("bodyPart") with { Required = true },
            new FieldDef("injuries", FieldType.InjuryList, Dimension.None, null, 0, 0, true, "a {'body_part': 'severity'} literal"),
            Text("type"),
            new FieldDef("severity", FieldType.Severity, Dimension.None, null, 0, 0, false, "Slight, Minimal, Moderate or Severe"),
            Number("timeLossDays", Dimension.Duration, "d", 0, 3650, "0–3650 days lost"),
            Text("details"),
            Text("medicalNotes")),
        [SheetRecordKind.PerformanceTest] = Make(
            Date("date"),
            new FieldDef("kind", FieldType.TestKind, Dimension.None, null, 0, 0, true, "a test kind such as CountermovementJump, Vo2Max or Other"),
            Number("value", Dimension.None, null, double.MinValue, double.MaxValue, "a finite number") with { Required = true },
            Text("unit"),
            Text("label")),
        [SheetRecordKind.Race] = Make(
            Date("date"),
            Number("distanceMeters", Dimension.Length, "m", 0, 1_000_000, "a distance above 0 and up to 1000 km") with { Required = true, MinExclusive = true },
            Number("timeSeconds", Dimension.Duration, "s", 0, 30 * 86400, "a positive time") with { Required = true, MinExclusive = true },
            Text("name"),
            Number("temperatureCelsius", Dimension.Temperature, "C", -60, 60, "an air temperature of −60–60 °C"),
            Number("relativeHumidityPercent", Dimension.None, null, 0, 100, "a humidity of 0–100 %"),
            Number("elevationGainMeters", Dimension.Length, "m", 0, 20_000, "an elevation gain of 0–20 000 m")),
    };

    /// <summary>The date field of each kind (required for every record).</summary>
    public static string DateField(SheetRecordKind kind) => kind == SheetRecordKind.Injury ? "onsetDate" : "date";

    public static FieldDef? Find(SheetRecordKind kind, string name) =>
        Fields[kind].TryGetValue(name, out var def) ? def : null;

    public static IEnumerable<FieldDef> All(SheetRecordKind kind) => Fields[kind].Values;

    private static Dictionary<string, FieldDef> Make(params FieldDef[] defs) =>
        defs.ToDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase);

    private static FieldDef Date(string name) => new(name, FieldType.Date, Dimension.None, null, 0, 0, true, "a date");

    private static FieldDef Text(string name) => new(name, FieldType.Text, Dimension.None, null, 0, 0, false, "text");

    private static FieldDef Number(string name, Dimension dimension, string? unit, double min, double max, string expected) =>
        new(name, FieldType.Number, dimension, unit, min, max, false, expected);

    /// <summary>1–5 questionnaire scales, 5 the best state (the PMSys convention WellnessEntry adopts).</summary>
    private static FieldDef Scale(string name) => Number(name, Dimension.None, null, 1, 5, "a 1–5 scale value");
}
