namespace Formcast.Signals;

/// <summary>Result of a plausibility check on one sample.</summary>
public enum RangeStatus : byte
{
    /// <summary>Inside the channel's limits.</summary>
    InRange = 0,

    /// <summary>NaN: no value was recorded.</summary>
    Missing = 1,

    /// <summary>Below the channel's minimum.</summary>
    BelowMinimum = 2,

    /// <summary>Above the channel's maximum.</summary>
    AboveMaximum = 3,
}
