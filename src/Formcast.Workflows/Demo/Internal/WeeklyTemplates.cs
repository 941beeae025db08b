using Formcast.Core;

namespace Formcast.Workflows.Demo.Internal;

/// <summary>
/// Weekly training templates per group (Monday first; null = rest day), built from typical university programmes:
/// sprinters alternate speed and strength days, distance runners polarise easy volume with two quality sessions and
/// a long run, throwers combine technique and strength, ball-game players train three practices, a match and
/// strength, and the general population trains three to four times a week.
/// </summary>
internal static class WeeklyTemplates
{
    private static readonly SessionTemplate?[] Sprint =
    [
        new(SessionKind.Sprints, "speed", 60, 0.62, Sport.Running),
        new(SessionKind.Strength, "strength", 60, 0.50, Sport.StrengthTraining),
        new(SessionKind.Steady, "tempo", 45, 0.62, Sport.Running),
        new(SessionKind.Intervals, "speed endurance", 60, 0.75, Sport.Running),
        null,
        new(SessionKind.Strength, "strength and plyometrics", 60, 0.55, Sport.StrengthTraining),
        null,
    ];

    private static readonly SessionTemplate?[] Distance =
    [
        new(SessionKind.Steady, "easy run", 50, 0.62, Sport.Running),
        new(SessionKind.Intervals, "intervals", 70, 0.80, Sport.Running),
        new(SessionKind.Steady, "easy run", 60, 0.63, Sport.Running),
        new(SessionKind.Steady, "tempo run", 60, 0.78, Sport.Running),
        new(SessionKind.Steady, "recovery run", 40, 0.55, Sport.Running),
        new(SessionKind.Long, "long run", 100, 0.68, Sport.Running),
        null,
    ];

    private static readonly SessionTemplate?[] Throw =
    [
        new(SessionKind.Intermittent, "technique", 75, 0.45, Sport.Throwing),
        new(SessionKind.Strength, "strength", 75, 0.55, Sport.StrengthTraining),
        new(SessionKind.Intermittent, "technique", 60, 0.45, Sport.Throwing),
        new(SessionKind.Strength, "strength", 75, 0.58, Sport.StrengthTraining),
        null,
        new(SessionKind.Intermittent, "throws", 60, 0.50, Sport.Throwing),
        null,
    ];

    private static readonly SessionTemplate?[] Ball =
    [
        new(SessionKind.Intermittent, "practice", 90, 0.62, Sport.BallGame),
        new(SessionKind.Intermittent, "practice", 90, 0.66, Sport.BallGame),
        new(SessionKind.Strength, "strength", 60, 0.55, Sport.StrengthTraining),
        new(SessionKind.Intermittent, "practice", 90, 0.66, Sport.BallGame),
        new(SessionKind.Steady, "activation", 40, 0.50, Sport.BallGame),
        new(SessionKind.Match, "match", 95, 0.78, Sport.BallGame),
        null,
    ];

    private static readonly SessionTemplate?[] General =
    [
        new(SessionKind.Steady, "cycling", 45, 0.60, Sport.Cycling),
        null,
        new(SessionKind.Steady, "running", 40, 0.65, Sport.Running),
        null,
        new(SessionKind.Intervals, "cycling intervals", 45, 0.68, Sport.Cycling, 0.7),
        new(SessionKind.Steady, "running", 55, 0.58, Sport.Running, 0.5),
        null,
    ];

    /// <summary>Load multiplier by week within a four-week block (three build weeks and one recovery week).</summary>
    public static double BlockMultiplier(int week) => (week % 4) switch
    {
        0 => 0.95,
        1 => 1.05,
        2 => 1.15,
        _ => 0.70,
    };

    public static SessionTemplate? For(Sport sport, DayOfWeek day)
    {
        var index = ((int)day + 6) % 7;
        return sport switch
        {
            Sport.Sprinting => Sprint[index],
            Sport.DistanceRunning => Distance[index],
            Sport.Throwing => Throw[index],
            Sport.BallGame => Ball[index],
            _ => General[index],
        };
    }
}
