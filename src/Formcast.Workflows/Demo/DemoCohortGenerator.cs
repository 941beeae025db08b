using System.Globalization;
using Formcast.Core;
using Formcast.Learning;
using Formcast.Workflows.Demo.Internal;

namespace Formcast.Workflows.Demo;

/// <summary>
/// Generates the seeded synthetic demo squad (model and parameters: docs/demo-cohort.md). Athletes are produced
/// one at a time so a caller can store each in its own transaction; athlete i depends only on the seed and i.
/// </summary>
public static class DemoCohortGenerator
{
    public static Team Team { get; } = new(new TeamId(Guid.Parse("6f6f0000-0000-4000-8000-000000000001", CultureInfo.InvariantCulture)), "Demo squad");

    public static IEnumerable<DemoAthlete> Generate(DemoCohortOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Validate() is { } problem) throw new ArgumentException(problem, nameof(options));
        var root = new Rng(options.Seed);
        var index = 0;
        foreach (var (sport, count) in options.Composition)
        {
            for (var k = 0; k < count; k++, index++)
            {
                var rng = root.Fork((ulong)index);
                // Half women: alternate within each group.
                var sex = k % 2 == 0 ? Sex.Female : Sex.Male;
                var profile = ProfileSampler.Sample(sport, sex, rng);
                var athlete = new Athlete
                {
                    Id = new AthleteId(DemoIds.Next(new Rng(options.Seed ^ 0xA5A5_0000_0000_0000UL).Fork((ulong)index))),
                    Handle = $"{Prefix(sport)}-{k + 1:00}",
                    DisplayName = $"Demo {Prefix(sport)} {k + 1}",
                    Sex = sex,
                    BirthYear = options.StartDate.Year - profile.AgeYears,
                    Sport = sport,
                    Level = profile.Level,
                    TimeZoneId = options.TimeZoneId,
                    Thresholds =
                    [
                        new PhysiologicalThresholds(options.StartDate, profile.MaxHeartRateBpm, profile.RestingHeartRateBpm,
                            ThresholdHeartRateBpm: Math.Round(profile.RestingHeartRateBpm + (0.87 * (profile.MaxHeartRateBpm - profile.RestingHeartRateBpm))),
                            ThresholdPaceSecondsPerKm: sport == Sport.GeneralFitness || sport == Sport.Throwing ? null : Math.Round(1000 / profile.ThresholdSpeedMetersPerSecond),
                            ThresholdPowerWatts: sport == Sport.GeneralFitness ? profile.ThresholdPowerWatts : null,
                            Vo2MaxMlPerKgPerMin: profile.Vo2MaxMlPerKgPerMin,
                            BodyMassKg: profile.BodyMassKg),
                    ],
                };
                yield return new AthleteSeasonSimulator(profile, athlete, options, rng).Run();
            }
        }
    }

    private static string Prefix(Sport sport) => sport switch
    {
        Sport.Sprinting => "sprint",
        Sport.DistanceRunning => "distance",
        Sport.Throwing => "throw",
        Sport.BallGame => "ball",
        Sport.GeneralFitness => "general",
        _ => sport.ToString().ToLowerInvariant(),
    };
}
