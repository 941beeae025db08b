namespace Formcast.Core;

/// <summary>Which heart-rate-variability statistic a value is. rMSSD and SDNN are not interchangeable.</summary>
public enum HrvMetric
{
    /// <summary>Root mean square of successive RR differences, milliseconds.</summary>
    Rmssd = 0,

    /// <summary>Standard deviation of NN intervals, milliseconds.</summary>
    Sdnn = 1,
}
