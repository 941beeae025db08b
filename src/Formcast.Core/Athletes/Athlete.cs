namespace Formcast.Core;

/// <summary>
/// A person whose training Formcast follows. <see cref="DisplayName"/> is sensitive and is stored through the
/// field-protection seam; <see cref="Handle"/> is a short, non-identifying name for command lines and URLs.
/// </summary>
public sealed record Athlete
{
    public required AthleteId Id { get; init; }

    /// <summary>Short unique name for command lines and URLs (lower-case letters, digits, '-', '_').</summary>
    public required string Handle { get; init; }

    /// <summary>Full name; sensitive.</summary>
    [Sensitive]
    public string? DisplayName { get; init; }

    public Sex Sex { get; init; }

    public int? BirthYear { get; init; }

    public Sport Sport { get; init; }

    /// <summary>Free text refinement of <see cref="Sport"/>, e.g. "400 m", "javelin", "point guard".</summary>
    public string? Discipline { get; init; }

    public AthleteLevel Level { get; init; }

    /// <summary>IANA time-zone identifier; calendar days (athlete-days) are counted in this zone.</summary>
    public string TimeZoneId { get; init; } = "UTC";

    /// <summary>Threshold history, any order; use <see cref="ThresholdsOn"/> to read the values in force.</summary>
    public IReadOnlyList<PhysiologicalThresholds> Thresholds { get; init; } = [];

    /// <summary>The threshold record in force on <paramref name="day"/>, or null when none is effective yet.</summary>
    public PhysiologicalThresholds? ThresholdsOn(DateOnly day)
    {
        PhysiologicalThresholds? best = null;
        foreach (var t in Thresholds)
        {
            if (t.EffectiveFrom <= day && (best is null || t.EffectiveFrom > best.EffectiveFrom)) best = t;
        }

        return best;
    }

    /// <summary>Age in whole years reached during <paramref name="year"/>, if the birth year is known.</summary>
    public int? AgeIn(int year) => BirthYear is { } b ? year - b : null;

    /// <summary>The athlete's time zone; falls back to UTC for an unknown identifier (validated on entry).</summary>
    public TimeZoneInfo TimeZone => TimeZones.FindOrUtc(TimeZoneId);

    /// <summary>The calendar day, in the athlete's time zone, on which <paramref name="instant"/> falls.</summary>
    public DateOnly LocalDayOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    /// <summary>Checks handle, birth year, time zone and thresholds; returns the first problem, or null.</summary>
    public string? Validate()
    {
        if (!Handles.IsValid(Handle)) return $"handle '{Handle}' must be 1–64 characters of a–z, 0–9, '-' or '_'";
        if (BirthYear is { } y && y is < 1900 or > 2100) return $"birth year {y} is outside 1900–2100";
        if (!TimeZones.IsKnown(TimeZoneId)) return $"time zone '{TimeZoneId}' is not a known IANA time zone";
        foreach (var t in Thresholds)
        {
            if (t.Validate() is { } problem) return $"thresholds from {t.EffectiveFrom:yyyy-MM-dd}: {problem}";
        }

        return null;
    }
}
