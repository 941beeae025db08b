using Formcast.Core;

namespace Formcast.Formats.Sheets.Internal;

/// <summary>
/// Builds the Core record of one row. Every mapped field is read before deciding, so one row reports all of its
/// problems at once; a record is made only when no required field failed.
/// </summary>
internal sealed class RecordBuilder(RecordPlan plan, CellReader cells, IReadOnlyList<CsvField> row, int line, string athleteKey, AthleteId athleteId, string source)
{
    public WellnessEntry? Wellness(DateOnly? date)
    {
        var sleep = Number("sleepDurationHours");
        var sleepQuality = Number("sleepQuality");
        var fatigue = Number("fatigue");
        var soreness = Number("soreness");
        var stress = Number("stress");
        var mood = Number("mood");
        var motivation = Number("motivation");
        var readiness = Number("readiness");
        var restingHr = Number("restingHeartRateBpm");
        var rmssd = Number("hrvRmssdMs");
        var sdnn = Number("hrvSdnnMs");
        var hrvSource = Text("hrvSource") ?? source;
        var notes = Text("notes");
        if (date is null || cells.RowFailed) return null;

        HrvMeasurement? hrv = rmssd is { } r ? new HrvMeasurement(r, HrvMetric.Rmssd, hrvSource)
            : sdnn is { } s ? new HrvMeasurement(s, HrvMetric.Sdnn, hrvSource)
            : null;
        return new WellnessEntry
        {
            AthleteId = athleteId,
            Date = date.Value,
            SleepDurationHours = sleep,
            SleepQuality = sleepQuality,
            Fatigue = fatigue,
            Soreness = soreness,
            Stress = stress,
            Mood = mood,
            Motivation = motivation,
            Readiness = readiness,
            RestingHeartRateBpm = restingHr,
            Hrv = hrv,
            Notes = notes,
        };
    }

    public SessionRpe? SessionRpe(DateOnly? date)
    {
        var rpe = Number("rpe");
        var minutes = Number("durationMinutes");
        var type = Text("sessionType");
        if (date is null || cells.RowFailed || rpe is null || minutes is null) return null;
        return new SessionRpe { AthleteId = athleteId, Date = date.Value, Rpe = rpe.Value, DurationMinutes = minutes.Value, SessionType = type };
    }

    public RaceResult? Race(DateOnly? date)
    {
        var distance = Number("distanceMeters");
        var time = Number("timeSeconds");
        var name = Text("name");
        var temperature = Number("temperatureCelsius");
        var humidity = Number("relativeHumidityPercent");
        var gain = Number("elevationGainMeters");
        if (date is null || cells.RowFailed || distance is null || time is null) return null;
        return new RaceResult
        {
            AthleteId = athleteId,
            Date = date.Value,
            DistanceMeters = distance.Value,
            TimeSeconds = time.Value,
            Name = name,
            TemperatureCelsius = temperature,
            RelativeHumidityPercent = humidity,
            ElevationGainMeters = gain,
        };
    }

    public PerformanceTest? Test(DateOnly? date)
    {
        var kindPlan = plan["kind"]!;
        var kind = cells.Choice<PerformanceTestKind>(kindPlan, cells.Text(kindPlan, row), row, line);
        if (kind is null) cells.RowFailed = true;
        var label = Text("label");
        var statedUnit = Text("unit");
        var valuePlan = plan["value"]!;
        string? unit = null;
        double? value = null;
        if (kind is { } k)
        {
            unit = k == PerformanceTestKind.Other ? statedUnit : PerformanceTestKinds.UnitOf(k);
            if (string.IsNullOrWhiteSpace(unit))
            {
                cells.RowFailed = true;
                cells.Problem(plan["unit"] ?? valuePlan, row, line, statedUnit ?? "", "a unit for an 'Other' test (give a unit column or value)");
            }
            else
            {
                // Conversion applies when the test's unit is a length, duration or mass Formcast knows (cm, s, m, kg...);
                // a stated sheet unit that cannot convert into the test's unit (W, ml/kg/min) is refused, not ignored.
                var target = Units.Resolve(unit) is null ? null : unit;
                if (target is null && valuePlan.SheetUnit is { } from)
                {
                    cells.RowFailed = true;
                    cells.Problem(valuePlan, row, line, cells.Text(valuePlan, row) ?? "", $"convertible: the mapping's unit '{from}' does not convert to {unit}");
                }
                else
                {
                    value = cells.Number(valuePlan, row, line, target);
                }
            }
        }

        if (date is null || cells.RowFailed || kind is null || value is null || unit is null) return null;
        return new PerformanceTest { AthleteId = athleteId, Date = date.Value, Kind = kind.Value, Value = value.Value, Unit = unit, Label = label };
    }

    /// <summary>
    /// The injuries of a row, or — when the mapping merges status reports — none, with the row returned as a
    /// <paramref name="report"/> for <see cref="InjuryEpisodes"/>.
    /// </summary>
    public IReadOnlyList<Injury> Injuries(DateOnly? date, out InjuryEpisodes.Report? report)
    {
        report = null;
        var type = Text("type");
        var details = Text("details");
        var medical = Text("medicalNotes");
        var lossDays = Number("timeLossDays");
        var severityPlan = plan["severity"];
        var stated = severityPlan is null ? null : cells.Choice<InjurySeverity>(severityPlan, cells.Text(severityPlan, row), row, line);
        var timeLoss = lossDays is { } d ? (int)Math.Round(d) : 0;
        var fallback = stated ?? (lossDays is null ? InjurySeverity.Slight : Injury.SeverityFor(timeLoss));

        var parts = new List<(string BodyPart, InjurySeverity Severity)>();
        if (plan["injuries"] is { } listPlan)
        {
            var text = cells.Text(listPlan, row);
            if (text is not null)
            {
                if (!Literals.TryParseDictionary(text, out var pairs))
                {
                    cells.RowFailed = true;
                    cells.Problem(listPlan, row, line, text, listPlan.Def.Expected);
                }
                else
                {
                    foreach (var (bodyPart, severityText) in pairs)
                    {
                        var severity = severityPlan is null ? fallback : cells.Choice<InjurySeverity>(severityPlan, severityText, row, line) ?? fallback;
                        parts.Add((NormaliseBodyPart(bodyPart), severity));
                    }
                }
            }
        }
        else if (Text("bodyPart") is { } bodyPart)
        {
            parts.Add((NormaliseBodyPart(bodyPart), fallback));
        }

        if (date is null || cells.RowFailed || type is null) return [];
        if (plan.Mapping.MergeStatusReports)
        {
            report = new InjuryEpisodes.Report(athleteKey, athleteId, date.Value, line, parts, type);
            return [];
        }

        return parts.Select(p => new Injury
        {
            Id = SheetReader.StableInjuryId(athleteKey, date.Value, p.BodyPart),
            AthleteId = athleteId,
            OnsetDate = date.Value,
            BodyPart = p.BodyPart,
            Type = type,
            Severity = p.Severity,
            TimeLossDays = timeLoss,
            Details = details,
            MedicalNotes = medical,
        }).ToArray();
    }

    /// <summary>Body parts as Core wants them: lower-case words ("left_foot" → "left foot").</summary>
    internal static string NormaliseBodyPart(string text) =>
        string.Join(' ', text.Replace('_', ' ').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private double? Number(string field) => plan[field] is { } f ? cells.Number(f, row, line) : null;

    private string? Text(string field) => cells.String(plan[field], row, line);
}
