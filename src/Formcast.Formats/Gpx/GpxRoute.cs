namespace Formcast.Formats.Gpx;

/// <summary>A GPX route (<c>rte</c>): planned points, not a recording.</summary>
public sealed record GpxRoute(string? Name, int? Number, IReadOnlyList<GpxPoint> Points);
