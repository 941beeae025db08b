namespace Formcast.Planning;

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
