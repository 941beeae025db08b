using Formcast.Core;

namespace Formcast.Planning;

/// <summary>
/// A population to draw simulated individuals from: strata (sport × level, drawn uniformly), sexes (drawn
/// uniformly; the reference cohort is 1:1) and an age range (uniform). The presets mirror the reference study's
/// groups: university athletes and the general population (its main cohort, 18–25 years), youth athletes
/// (12–17), professional athletes (26–35) and retired athletes (35–50).
/// </summary>
public sealed record PopulationSpec(string Name, IReadOnlyList<PopulationStratum> Strata, IReadOnlyList<Sex> Sexes, double MinAgeYears, double MaxAgeYears)
{
    private static readonly Sex[] BothSexes = [Sex.Female, Sex.Male];

    private static readonly Sport[] AthleteSports = [Sport.Sprinting, Sport.DistanceRunning, Sport.Throwing, Sport.BallGame];

    /// <summary>The reference study's main cohort: four athlete groups (trained and competitive) and the general population, 18–25 years.</summary>
    public static PopulationSpec University { get; } = new("university",
        [.. Athletes(AthleteLevel.Trained, AthleteLevel.Competitive), new PopulationStratum(Sport.GeneralFitness, AthleteLevel.GeneralPopulation)],
        BothSexes, 18, 25);

    /// <summary>Youth athletes, 12–17 years, recreational and trained.</summary>
    public static PopulationSpec Youth { get; } = new("youth",
        [.. Athletes(AthleteLevel.Recreational, AthleteLevel.Trained)], BothSexes, 12, 17);

    /// <summary>Professional athletes, 26–35 years, national and elite level.</summary>
    public static PopulationSpec Professional { get; } = new("professional",
        [.. Athletes(AthleteLevel.National, AthleteLevel.Elite)], BothSexes, 26, 35);

    /// <summary>Retired athletes still training recreationally, 35–50 years.</summary>
    public static PopulationSpec Retired { get; } = new("retired",
        [.. Athletes(AthleteLevel.Recreational)], BothSexes, 35, 50);

    /// <summary>The general population, 18–65 years.</summary>
    public static PopulationSpec General { get; } = new("general",
        [new PopulationStratum(Sport.GeneralFitness, AthleteLevel.GeneralPopulation), new PopulationStratum(Sport.GeneralFitness, AthleteLevel.Recreational)],
        BothSexes, 18, 65);

    /// <summary>The presets by name.</summary>
    public static IReadOnlyList<PopulationSpec> Presets { get; } = [University, Youth, Professional, Retired, General];

    /// <summary>The preset called <paramref name="name"/> (case-insensitive), or null.</summary>
    public static PopulationSpec? Find(string name) =>
        Presets.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Throws <see cref="ArgumentException"/> when the population is empty or its ages are implausible.</summary>
    public void Validate()
    {
        if (Strata.Count == 0) throw new ArgumentException("a population needs at least one stratum", nameof(Strata));
        if (Sexes.Count == 0) throw new ArgumentException("a population needs at least one sex", nameof(Sexes));
        if (!(MinAgeYears >= 8) || !(MaxAgeYears >= MinAgeYears) || MaxAgeYears > 90)
            throw new ArgumentException($"age range {MinAgeYears}–{MaxAgeYears} is invalid", nameof(MinAgeYears));
    }

    private static IEnumerable<PopulationStratum> Athletes(params AthleteLevel[] levels) =>
        from sport in AthleteSports from level in levels select new PopulationStratum(sport, level);
}
