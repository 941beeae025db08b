namespace Formcast.Formats.Gpx;

/// <summary>A track segment (<c>trkseg</c>): points recorded without interruption. May be empty.</summary>
public sealed record GpxSegment(IReadOnlyList<GpxPoint> Points);
