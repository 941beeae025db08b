using System.Globalization;
using Formcast.Core;
using Formcast.Formats.Common.Internal;
using Formcast.Formats.Xml.Internal;

namespace Formcast.Formats.Tcx.Internal;

/// <summary>
/// Turns a <see cref="TcxDocument"/> into the format-neutral <see cref="RecordedFile"/>: one session per activity
/// (a multisport session's legs become separate sessions), track points on a common clock, lap summaries kept.
/// </summary>
internal static class TcxSessionMapper
{
    public static RecordedFile Map(TcxDocument document, DiagnosticCollector diagnostics)
    {
        var sessions = new List<RecordedSession>(document.Activities.Count);
        for (var i = 0; i < document.Activities.Count; i++)
        {
            var session = MapActivity(document.Activities[i], i, diagnostics);
            if (session is not null) sessions.Add(session);
        }

        if (sessions.Count == 0)
        {
            // A TCX of courses or workouts only is valid but holds no recording.
            diagnostics.Add(DiagnosticSeverity.Info, "tcx.no_sessions",
                string.Create(CultureInfo.InvariantCulture, $"no recorded activity with a usable time ({document.Activities.Count} activities read)"));
        }

        sessions.Sort((a, b) => a.StartUtc.CompareTo(b.StartUtc));
        var creator = document.Activities.Select(a => a.Creator).FirstOrDefault(c => c is not null);
        return new RecordedFile
        {
            Format = "tcx",
            Device = creator is null ? null : new DeviceInfo(null, creator.Name, creator.UnitId, creator.Version),
            OwnerHints = creator?.UnitId is { Length: > 0 } unit ? [unit] : [],
            Sessions = sessions,
        };
    }

    private static RecordedSession? MapActivity(TcxActivity activity, int index, DiagnosticCollector diagnostics)
    {
        var buffer = new TrackSampleBuffer(activity.TrackpointCount);
        Span<double> row = stackalloc double[TrackSampleBuffer.ChannelCount];
        var untimed = 0;
        foreach (var lap in activity.Laps)
        {
            foreach (var p in lap.Trackpoints)
            {
                if (p.Time is not { } time)
                {
                    untimed++;
                    continue;
                }

                row[TrackSampleBuffer.HeartRate] = p.HeartRateBpm;
                row[TrackSampleBuffer.Cadence] = double.IsNaN(p.Cadence) ? p.RunCadence : p.Cadence;
                row[TrackSampleBuffer.Speed] = p.SpeedMetersPerSecond;
                row[TrackSampleBuffer.Power] = p.PowerWatts;
                row[TrackSampleBuffer.Altitude] = p.AltitudeMeters;
                row[TrackSampleBuffer.Latitude] = p.LatitudeDegrees;
                row[TrackSampleBuffer.Longitude] = p.LongitudeDegrees;
                row[TrackSampleBuffer.Distance] = p.DistanceMeters;
                row[TrackSampleBuffer.Temperature] = double.NaN;
                buffer.Add(time, row);
            }
        }

        var label = string.Create(CultureInfo.InvariantCulture, $"activity {index + 1} ({activity.Sport})");
        if (untimed > 0)
        {
            diagnostics.Add(DiagnosticSeverity.Warning, "tcx.trackpoint.untimed",
                string.Create(CultureInfo.InvariantCulture, $"{label}: {untimed} trackpoints have no <Time> and are left out of the streams"));
        }

        if (buffer.OutOfOrderCount > 0)
        {
            diagnostics.Add(DiagnosticSeverity.Warning, "tcx.time.unordered",
                string.Create(CultureInfo.InvariantCulture, $"{label}: {buffer.OutOfOrderCount} trackpoints are earlier than the one before; samples were put in time order"));
        }

        var start = Nullables.Earliest(activity.Laps.Select(l => l.StartTime).Append(activity.Id).Append(buffer.FirstTime));
        if (start is not { } startUtc)
        {
            diagnostics.Add(DiagnosticSeverity.Warning, "tcx.activity.untimed", $"{label}: no lap start, id or trackpoint time; the activity is left out");
            return null;
        }

        var end = Nullables.Latest(activity.Laps
            .Where(l => l.StartTime is not null && l.TotalTimeSeconds is not null)
            .Select(l => (DateTimeOffset?)l.StartTime!.Value.AddSeconds(l.TotalTimeSeconds!.Value))
            .Append(buffer.LastTime)) ?? startUtc;

        var streams = buffer.Count > 0 ? buffer.Build(startUtc) : null;
        var laps = MapLaps(activity, label, diagnostics);
        return new RecordedSession
        {
            Sport = SportOf(activity.Sport),
            SubSport = activity.MultiSportSession is null ? null : "multisport",
            StartUtc = startUtc,
            DurationSeconds = Math.Max(0, (end - startUtc).TotalSeconds),
            MovingSeconds = Nullables.Sum(activity.Laps.Select(l => l.TotalTimeSeconds)),
            DistanceMeters = Nullables.Sum(activity.Laps.Select(l => l.DistanceMeters)) ?? SeriesStats.Max(streams?.Get(Channels.Distance)),
            AverageHeartRateBpm = TimeWeighted(activity.Laps, l => l.AverageHeartRateBpm) ?? SeriesStats.Mean(streams?.Get(Channels.HeartRate)),
            MaxHeartRateBpm = Nullables.Max(activity.Laps.Select(l => l.MaximumHeartRateBpm).Append(SeriesStats.Max(streams?.Get(Channels.HeartRate)))),
            AveragePowerWatts = TimeWeighted(activity.Laps, l => l.AveragePowerWatts) ?? SeriesStats.Mean(streams?.Get(Channels.Power)),
            AscentMeters = SeriesStats.AscentOfRawRises(streams?.Get(Channels.Altitude)),
            EnergyKilocalories = Nullables.Sum(activity.Laps.Select(l => l.Calories)),
            Laps = laps,
            Streams = streams,
        };
    }

    private static Lap[] MapLaps(TcxActivity activity, string label, DiagnosticCollector diagnostics)
    {
        var laps = new List<Lap>(activity.Laps.Count);
        for (var i = 0; i < activity.Laps.Count; i++)
        {
            var lap = activity.Laps[i];
            var start = lap.StartTime ?? lap.Trackpoints.Select(p => p.Time).FirstOrDefault(t => t is not null);
            if (start is null)
            {
                diagnostics.Add(DiagnosticSeverity.Warning, "tcx.lap.untimed",
                    string.Create(CultureInfo.InvariantCulture, $"{label}, lap {i + 1}: no StartTime and no timed trackpoint; the lap summary is left out"));
                continue;
            }

            var averageSpeed = lap.AverageSpeedMetersPerSecond ??
                (lap is { DistanceMeters: { } d, TotalTimeSeconds: > 0 } ? d / lap.TotalTimeSeconds.Value : null);
            laps.Add(new Lap(
                start.Value,
                lap.TotalTimeSeconds ?? 0,
                lap.DistanceMeters,
                lap.AverageHeartRateBpm,
                lap.MaximumHeartRateBpm,
                averageSpeed,
                lap.AveragePowerWatts,
                lap.Cadence ?? lap.AverageRunCadence,
                lap.TriggerMethod));
        }

        return laps.ToArray();
    }

    /// <summary>TCX v2 knows three sports (Sport_t): Running, Biking, Other.</summary>
    private static Sport SportOf(string sport) => sport.Trim().ToUpperInvariant() switch
    {
        "RUNNING" => Sport.Running,
        "BIKING" => Sport.Cycling,
        _ => Sport.Other,
    };

    /// <summary>Lap values weighted by lap timer time; null unless every lap has both.</summary>
    private static double? TimeWeighted(IReadOnlyList<TcxLap> laps, Func<TcxLap, double?> value)
    {
        if (laps.Count == 0) return null;
        double sum = 0, weight = 0;
        foreach (var lap in laps)
        {
            if (value(lap) is not { } v || lap.TotalTimeSeconds is not ({ } t and > 0)) return null;
            sum += v * t;
            weight += t;
        }

        return weight > 0 ? sum / weight : null;
    }
}
