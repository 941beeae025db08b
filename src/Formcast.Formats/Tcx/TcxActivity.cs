namespace Formcast.Formats.Tcx;

/// <summary>One TCX <c>Activity</c>: a sport, its laps and the recording device.</summary>
public sealed record TcxActivity
{
    /// <summary>The <c>Sport</c> attribute: "Running", "Biking" or "Other" in TCX v2.</summary>
    public required string Sport { get; init; }

    /// <summary>The activity <c>Id</c>, which TCX defines as its start time.</summary>
    public DateTimeOffset? Id { get; init; }

    public string? Notes { get; init; }

    public IReadOnlyList<TcxLap> Laps { get; init; } = [];

    public TcxCreator? Creator { get; init; }

    /// <summary>
    /// For activities inside a <c>MultiSportSession</c>: the session's index in the file (0, 1, …) — all legs of
    /// one triathlon share it. Null for a stand-alone activity.
    /// </summary>
    public int? MultiSportSession { get; init; }

    /// <summary>Total number of track points over all laps.</summary>
    public int TrackpointCount => Laps.Sum(l => l.Trackpoints.Count);
}
