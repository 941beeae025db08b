using Formcast.Core;

namespace Formcast.Workflows.Predictions.Data;

/// <summary>
/// One athlete of a monitoring cohort as the predictions read it: consecutive athlete-days computed by the analytics
/// calculator from the athlete's raw sessions and wellness, the injury onsets, and what is known about the person.
/// </summary>
internal sealed record CohortAthlete
{
    /// <summary>0-based position in the cohort; the group id of every row of this athlete.</summary>
    public required int Index { get; init; }

    /// <summary>The dataset's own (pseudonymous) name, e.g. "p01" or "Athlete 04".</summary>
    public required string Name { get; init; }

    public Sex Sex { get; init; }

    public double? AgeYears { get; init; }

    /// <summary>Sport as the dataset describes it, or null when it does not say.</summary>
    public string? Sport { get; init; }

    /// <summary>Competitive level as the dataset describes it, or null when it does not say.</summary>
    public string? Level { get; init; }

    /// <summary>Consecutive athlete-days, first to last recorded day.</summary>
    public required IReadOnlyList<AthleteDay> Days { get; init; }

    /// <summary>Days on which a new injury began, ascending.</summary>
    public IReadOnlyList<DateOnly> InjuryOnsets { get; init; } = [];

    /// <summary>
    /// Days on which the athlete reported on injuries (an empty report included), ascending. Null when every day is
    /// observed (a team's medical record). An injury window without a report has an unknown label.
    /// </summary>
    public IReadOnlyList<DateOnly>? InjuryReportDays { get; init; }

    /// <summary>Further daily load channels aligned with <see cref="Days"/>, e.g. "distance_m" (team GPS).</summary>
    public IReadOnlyDictionary<string, double[]> ExtraLoads { get; init; } = new Dictionary<string, double[]>();

    /// <summary>Static measurements, e.g. "height_cm", "run_5km_s".</summary>
    public IReadOnlyDictionary<string, double> Static { get; init; } = new Dictionary<string, double>();

    public DateOnly FirstDay => Days[0].Date;

    public DateOnly LastDay => Days[^1].Date;

    /// <summary>Index into <see cref="Days"/> of <paramref name="date"/>, or −1 when outside the record.</summary>
    public int DayIndex(DateOnly date)
    {
        var i = date.DayNumber - FirstDay.DayNumber;
        return i >= 0 && i < Days.Count ? i : -1;
    }
}
