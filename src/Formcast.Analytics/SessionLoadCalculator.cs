using Formcast.Core;

namespace Formcast.Analytics;

/// <summary>
/// Scores sessions. Thresholds come from the athlete's record in force on the session's local day
/// (<see cref="Athlete.ThresholdsOn"/>); the chosen load is the first available of power → pace → heart rate → session
/// RPE, all on the common scale where one hour at threshold scores 100, and the source is recorded.
/// </summary>
public sealed class SessionLoadCalculator
{
    public SessionLoadCalculator(SessionLoadOptions? options = null)
    {
        Options = options ?? new SessionLoadOptions();
        Options.Validate();
    }

    public SessionLoadOptions Options { get; }

    /// <summary>Scores every activity, attaching each session RPE that names an activity to it; RPE entries without an
    /// activity (or naming one not given) are scored as manual sessions. Result ordered by day.</summary>
    public IReadOnlyList<SessionLoad> ComputeAll(Athlete athlete, IEnumerable<Activity> activities, IEnumerable<SessionRpe> sessionRpes)
    {
        var activityList = activities.ToList();
        var ids = activityList.Select(a => a.Id).ToHashSet();
        var rpeByActivity = new Dictionary<ActivityId, SessionRpe>();
        var result = new List<SessionLoad>();
        foreach (var rpe in sessionRpes)
        {
            if (rpe.ActivityId is { } id && ids.Contains(id)) rpeByActivity[id] = rpe;
            else result.Add(Compute(athlete, rpe));
        }

        foreach (var activity in activityList) result.Add(Compute(athlete, activity, rpeByActivity.GetValueOrDefault(activity.Id)));
        return [.. result.OrderBy(s => s.Date)];
    }

    /// <summary>Scores a session known only from its RPE rating.</summary>
    public SessionLoad Compute(Athlete athlete, SessionRpe rpe)
    {
        var raw = SessionRpeLoad.Compute(rpe.Rpe, rpe.DurationMinutes);
        return new SessionLoad
        {
            Date = rpe.Date,
            ActivityId = rpe.ActivityId,
            Sport = Sport.Other,
            DurationMinutes = rpe.DurationMinutes,
            SessionRpeLoad = raw,
            Load = RpeOnCommonScale(raw),
            Source = LoadSource.SessionRpe,
            ThresholdsFrom = athlete.ThresholdsOn(rpe.Date)?.EffectiveFrom,
        };
    }

    /// <summary>Scores a recorded activity, with its session RPE when the athlete gave one.</summary>
    public SessionLoad Compute(Athlete athlete, Activity activity, SessionRpe? rpe = null)
    {
        var day = athlete.LocalDayOf(activity.StartUtc);
        var thresholds = athlete.ThresholdsOn(day);
        var seconds = activity.MovingSeconds ?? activity.DurationSeconds;
        var minutes = seconds / 60;
        var notes = new List<string>();
        var streams = activity.Streams;
        var time = streams?.TimeSeconds ?? [];

        var heart = ScoreHeartRate(athlete, activity, thresholds, minutes, time, notes);
        var power = ScorePower(activity, thresholds, seconds, time, notes);
        var pace = ScorePace(activity, thresholds, seconds, time, notes);
        double? rpeRaw = rpe is null ? null : SessionRpeLoad.Compute(rpe.Rpe, rpe.DurationMinutes);

        var (load, source) =
            power.Load is { } p ? (p, LoadSource.Power)
            : pace.Load is { } q ? (q, LoadSource.Pace)
            : heart.Load is { } h ? (h, LoadSource.HeartRate)
            : rpeRaw is { } r ? (RpeOnCommonScale(r), LoadSource.SessionRpe)
            : (0.0, LoadSource.None);
        if (thresholds is null) notes.Add($"no thresholds in force on {day:yyyy-MM-dd}: only session RPE can score this session");

        return new SessionLoad
        {
            Date = day,
            ActivityId = activity.Id,
            Sport = activity.Sport,
            DurationMinutes = minutes,
            Load = load,
            Source = source,
            PowerLoad = power.Load,
            NormalisedPowerWatts = power.Normalised,
            PowerIntensity = power.Intensity,
            PowerZones = power.Zones,
            PaceLoad = pace.Load,
            GradeAdjustedSpeedMetersPerSecond = pace.Speed,
            PaceIntensity = pace.Intensity,
            PaceZones = pace.Zones,
            HeartRateLoad = heart.Load,
            BanisterTrimp = heart.Trimp,
            EdwardsTrimp = heart.Edwards,
            AverageHeartRateBpm = heart.Average,
            HeartRateZones = heart.Zones,
            SessionRpeLoad = rpeRaw,
            ThresholdsFrom = thresholds?.EffectiveFrom,
            Notes = notes,
        };
    }

    private double RpeOnCommonScale(double rpeLoad) => rpeLoad / Options.SessionRpeUnitsPerThresholdHour * 100;

    private (double? Load, double? Trimp, double? Edwards, double? Average, IReadOnlyList<ZoneTime> Zones) ScoreHeartRate(
        Athlete athlete, Activity activity, PhysiologicalThresholds? thresholds, double minutes, double[] time, List<string> notes)
    {
        var stream = Finite(activity.Streams?.Get(Channels.HeartRate));
        var average = activity.AverageHeartRateBpm ?? (stream is null ? null : TimeWeightedMean(time, stream));
        if (thresholds is null || average is null) return (null, null, null, average, []);

        var rest = thresholds.RestingHeartRateBpm;
        var max = thresholds.MaxHeartRateBpm;
        var coefficients = BanisterTrimp.Coefficients(Options.Trimp, athlete.Sex);
        var trimp = Options.Trimp == TrimpConstantSet.Runalyze && stream is not null
            ? BanisterTrimp.FromHistogram(time, stream, rest, max, coefficients, Options.MaxSampleIntervalSeconds)
            : BanisterTrimp.FromAverage(minutes, average.Value, rest, max, coefficients);
        var edwards = stream is not null
            ? EdwardsTrimp.FromSamples(time, stream, max, Options.MaxSampleIntervalSeconds)
            : EdwardsTrimp.FromAverage(minutes, average.Value, max);

        var threshold = thresholds.ThresholdHeartRateBpm;
        if (threshold is null && Options.EstimatedThresholdReserveFraction is { } fraction)
        {
            threshold = rest + (fraction * thresholds.HeartRateReserveBpm);
            notes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"threshold heart rate not tested: estimated as {fraction:P0} of heart-rate reserve ({threshold:0} bpm)"));
        }

        double? load = threshold is { } lthr ? FiniteOrNull(HeartRateLoad.Load(trimp, lthr, rest, max, coefficients)) : null;
        var zones = stream is null ? [] : ZoneTimes(
            thresholds.ThresholdHeartRateBpm is { } tested ? TrainingZones.HeartRateByThreshold(tested) : TrainingZones.HeartRateByMaximum(max),
            time, stream);
        return (load, trimp, edwards, average, zones);
    }

    private (double? Load, double? Normalised, double? Intensity, IReadOnlyList<ZoneTime> Zones) ScorePower(
        Activity activity, PhysiologicalThresholds? thresholds, double seconds, double[] time, List<string> notes)
    {
        if (!Options.PowerSports.Contains(activity.Sport) || thresholds?.ThresholdPowerWatts is not { } ftp) return (null, null, null, []);
        var stream = Finite(activity.Streams?.Get(Channels.Power));
        if (stream is not null)
        {
            var oneHertz = OneHertz.Resample(time, stream, Options.MaxPowerGapSeconds, 0);
            var np = PowerLoad.NormalisedPower(oneHertz);
            if (double.IsFinite(np))
            {
                return (PowerLoad.Load(oneHertz.Length, np, ftp), np, PowerLoad.Intensity(np, ftp),
                    ZoneTimes(TrainingZones.PowerByThreshold(ftp), time, stream));
            }
        }

        if (activity.AveragePowerWatts is { } average && average > 0)
        {
            notes.Add("no usable power stream: average power stands in for normalised power (underestimates variable efforts)");
            return (PowerLoad.Load(seconds, average, ftp), average, PowerLoad.Intensity(average, ftp), []);
        }

        return (null, null, null, []);
    }

    private (double? Load, double? Speed, double? Intensity, IReadOnlyList<ZoneTime> Zones) ScorePace(
        Activity activity, PhysiologicalThresholds? thresholds, double seconds, double[] time, List<string> notes)
    {
        if (!Options.PaceSports.Contains(activity.Sport) || thresholds?.ThresholdPaceSecondsPerKm is not { } pace) return (null, null, null, []);
        var thresholdSpeed = PaceLoad.ThresholdSpeed(pace);
        var streams = activity.Streams;
        var speed = Finite(streams?.Get(Channels.Speed));
        if (streams is not null && speed is not null)
        {
            var grades = new double[speed.Length];
            if (streams.Get(Channels.Grade) is { } gradePercent)
            {
                for (var i = 0; i < grades.Length; i++) grades[i] = double.IsNaN(gradePercent[i]) ? 0 : gradePercent[i] / 100;
            }
            else if (streams.Get(Channels.Distance) is { } distance && streams.Get(Channels.Altitude) is { } altitude)
            {
                GradeAdjustedPace.Grades(distance, altitude, grades);
            }
            else
            {
                notes.Add("no altitude or grade stream: pace is not grade-adjusted");
            }

            var (moving, mean) = PaceLoad.MeanAdjustedSpeed(time, speed, grades, Options.MaxSampleIntervalSeconds);
            if (moving > 0)
            {
                var intensity = PaceLoad.Intensity(mean, thresholdSpeed);
                return (PaceLoad.Load(moving, intensity), mean, intensity, ZoneTimes(TrainingZones.PaceByThreshold(pace), time, speed));
            }
        }

        if (activity.DistanceMeters is { } meters && meters > 0 && seconds > 0)
        {
            notes.Add("no speed stream: average pace is used without grade adjustment");
            var mean = meters / seconds;
            var intensity = PaceLoad.Intensity(mean, thresholdSpeed);
            return (PaceLoad.Load(seconds, intensity), mean, intensity, []);
        }

        return (null, null, null, []);
    }

    private IReadOnlyList<ZoneTime> ZoneTimes(ZoneSet set, double[] time, double[] values)
    {
        var seconds = new double[set.Zones.Count];
        TimeInZones.Compute(time, values, set.Floors(), seconds, Options.MaxSampleIntervalSeconds);
        return [.. set.Zones.Select((z, k) => new ZoneTime(z.Label, z.Low, z.High, seconds[k]))];
    }

    private static double[]? Finite(double[]? stream) => stream is not null && stream.Any(double.IsFinite) ? stream : null;

    private static double? FiniteOrNull(double value) => double.IsFinite(value) ? value : null;

    private static double? TimeWeightedMean(double[] time, double[] values)
    {
        var durations = SampleDurations.Compute(time);
        double sum = 0, weight = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsNaN(values[i])) continue;
            sum += durations[i] * values[i];
            weight += durations[i];
        }

        return weight > 0 ? sum / weight : null;
    }
}
