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
