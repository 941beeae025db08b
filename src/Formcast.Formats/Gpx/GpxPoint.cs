namespace Formcast.Formats.Gpx;

/// <summary>
/// A GPX waypoint, route point or track point (<c>wptType</c>) with the sport values that extensions carry.
/// Absent values are <see cref="double.NaN"/>.
/// </summary>
/// <param name="LatitudeDegrees">WGS84 latitude (<c>lat</c> attribute), degrees.</param>
/// <param name="LongitudeDegrees">WGS84 longitude (<c>lon</c> attribute), degrees.</param>
/// <param name="ElevationMeters"><c>ele</c>, metres.</param>
/// <param name="Time"><c>time</c> (UTC), or null.</param>
/// <param name="SpeedMetersPerSecond">GPX 1.0 <c>speed</c>, or TrackPointExtension v2 <c>speed</c>, metres per second.</param>
/// <param name="HeartRateBpm">Garmin TrackPointExtension <c>hr</c>, beats per minute.</param>
/// <param name="Cadence">Garmin TrackPointExtension <c>cad</c>, per minute.</param>
/// <param name="TemperatureCelsius">Garmin TrackPointExtension <c>atemp</c>, °C.</param>
/// <param name="PowerWatts">Strava-style <c>power</c> or Garmin PowerExtension <c>PowerInWatts</c>, watts.</param>
/// <param name="Name"><c>name</c>, when given.</param>
public readonly record struct GpxPoint(
    double LatitudeDegrees,
    double LongitudeDegrees,
    double ElevationMeters,
    DateTimeOffset? Time,
    double SpeedMetersPerSecond,
    double HeartRateBpm,
    double Cadence,
    double TemperatureCelsius,
    double PowerWatts,
    string? Name);
