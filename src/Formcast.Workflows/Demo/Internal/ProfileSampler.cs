using Formcast.Core;
using Formcast.Learning;

namespace Formcast.Workflows.Demo.Internal;

/// <summary>
/// Samples individual physiology from documented distributions (docs/demo-cohort.md). Sources: maximal heart rate
/// 208 − 0.7·age (Tanaka, Monahan &amp; Seals 2001); VO2max and resting heart rate ranges by group from the reference
/// study's baseline (68 bpm, 45 ml/kg/min, mood 3/5) shifted for trained groups; threshold speed from the
/// Daniels/Gilbert oxygen-cost equation at 88 % of VO2max (Daniels 2014).
/// </summary>
internal static class ProfileSampler
{
    public static DemoProfile Sample(Sport sport, Sex sex, Rng rng)
    {
        var female = sex == Sex.Female;
        var age = 18 + rng.NextInt(8);
        var general = sport == Sport.GeneralFitness;
        var level = general ? AthleteLevel.GeneralPopulation : rng.NextDouble() < 0.3 ? AthleteLevel.National : AthleteLevel.Competitive;
        var maxHr = Math.Round(208 - (0.7 * age) + (4 * rng.NextGaussian()));
        var restHr = Math.Round(Math.Clamp(general ? 66 + (6 * rng.NextGaussian()) : 54 + (5 * rng.NextGaussian()), 38, 82));

        var (vo2Male, vo2Female) = sport switch
        {
            Sport.DistanceRunning => (63.0, 55.0),
            Sport.BallGame => (55.0, 48.0),
            Sport.Sprinting => (52.0, 45.0),
            Sport.Throwing => (46.0, 40.0),
            _ => (45.0, 38.0),
        };
        var vo2 = Math.Round((female ? vo2Female : vo2Male) + (4 * rng.NextGaussian()), 1);
        var (massMale, massFemale) = sport == Sport.Throwing ? (96.0, 76.0) : sport == Sport.DistanceRunning ? (64.0, 53.0) : (74.0, 61.0);
        var mass = Math.Round((female ? massFemale : massMale) + (5 * rng.NextGaussian()), 1);

        // Threshold running speed: the speed whose oxygen cost is 88 % of VO2max.
        var thresholdSpeed = SpeedForOxygenCost(0.88 * vo2);
        var wattsPerKg = (female ? 2.4 : 2.9) * (vo2 / 45.0);
        var thresholdPower = Math.Round(wattsPerKg * mass * (0.95 + (0.1 * rng.NextDouble())));

        return new DemoProfile(
            sport, sex, age, level, maxHr, restHr, vo2, mass, thresholdSpeed, thresholdPower,
            LnRmssdBaseline: (general ? 3.75 : 4.15) + (0.3 * rng.NextGaussian()),
            WellnessCompliance: 0.65 + (0.32 * rng.NextDouble()),
            RpeCompliance: 0.80 + (0.18 * rng.NextDouble()),
            InjurySusceptibility: Math.Exp(0.4 * rng.NextGaussian()),
            // Elite athletes respond less to the same stimulus (the reference study's HIIT finding).
            ResponseToTraining: level == AthleteLevel.National ? 0.6 : general ? 1.3 : 1.0,
            LoadScale: 0.9 + (0.2 * rng.NextDouble()));
    }

    /// <summary>Running speed (m/s) whose oxygen cost equals <paramref name="vo2"/> ml/kg/min, inverting
    /// VO2 = −4.60 + 0.182258·v + 0.000104·v² with v in m/min (Daniels &amp; Gilbert 1979).</summary>
    public static double SpeedForOxygenCost(double vo2)
    {
        const double a = 0.000104, b = 0.182258;
        var c = -4.60 - vo2;
        var metersPerMinute = (-b + Math.Sqrt((b * b) - (4 * a * c))) / (2 * a);
        return metersPerMinute / 60.0;
    }
}
