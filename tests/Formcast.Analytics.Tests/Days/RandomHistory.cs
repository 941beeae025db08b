using Formcast.Core;
using Formcast.Learning;

namespace Formcast.Analytics.Tests.Days;

/// <summary>Seeded random athlete histories: sessions of every load source, days off, unrecorded gaps, wellness with
/// HRV from two sources and both statistics, and declared rest days.</summary>
internal static class RandomHistory
{
    public static AthleteDayInputs Generate(ulong seed, DateOnly start, int days)
    {
        var rng = new Rng(seed);
        var sessions = new List<SessionLoad>();
        var wellness = new List<WellnessEntry>();
        var rest = new HashSet<DateOnly>();
        var sources = new[] { LoadSource.Power, LoadSource.Pace, LoadSource.HeartRate, LoadSource.SessionRpe, LoadSource.None };
        for (var d = 0; d < days; d++)
        {
            var date = start.AddDays(d);
            var gap = rng.NextDouble() < 0.08;
            if (!gap && rng.NextDouble() < 0.7)
            {
                var count = 1 + rng.NextInt(2);
                for (var s = 0; s < count; s++)
                {
                    var source = sources[rng.NextInt(sources.Length)];
                    sessions.Add(new SessionLoad
                    {
                        Date = date,
                        Source = source,
                        Load = source == LoadSource.None ? 0 : 10 + (190 * rng.NextDouble()),
                        DurationMinutes = 20 + (100 * rng.NextDouble()),
                        BanisterTrimp = rng.NextDouble() < 0.5 ? 150 * rng.NextDouble() : null,
                        SessionRpeLoad = rng.NextDouble() < 0.5 ? 600 * rng.NextDouble() : null,
                    });
                }
            }
            else if (!gap && rng.NextDouble() < 0.3)
            {
                rest.Add(date);
            }

            if (!gap && rng.NextDouble() < 0.8)
            {
                HrvMeasurement? hrv = rng.NextDouble() < 0.85
                    ? new HrvMeasurement(Math.Exp(4 + (0.3 * rng.NextGaussian())), rng.NextDouble() < 0.1 ? HrvMetric.Sdnn : HrvMetric.Rmssd,
                        rng.NextDouble() < 0.15 ? "overnight-watch" : "morning-chest-strap")
                    : null;
                wellness.Add(new WellnessEntry
                {
                    AthleteId = TestData.AthleteId,
                    Date = date,
                    SleepDurationHours = rng.NextDouble() < 0.9 ? 7 + rng.NextGaussian() : null,
                    SleepQuality = 1 + rng.NextInt(5),
                    Fatigue = rng.NextDouble() < 0.9 ? 1 + rng.NextInt(5) : null,
                    Soreness = 1 + rng.NextInt(5),
                    Stress = 1 + rng.NextInt(5),
                    Mood = rng.NextDouble() < 0.7 ? 1 + rng.NextInt(5) : null,
                    Readiness = rng.NextDouble() < 0.5 ? rng.NextInt(11) : null,
                    RestingHeartRateBpm = rng.NextDouble() < 0.9 ? 50 + (4 * rng.NextGaussian()) : null,
                    Hrv = hrv,
                });
            }
        }

        return new AthleteDayInputs { Sessions = sessions, Wellness = wellness, RestDays = rest };
    }

    /// <summary>The raw inputs an incremental update from <paramref name="from"/> needs, and nothing earlier.</summary>
    public static AthleteDayInputs From(AthleteDayInputs all, DateOnly from, int lookbackDays) => new()
    {
        Sessions = [.. all.Sessions.Where(s => s.Date >= from)],
        Wellness = [.. all.Wellness.Where(w => w.Date >= from.AddDays(-lookbackDays))],
        RestDays = all.RestDays.Where(d => d >= from).ToHashSet(),
    };
}
