namespace Formcast.Core;

/// <summary>
/// A session rating of perceived exertion (Foster et al. 2001): the CR-10 rating given about 30 minutes after a
/// session, with the session's duration. Load = RPE × minutes (arbitrary units).
/// </summary>
public sealed record SessionRpe
{
    public required AthleteId AthleteId { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>CR-10 rating, 0 (rest) – 10 (maximal).</summary>
    public required double Rpe { get; init; }

    public required double DurationMinutes { get; init; }

    /// <summary>The recorded activity this rating belongs to, when known.</summary>
    public ActivityId? ActivityId { get; init; }

    /// <summary>Kind of session as the athlete or coach labelled it, e.g. "intervals", "match", "strength".</summary>
    public string? SessionType { get; init; }

    /// <summary>Foster session load, arbitrary units.</summary>
    public double Load => Rpe * DurationMinutes;

    public string? Validate()
    {
        if (Rpe is < 0 or > 10) return $"RPE {Rpe} is outside the CR-10 scale 0–10";
        if (DurationMinutes is < 0 or > 1440) return $"duration {DurationMinutes} min is outside 0–1440";
        return null;
    }
}
