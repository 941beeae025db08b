namespace Formcast.Storage;

/// <summary>Number of rows of each kind visible to the asking context.</summary>
public sealed record StoreCounts(
    int Athletes,
    int Activities,
    int ActivitiesWithStreams,
    int Wellness,
    int SessionRpe,
    int Injuries,
    int Tests,
    int Races,
    int AthleteDays,
    int SourceFiles);
