namespace Formcast.Core;

/// <summary>A daily HRV reading with the statistic it is and where it came from.</summary>
/// <param name="ValueMs">The statistic, milliseconds.</param>
/// <param name="Metric">rMSSD or SDNN.</param>
/// <param name="Source">Where it was measured, e.g. "morning-chest-strap", "hrv4training", "overnight-watch".</param>
public sealed record HrvMeasurement(double ValueMs, HrvMetric Metric, string Source)
{
    public string? Validate() =>
        ValueMs is > 0 and <= 400 ? null : $"HRV {ValueMs} ms is outside 0–400";
}
