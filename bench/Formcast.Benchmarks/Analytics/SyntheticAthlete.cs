using Formcast.Analytics;
using Formcast.Core;
using Formcast.Learning;

namespace Formcast.Benchmarks.Analytics;

/// <summary>
/// A seeded synthetic athlete-year for benchmarks: a weekly pattern (a rest day, one or two hard days, a long day) with
/// random loads and occasional extra sessions, about 8 % unrecorded days, and morning wellness on most days with an HRV
/// reading that dips after hard days.
/// </summary>
internal static class SyntheticAthlete
{
    public static readonly DateOnly Start = new(2023, 1, 2);

    public static AthleteDayInputs Generate(ulong seed, int days, bool withWellness = true)
    {
        var rng = new Rng(seed);
        var id = new AthleteId(new Guid((int)seed, 0, 0, new byte[8]));
        var sessions = new List<SessionLoad>(days);
        var wellness = new List<WellnessEntry>(withWellness ? days : 0);
        var baseLoad = 40 + (40 * rng.NextDouble());
        var previousLoad = 0.0;
        for (var d = 0; d < days; d++)
        {
            var date = Start.AddDays(d);
            var weekday = d % 7;
            var unrecorded = rng.NextDouble() < 0.08;
            var load = 0.0;
            if (!unrecorded && weekday != 0)
            {
                var factor = weekday switch { 2 or 4 => 1.6, 6 => 2.0, _ => 0.8 };
                load = baseLoad * factor * (0.7 + (0.6 * rng.NextDouble()));
                var source = (LoadSource)(1 + rng.NextInt(4));
                sessions.Add(new SessionLoad { Date = date, Load = load, Source = source, DurationMinutes = load * 0.8 });
                if (rng.NextDouble() < 0.1)
                    sessions.Add(new SessionLoad { Date = date, Load = 30, Source = LoadSource.SessionRpe, DurationMinutes = 45, SessionRpeLoad = 180 });
            }

            if (withWellness && !unrecorded && rng.NextDouble() < 0.85)
            {
                wellness.Add(new WellnessEntry
                {
                    AthleteId = id,
                    Date = date,
                    SleepDurationHours = 7 + (0.8 * rng.NextGaussian()),
                    SleepQuality = 1 + rng.NextInt(5),
                    Fatigue = 1 + rng.NextInt(5),
                    Soreness = 1 + rng.NextInt(5),
                    Stress = 1 + rng.NextInt(5),
                    Mood = 1 + rng.NextInt(5),
                    RestingHeartRateBpm = 50 + (0.02 * previousLoad) + (2 * rng.NextGaussian()),
                    Hrv = new HrvMeasurement(Math.Exp(4.1 - (0.002 * previousLoad) + (0.15 * rng.NextGaussian())), HrvMetric.Rmssd, "morning-chest-strap"),
                });
            }

            previousLoad = load;
        }

        return new AthleteDayInputs { Sessions = sessions, Wellness = wellness };
    }

    /// <summary>The daily load sums of <paramref name="inputs"/>, day 0 = <see cref="Start"/>.</summary>
    public static double[] DailyLoads(AthleteDayInputs inputs, int days)
    {
        var loads = new double[days];
        foreach (var s in inputs.Sessions) loads[s.Date.DayNumber - Start.DayNumber] += s.Load;
        return loads;
    }
}
