namespace Formcast.Analytics;

/// <summary>
/// Readiness from personal baselines. HRV follows HRV4Training's normal-range method (Altini, "The importance of normal
/// values", 2022; Plews et al. 2012): ln rMSSD, a 7-day rolling mean, and a normal band of mean ± k·SD of the daily
/// values of the previous 60 days, with k = 0.5 (the smallest worthwhile change). Resting heart rate, sleep and wellness
/// answers are z-scores against the athlete's own recent mean, banded as AthleteMonitoring does (|z| ≥ 1 yellow,
/// ≥ 2 red).
/// </summary>
public sealed record ReadinessOptions
{
    /// <summary>Days before today whose HRV forms the normal band.</summary>
    public int HrvBaselineDays { get; init; } = 60;

    /// <summary>Days (ending today) averaged for the HRV trend.</summary>
    public int HrvRollingDays { get; init; } = 7;

    /// <summary>Fewest readings in the rolling window for a trend (Plews et al. ask for at least 3 of 7).</summary>
    public int MinimumHrvRollingValues { get; init; } = 3;

    /// <summary>Half-width of the normal band in baseline SDs (k).</summary>
    public double HrvBandWidthSd { get; init; } = 0.5;

    /// <summary>Fewest baseline readings before a band is shown (Garmin waits about three weeks).</summary>
    public int MinimumHrvBaselineValues { get; init; } = 21;

    /// <summary>Days before today forming the baseline of resting HR, sleep and wellness answers.</summary>
    public int WellnessBaselineDays { get; init; } = 28;

    /// <summary>Fewest baseline values before a z-score is given.</summary>
    public int MinimumWellnessBaselineValues { get; init; } = 7;

    /// <summary>|z| at or above which a contributor is flagged yellow and moves readiness.</summary>
    public double YellowZ { get; init; } = 1;

    /// <summary>|z| at or above which a contributor is flagged red.</summary>
    public double RedZ { get; init; } = 2;

    public void Validate()
    {
        Positive(HrvBaselineDays, nameof(HrvBaselineDays));
        Positive(HrvRollingDays, nameof(HrvRollingDays));
        Positive(MinimumHrvRollingValues, nameof(MinimumHrvRollingValues));
        Positive(MinimumHrvBaselineValues, nameof(MinimumHrvBaselineValues));
        Positive(WellnessBaselineDays, nameof(WellnessBaselineDays));
        Positive(MinimumWellnessBaselineValues, nameof(MinimumWellnessBaselineValues));
        if (MinimumHrvRollingValues > HrvRollingDays) throw new ArgumentOutOfRangeException(nameof(MinimumHrvRollingValues), MinimumHrvRollingValues, "cannot exceed HrvRollingDays");
        if (MinimumHrvBaselineValues < 2 || MinimumHrvBaselineValues > HrvBaselineDays)
            throw new ArgumentOutOfRangeException(nameof(MinimumHrvBaselineValues), MinimumHrvBaselineValues, "must lie in 2…HrvBaselineDays");
        if (MinimumWellnessBaselineValues < 2 || MinimumWellnessBaselineValues > WellnessBaselineDays)
            throw new ArgumentOutOfRangeException(nameof(MinimumWellnessBaselineValues), MinimumWellnessBaselineValues, "must lie in 2…WellnessBaselineDays");
        if (!(HrvBandWidthSd > 0)) throw new ArgumentOutOfRangeException(nameof(HrvBandWidthSd), HrvBandWidthSd, "must be positive");
        if (!(YellowZ > 0) || !(RedZ > YellowZ)) throw new ArgumentOutOfRangeException(nameof(RedZ), RedZ, "need 0 < YellowZ < RedZ");
    }

    /// <summary>Raw days before the first computed day that readiness needs.</summary>
    public int LookbackDays => Math.Max(HrvBaselineDays, Math.Max(WellnessBaselineDays, HrvRollingDays - 1));

    public string Describe() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"readiness=ln-rmssd {HrvRollingDays}d vs {HrvBaselineDays}d ±{HrvBandWidthSd:0.###}sd (min {MinimumHrvBaselineValues}), z {WellnessBaselineDays}d |z|≥{YellowZ:0.##}/{RedZ:0.##}");

    private static void Positive(int value, string name)
    {
        if (value <= 0) throw new ArgumentOutOfRangeException(name, value, "must be positive");
    }
}
