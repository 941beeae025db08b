namespace Formcast.Workflows.Athletes;

/// <summary>One readiness contributor as shown: today's value against the athlete's own baseline.</summary>
/// <param name="Name">Machine name ("hrv", "resting_hr", "sleep_duration", …).</param>
/// <param name="Label">Plain name.</param>
/// <param name="Value">Today's value in <paramref name="Unit"/> (for HRV the 7-day mean of ln rMSSD).</param>
/// <param name="Unit">Unit of the value and baseline.</param>
/// <param name="BaselineMean">The athlete's own baseline mean.</param>
/// <param name="BandLow">Lower edge of the HRV normal band (HRV only).</param>
/// <param name="BandHigh">Upper edge of the HRV normal band (HRV only).</param>
/// <param name="ZScore">Signed so that positive is better.</param>
/// <param name="Band">"normal", "yellow" or "red" by |z| ("below band", "inside band" or "above band" for HRV), or
/// "building" while the baseline forms.</param>
/// <param name="Direction">"raises", "lowers" or "neutral": the effect on readiness today.</param>
/// <param name="Explanation">One plain sentence.</param>
public sealed record ContributorView(
    string Name, string Label, double? Value, string Unit, double? BaselineMean, double? BandLow, double? BandHigh, double? ZScore,
    string Band, string Direction, string Explanation);
