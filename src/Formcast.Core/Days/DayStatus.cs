namespace Formcast.Core;

/// <summary>What is known about a day's training. A rest day (load 0 on purpose) and a day with nothing recorded
/// are different: only the first counts as zero load without a caveat.</summary>
public enum DayStatus
{
    /// <summary>Nothing was recorded and nothing says the athlete rested.</summary>
    NotRecorded = 0,

    /// <summary>The athlete reported (or the plan set) a rest day, or wellness was logged with no training.</summary>
    RestDay = 1,

    /// <summary>At least one session was recorded.</summary>
    Trained = 2,
}
