namespace Formcast.Formats.Gpx;

/// <summary>
/// A decoded GPX 1.0 or 1.1 document (https://www.topografix.com/GPX/1/1/gpx.xsd,
/// https://www.topografix.com/GPX/1/0/gpx.xsd): waypoints, routes and tracks with the sport extensions Formcast reads.
/// </summary>
public sealed record GpxDocument
{
    /// <summary>The <c>version</c> attribute, "1.0" or "1.1" (null when absent).</summary>
    public string? Version { get; init; }

    /// <summary>The <c>creator</c> attribute.</summary>
    public string? Creator { get; init; }

    /// <summary>GPX 1.1 <c>metadata/name</c> or GPX 1.0 <c>name</c>.</summary>
    public string? Name { get; init; }

    /// <summary>File creation time (<c>metadata/time</c> in 1.1, <c>time</c> in 1.0).</summary>
    public DateTimeOffset? Time { get; init; }

    public IReadOnlyList<GpxPoint> Waypoints { get; init; } = [];

    public IReadOnlyList<GpxRoute> Routes { get; init; } = [];

    public IReadOnlyList<GpxTrack> Tracks { get; init; } = [];

    public int TrackPointCount => Tracks.Sum(t => t.PointCount);
}
