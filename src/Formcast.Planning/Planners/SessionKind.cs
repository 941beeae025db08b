namespace Formcast.Planning;

/// <summary>Session templates the classic planners build weeks from.</summary>
public enum SessionKind
{
    Rest = 0,
    Easy = 1,
    Long = 2,
    Threshold = 3,
    Intervals = 4,
    Strength = 5,
    Technique = 6,
    MatchPlay = 7,
}
