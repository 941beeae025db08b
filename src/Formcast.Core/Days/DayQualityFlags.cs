namespace Formcast.Core;

/// <summary>Caveats attached to an athlete-day's derived numbers.</summary>
[Flags]
public enum DayQualityFlags
{
    None = 0,

    /// <summary>Less than 28 days of load history: chronic load and acute:chronic ratios are provisional.</summary>
    ShortLoadHistory = 1,

    /// <summary>Less than 21 days of HRV in the baseline window: no HRV band is shown yet.</summary>
    ShortHrvBaseline = 2,

    /// <summary>No wellness answers today.</summary>
    NoWellness = 4,

    /// <summary>No HRV reading today.</summary>
    NoHrv = 8,

    /// <summary>One or more sessions had no usable load source and count as zero.</summary>
    UnratedSession = 16,

    /// <summary>Some of the day's values were imputed rather than measured.</summary>
    Imputed = 32,
}
