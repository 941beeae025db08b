namespace Formcast.Planning;

/// <summary>
/// The physical qualities the simulator tracks, each with its own fitness–fatigue response. The split follows the
/// usual strength-and-conditioning taxonomy (energy systems plus force and skill); the reference study's Figure 4
/// prescribes by the same qualities (endurance for distance runners, strength for sprinters and throwers, technique
/// and conditioning for ball players).
/// </summary>
public enum TrainingQuality
{
    /// <summary>Aerobic power and capacity (VO2max, lactate threshold, economy).</summary>
    Aerobic = 0,

    /// <summary>Anaerobic (glycolytic) power and capacity, trained by work above threshold.</summary>
    Anaerobic = 1,

    /// <summary>Maximal and explosive strength.</summary>
    Strength = 2,

    /// <summary>Neuromuscular coordination, speed and sport technique.</summary>
    Neuromuscular = 3,
}

/// <summary>Helpers over <see cref="TrainingQuality"/>.</summary>
public static class TrainingQualities
{
    /// <summary>Number of qualities (the length of every per-quality array).</summary>
    public const int Count = 4;

    /// <summary>All qualities in index order.</summary>
    public static IReadOnlyList<TrainingQuality> All { get; } =
        [TrainingQuality.Aerobic, TrainingQuality.Anaerobic, TrainingQuality.Strength, TrainingQuality.Neuromuscular];

    /// <summary>Lower-case name used in reports and JSON.</summary>
    public static string Name(TrainingQuality quality) => quality switch
    {
        TrainingQuality.Aerobic => "aerobic",
        TrainingQuality.Anaerobic => "anaerobic",
        TrainingQuality.Strength => "strength",
        TrainingQuality.Neuromuscular => "neuromuscular",
        _ => throw new ArgumentOutOfRangeException(nameof(quality)),
    };
}
