namespace Formcast.Formats.Tcx;

/// <summary>
/// One TCX <c>Trackpoint</c>. Values the file does not give are <see cref="double.NaN"/> (a struct of plain doubles
/// keeps a 10 000-point track at 88 bytes per point instead of boxed nullables).
/// </summary>
/// <param name="Time">The point's time (UTC), or null when the file gives none.</param>
/// <param name="LatitudeDegrees">WGS84 latitude, degrees.</param>
/// <param name="LongitudeDegrees">WGS84 longitude, degrees.</param>
/// <param name="AltitudeMeters">Altitude, metres.</param>
/// <param name="DistanceMeters">Cumulative distance, metres.</param>
/// <param name="HeartRateBpm">Heart rate, beats per minute.</param>
/// <param name="Cadence">The schema's <c>Cadence</c> (bike cadence, revolutions per minute).</param>
/// <param name="SpeedMetersPerSecond">ActivityExtension v2 <c>TPX/Speed</c>, metres per second.</param>
/// <param name="PowerWatts">ActivityExtension v2 <c>TPX/Watts</c>, watts.</param>
/// <param name="RunCadence">ActivityExtension v2 <c>TPX/RunCadence</c> (strides per minute, one foot).</param>
public readonly record struct TcxTrackpoint(
    DateTimeOffset? Time,
    double LatitudeDegrees,
    double LongitudeDegrees,
    double AltitudeMeters,
    double DistanceMeters,
    double HeartRateBpm,
    double Cadence,
    double SpeedMetersPerSecond,
    double PowerWatts,
    double RunCadence);
