using Formcast.Core;

namespace Formcast.Planning;

/// <summary>One cell of a population: a sport at a competitive level.</summary>
public readonly record struct PopulationStratum(Sport Sport, AthleteLevel Level)
{
    public override string ToString() => $"{SportName(Sport)} ({LevelName(Level)})";

    /// <summary>Lower-case sport name for reports.</summary>
    public static string SportName(Sport sport) => sport switch
    {
        Sport.Sprinting => "sprinting",
        Sport.DistanceRunning => "distance running",
        Sport.Throwing => "throwing",
        Sport.BallGame => "ball game",
        Sport.GeneralFitness => "general population",
        _ => sport.ToString().ToLowerInvariant(),
    };

    /// <summary>Lower-case level name for reports.</summary>
    public static string LevelName(AthleteLevel level) => level switch
    {
        AthleteLevel.GeneralPopulation => "general",
        _ => level.ToString().ToLowerInvariant(),
    };
}
