namespace Formcast.Core;

/// <summary>Severity by time lost from training and competition (Fuller et al. 2006 consensus bands).</summary>
public enum InjurySeverity
{
    /// <summary>No time lost.</summary>
    Slight = 0,

    /// <summary>1–7 days lost.</summary>
    Minimal = 1,

    /// <summary>8–28 days lost.</summary>
    Moderate = 2,

    /// <summary>More than 28 days lost.</summary>
    Severe = 3,
}
