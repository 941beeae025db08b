namespace Formcast.Workflows.Demo.Internal;

/// <summary>The shape of a generated session's intensity over time.</summary>
internal enum SessionKind
{
    Steady = 0,
    Intervals = 1,
    Sprints = 2,
    Strength = 3,
    Intermittent = 4,
    Match = 5,
    Long = 6,
}
