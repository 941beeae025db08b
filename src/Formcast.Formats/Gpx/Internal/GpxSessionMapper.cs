using System.Globalization;
using Formcast.Core;
using Formcast.Formats.Common.Internal;
using Formcast.Formats.Xml.Internal;

namespace Formcast.Formats.Gpx.Internal;

/// <summary>
/// Turns a <see cref="GpxDocument"/> into a <see cref="RecordedFile"/>: each track with timed points is a session;
/// its segments share one clock (a gap between segments is a pause). Tracks without any time cannot be placed on
/// a clock and are reported, not guessed. Waypoints and routes are plans, not recordings, and are not sessions.
/// </summary>
internal static class GpxSessionMapper
{
    public static RecordedFile Map(GpxDocument document, DiagnosticCollector diagnostics)
    {
        var sessions = new List<RecordedSession>();
        for (var i = 0; i < document.Tracks.Count; i++)
        {
            var session = MapTrack(document.Tracks[i], i, diagnostics);
            if (session is not null) sessions.Add(session);
        }

        if (sessions.Count == 0)
        {
            diagnostics.Add(DiagnosticSeverity.Info, "gpx.no_sessions",
                string.Create(CultureInfo.InvariantCulture, $"no track with timed points ({document.Tracks.Count} tracks, {document.Waypoints.Count} waypoints, {document.Routes.Count} routes)"));
        }

        sessions.Sort((a, b) => a.StartUtc.CompareTo(b.StartUtc));
        return new RecordedFile
        {
            Format = "gpx",
            Device = string.IsNullOrWhiteSpace(document.Creator) ? null : new DeviceInfo(null, document.Creator.Trim()),
            CreatedUtc = document.Time,
            Sessions = sessions,
        };
    }

    private static RecordedSession? MapTrack(GpxTrack track, int index, DiagnosticCollector diagnostics)
    {
        var label = string.Create(CultureInfo.InvariantCulture, $"track {index + 1}{(track.Name is { Length: > 0 } n ? " '" + n + "'" : "")}");
        var buffer = new TrackSampleBuffer(track.PointCount);
        Span<double> row = stackalloc double[TrackSampleBuffer.ChannelCount];
        var untimed = 0;
        double distance = 0;
        double moving = 0;
        foreach (var segment in track.Segments)
        {
            var previous = (Lat: double.NaN, Lon: double.NaN);
            DateTimeOffset? segmentFirst = null, segmentLast = null;
            foreach (var p in segment.Points)
            {
                if (!double.IsNaN(p.LatitudeDegrees) && !double.IsNaN(p.LongitudeDegrees))
                {
                    if (!double.IsNaN(previous.Lat)) distance += Haversine.DistanceMeters(previous.Lat, previous.Lon, p.LatitudeDegrees, p.LongitudeDegrees);
                    previous = (p.LatitudeDegrees, p.LongitudeDegrees);
                }

                if (p.Time is not { } time)
                {
                    untimed++;
                    continue;
                }

                segmentFirst ??= time;
                segmentLast = time;
                row[TrackSampleBuffer.HeartRate] = p.HeartRateBpm;
                row[TrackSampleBuffer.Cadence] = p.Cadence;
                row[TrackSampleBuffer.Speed] = p.SpeedMetersPerSecond;
                row[TrackSampleBuffer.Power] = p.PowerWatts;
                row[TrackSampleBuffer.Altitude] = p.ElevationMeters;
                row[TrackSampleBuffer.Latitude] = p.LatitudeDegrees;
                row[TrackSampleBuffer.Longitude] = p.LongitudeDegrees;
                row[TrackSampleBuffer.Distance] = double.NaN;
                row[TrackSampleBuffer.Temperature] = p.TemperatureCelsius;
                buffer.Add(time, row);
            }

            if (segmentFirst is { } f && segmentLast is { } l && l > f) moving += (l - f).TotalSeconds;
        }

        if (buffer.Count == 0)
        {
            if (track.PointCount > 0)
            {
                diagnostics.Add(DiagnosticSeverity.Warning, "gpx.track.untimed",
                    string.Create(CultureInfo.InvariantCulture, $"{label}: none of its {track.PointCount} points has a <time>; the track cannot be placed on a clock and is left out"));
            }

            return null;
        }

        if (untimed > 0)
        {
            diagnostics.Add(DiagnosticSeverity.Warning, "gpx.trkpt.untimed",
                string.Create(CultureInfo.InvariantCulture, $"{label}: {untimed} of {track.PointCount} points have no <time> and are left out of the streams"));
        }

        if (buffer.OutOfOrderCount > 0)
        {
            diagnostics.Add(DiagnosticSeverity.Warning, "gpx.time.unordered",
                string.Create(CultureInfo.InvariantCulture, $"{label}: {buffer.OutOfOrderCount} points are earlier than the one before; samples were put in time order"));
        }

        var start = buffer.FirstTime!.Value;
        var streams = buffer.Build(start);
        return new RecordedSession
        {
            Sport = SportOf(track.Type),
            SubSport = string.IsNullOrWhiteSpace(track.Type) ? null : track.Type.Trim().ToLowerInvariant(),
            StartUtc = start,
            DurationSeconds = (buffer.LastTime!.Value - start).TotalSeconds,
            MovingSeconds = moving,
            DistanceMeters = distance > 0 ? distance : null,
            AverageHeartRateBpm = SeriesStats.Mean(streams.Get(Channels.HeartRate)),
            MaxHeartRateBpm = SeriesStats.Max(streams.Get(Channels.HeartRate)),
            AveragePowerWatts = SeriesStats.Mean(streams.Get(Channels.Power)),
            AscentMeters = SeriesStats.AscentOfRawRises(streams.Get(Channels.Altitude)),
            Streams = streams,
        };
    }

    /// <summary>
    /// GPX leaves <c>trk/type</c> free; apps write words ("running", "Ride", "hiking") and Strava once wrote numbers
    /// (its activity-type codes: 1 ride, 9 run, 10 walk/hike are the common ones seen in exports).
    /// </summary>
    private static Sport SportOf(string? type)
    {
        if (string.IsNullOrWhiteSpace(type)) return Sport.Other;
        var t = type.Trim().ToUpperInvariant();
        if (t is "1" || t.Contains("RIDE", StringComparison.Ordinal) || t.Contains("BIK", StringComparison.Ordinal) || t.Contains("CYCL", StringComparison.Ordinal))
            return Sport.Cycling;
        if (t is "9" || t.Contains("RUN", StringComparison.Ordinal)) return Sport.Running;
        if (t is "10" || t.Contains("WALK", StringComparison.Ordinal) || t.Contains("HIK", StringComparison.Ordinal)) return Sport.Walking;
        if (t.Contains("SWIM", StringComparison.Ordinal)) return Sport.Swimming;
        if (t.Contains("ROW", StringComparison.Ordinal)) return Sport.Rowing;
        if (t.Contains("SKI", StringComparison.Ordinal)) return Sport.CrossCountrySkiing;
        if (t.Contains("PADDL", StringComparison.Ordinal) || t.Contains("KAYAK", StringComparison.Ordinal) || t.Contains("CANOE", StringComparison.Ordinal))
            return Sport.Paddling;
        return Sport.Other;
    }
}
