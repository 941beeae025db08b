namespace Formcast.Core;

/// <summary>A session proposed by a planner (or set by a coach) with target ranges and the reason for it.</summary>
public sealed record PlannedSession
{
    public required AthleteId AthleteId { get; init; }

    public required DateOnly Date { get; init; }

    public required SessionIntensity Intensity { get; init; }

    public double DurationMinutes { get; init; }

    /// <summary>Expected load in the athlete's load units.</summary>
    public double PlannedLoad { get; init; }

    public (double Low, double High)? HeartRateBpm { get; init; }

    public (double Low, double High)? PaceSecondsPerKm { get; init; }

    public (double Low, double High)? PowerWatts { get; init; }

    /// <summary>Which planner proposed it, e.g. "ppo", "fixed-periodisation", "coach".</summary>
    public string Planner { get; init; } = "";

    /// <summary>Plain-language reason shown to the athlete and coach.</summary>
    public string Reason { get; init; } = "";

    /// <summary>True when a coach set or changed it; coach overrides always win over planners.</summary>
    public bool IsCoachOverride { get; init; }
}
