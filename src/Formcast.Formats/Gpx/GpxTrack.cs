namespace Formcast.Formats.Gpx;

/// <summary>A GPX track (<c>trk</c>).</summary>
public sealed record GpxTrack
{
    public string? Name { get; init; }

    /// <summary>The <c>type</c> element: free text such as "running" (Strava) or "cycling".</summary>
    public string? Type { get; init; }

    public int? Number { get; init; }

    public IReadOnlyList<GpxSegment> Segments { get; init; } = [];

    public int PointCount => Segments.Sum(s => s.Points.Count);

    /// <summary>True when the track has no point, or any point carries a time (gpxpy's <c>has_times</c> convention).</summary>
    public bool HasTimes => PointCount == 0 || Segments.Any(s => s.Points.Any(p => p.Time is not null));
}
