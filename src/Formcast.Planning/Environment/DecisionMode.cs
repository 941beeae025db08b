namespace Formcast.Planning;

/// <summary>How often the planner decides.</summary>
public enum DecisionMode
{
    /// <summary>The reference study's configuration: one decision per 20-minute slot of the venue day
    /// (30 slots, 07:00–17:00; 60 days = 1800 steps).</summary>
    TwentyMinuteSlots = 0,

    /// <summary>One decision per day: the day's session (60 days = 60 steps).</summary>
    Daily = 1,
}
