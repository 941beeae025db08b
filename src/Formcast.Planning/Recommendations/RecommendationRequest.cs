using Formcast.Core;

namespace Formcast.Planning;

/// <summary>
/// Everything a recommendation needs about one athlete: who they are, their athlete-days (daily load, any order,
/// up to yesterday), morning wellness (HRV as rMSSD, resting heart rate, mood), injuries, and sessions the coach
/// has set. At least a week of days is needed; four weeks give stable load and HRV baselines.
/// </summary>
public sealed record RecommendationRequest
{
    public required Athlete Athlete { get; init; }

    public required DateOnly Today { get; init; }

    public IReadOnlyList<AthleteDay> Days { get; init; } = [];

    public IReadOnlyList<WellnessEntry> Wellness { get; init; } = [];

    public IReadOnlyList<Injury> Injuries { get; init; } = [];

    /// <summary>Sessions the coach set for given dates; they replace whatever a planner proposes.</summary>
    public IReadOnlyList<PlannedSession> CoachSessions { get; init; } = [];

    public SafetyLimits Limits { get; init; } = new();

    /// <summary>Days of history used (the most recent ones before <see cref="Today"/>).</summary>
    public int HistoryDays { get; init; } = 42;

    /// <summary>Day of the current training block (0 = its first day) and the block's length, for planners that periodise.</summary>
    public int BlockDay { get; init; }

    public int BlockDays { get; init; } = 60;
}
