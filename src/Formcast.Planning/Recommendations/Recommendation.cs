using Formcast.Core;

namespace Formcast.Planning;

/// <summary>A recommendation: today's session, the coming week (today first), and what the safety limits changed.</summary>
public sealed record Recommendation
{
    public required PlannedSession Today { get; init; }

    /// <summary>Seven sessions, today first.</summary>
    public required IReadOnlyList<PlannedSession> Week { get; init; }

    public required string Planner { get; init; }

    /// <summary>The state the recommendation was made from (for explanations).</summary>
    public required AthleteStateSummary State { get; init; }

    /// <summary>Forecast of the week under these sessions (what-if baseline).</summary>
    public required IReadOnlyList<DayForecast> Forecast { get; init; }
}
