using Formcast.Core;
using Formcast.Learning;

namespace Formcast.Workflows.Demo.Internal;

/// <summary>
/// Generates second-by-second streams for one session. The intended intensity (fraction of heart-rate reserve)
/// follows the session's shape (warm-up, main set, cool-down); heart rate follows it with first-order kinetics
/// (time constants about 30 s rising and 45 s falling, cf. the on/off kinetics reviewed by Borresen &amp; Lambert
/// 2008), cardiac drift after 20 minutes, a fatigue offset and AR(1) noise. Running speed maps intensity onto the
/// athlete's threshold speed; cycling power onto threshold power. Values are rounded to device resolution
/// (1 bpm, 1 mm/s, 1 W) and sensor dropouts leave gaps.
/// </summary>
internal static class SessionSimulator
{
    public static SimulatedSession Simulate(DemoProfile p, AthleteId athlete, SessionTemplate template, DateTimeOffset start,
        double minutes, double intensity, double fatigueBpm, Rng rng)
    {
        var n = Math.Max(60, (int)Math.Round(minutes * 60));
        var time = new double[n];
        var hr = new double[n];
        var plan = PlanIntensity(template.Kind, n, intensity, rng);
        var reserve = p.MaxHeartRateBpm - p.RestingHeartRateBpm;
        var current = p.RestingHeartRateBpm + (0.2 * reserve);
        var noise = 0.0;
        var sumFraction = 0.0;
        var riseFactor = 1 - Math.Exp(-1 / 30.0);
        var fallFactor = 1 - Math.Exp(-1 / 45.0);
        for (var i = 0; i < n; i++)
        {
            time[i] = i;
            var drift = i > 1200 ? 0.04 * (i - 1200) / 60.0 : 0;
            var target = p.RestingHeartRateBpm + (plan[i] * reserve) + fatigueBpm + drift;
            target = Math.Min(target, p.MaxHeartRateBpm);
            current += (target - current) * (target > current ? riseFactor : fallFactor);
            noise = (0.9 * noise) + (0.6 * rng.NextGaussian());
            hr[i] = Math.Round(Math.Clamp(current + noise, 40, p.MaxHeartRateBpm + 2));
            sumFraction += (hr[i] - p.RestingHeartRateBpm) / reserve;
        }

        AddDropout(hr, rng);
        var channels = new Dictionary<string, double[]> { [Channels.HeartRate.Name] = hr };
        double? distance = null, avgPower = null, ascent = null;
        if (template.Sport is Sport.Running or Sport.BallGame)
        {
            var speed = RunningSpeed(p, template.Kind, plan, rng);
            var dist = new double[n];
            var cadence = new double[n];
            for (var i = 0; i < n; i++)
            {
                dist[i] = Math.Round((i == 0 ? 0 : dist[i - 1]) + speed[i], 2);
                cadence[i] = speed[i] < 0.5 ? 0 : Math.Round(140 + (18 * Math.Min(speed[i], 9)));
            }

            channels[Channels.Speed.Name] = speed;
            channels[Channels.Distance.Name] = dist;
            channels[Channels.Cadence.Name] = cadence;
            distance = dist[^1];
            if (template.Kind == SessionKind.Long)
            {
                var altitude = new double[n];
                for (var i = 0; i < n; i++) altitude[i] = Math.Round((60 + (12 * Math.Sin(dist[i] / 1500.0))) * 5) / 5;
                channels[Channels.Altitude.Name] = altitude;
                ascent = Ascent(altitude);
            }
        }
        else if (template.Sport == Sport.Cycling)
        {
            var power = new double[n];
            var cadence = new double[n];
            var sum = 0.0;
            for (var i = 0; i < n; i++)
            {
                var coasting = rng.NextDouble() < 0.03;
                power[i] = coasting ? 0 : Math.Max(0, Math.Round(p.ThresholdPowerWatts * (plan[i] + 0.12) * (1 + (0.06 * rng.NextGaussian()))));
                cadence[i] = coasting ? 0 : Math.Round(86 + (4 * rng.NextGaussian()));
                sum += power[i];
            }

            channels[Channels.Power.Name] = power;
            channels[Channels.Cadence.Name] = cadence;
            avgPower = Math.Round(sum / n);
        }

        var streams = new SampleStreams(time, channels);
        var (avgHr, maxHr) = HeartRateSummary(hr);
        var activity = new Activity
        {
            Id = new ActivityId(DemoIds.Next(rng)),
            AthleteId = athlete,
            Sport = template.Sport,
            SubSport = template.Label,
            StartUtc = start,
            DurationSeconds = n,
            MovingSeconds = n,
            DistanceMeters = distance,
            AverageHeartRateBpm = avgHr,
            MaxHeartRateBpm = maxHr,
            AveragePowerWatts = avgPower,
            AscentMeters = ascent,
            Device = new DeviceInfo("formcast", "demo-sensor", null, "1"),
            SourceFormat = "synthetic",
            Laps = [new Lap(start, n, distance, avgHr, maxHr, distance is { } d ? Math.Round(d / n, 3) : null, avgPower)],
            Streams = streams,
        };
        return new SimulatedSession(activity, sumFraction / n);
    }

    /// <summary>Intended fraction of heart-rate reserve for each second.</summary>
    private static double[] PlanIntensity(SessionKind kind, int n, double target, Rng rng)
    {
        var plan = new double[n];
        var warmUp = Math.Max(300, n / 10);
        var coolDown = Math.Max(180, n / 12);
        var burst = target;
        for (var i = 0; i < n; i++)
        {
            var main = i - warmUp;
            double value = kind switch
            {
                SessionKind.Intervals => main % 360 < 240 ? target + 0.12 : target - 0.25,
                SessionKind.Sprints => main % 180 < 12 ? 0.97 : 0.30,
                SessionKind.Strength => main % 135 < 45 ? target + 0.15 : target - 0.15,
                SessionKind.Intermittent or SessionKind.Match => burst,
                SessionKind.Long => target + (0.03 * Math.Sin(i / 600.0)),
                _ => target + (0.02 * Math.Sin(i / 300.0)),
            };
            if ((kind is SessionKind.Intermittent or SessionKind.Match) && i % 30 == 0)
                burst = Math.Clamp(target + (0.14 * rng.NextGaussian()), 0.2, 0.98);
            if (kind == SessionKind.Match && main > (n - warmUp - coolDown) / 2 && main < ((n - warmUp - coolDown) / 2) + 600) value = 0.2;
            if (i < warmUp) value = 0.30 + ((target - 0.30) * i / warmUp);
            else if (i >= n - coolDown) value = 0.30;
            plan[i] = Math.Clamp(value, 0.15, 1.0);
        }

        return plan;
    }

    private static double[] RunningSpeed(DemoProfile p, SessionKind kind, double[] plan, Rng rng)
    {
        var n = plan.Length;
        var speed = new double[n];
        var sprintTop = (p.Sex == Sex.Female ? 7.6 : 8.6) * (p.Sport == Sport.Sprinting ? 1.0 : 0.88);
        var current = 0.0;
        for (var i = 0; i < n; i++)
        {
            var x = plan[i];
            var target = x >= 0.95
                ? sprintTop
                : x < 0.25 ? 0.3 + x : p.ThresholdSpeedMetersPerSecond * (0.45 + (0.65 * x));
            if (kind is SessionKind.Intermittent or SessionKind.Match) target *= 0.7 + (0.3 * Math.Abs(rng.NextGaussian()));
            current += (target - current) * 0.3;
            speed[i] = Math.Round(Math.Max(0, current * (1 + (0.02 * rng.NextGaussian()))), 3);
        }

        return speed;
    }

    private static void AddDropout(double[] hr, Rng rng)
    {
        if (rng.NextDouble() >= 0.2 || hr.Length < 200) return;
        var length = 10 + rng.NextInt(50);
        var start = rng.NextInt(hr.Length - length);
        for (var i = start; i < start + length; i++) hr[i] = double.NaN;
    }

    private static (double Average, double Max) HeartRateSummary(double[] hr)
    {
        double sum = 0, max = 0;
        var count = 0;
        foreach (var v in hr)
        {
            if (double.IsNaN(v)) continue;
            sum += v;
            count++;
            max = Math.Max(max, v);
        }

        return (Math.Round(sum / Math.Max(1, count)), max);
    }

    private static double Ascent(double[] altitude)
    {
        var up = 0.0;
        for (var i = 1; i < altitude.Length; i++) up += Math.Max(0, altitude[i] - altitude[i - 1]);
        return Math.Round(up, 1);
    }
}
