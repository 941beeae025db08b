namespace Formcast.Analytics;

/// <summary>
/// Heart-rate-based load on the same scale as <see cref="PowerLoad"/>: a session's Banister TRIMP divided by the TRIMP of
/// one hour at threshold heart rate, × 100 (GoldenCheetah's "TRIMP(100) Points", <c>src/Metrics/TRIMPPoints.cpp</c>).
/// The same constant set is used in numerator and denominator.
/// </summary>
public static class HeartRateLoad
{
    public static double Load(double trimp, double thresholdHeartRateBpm, double restingHeartRateBpm, double maxHeartRateBpm, (double A, double B) coefficients)
    {
        var oneHour = BanisterTrimp.FromAverage(60, thresholdHeartRateBpm, restingHeartRateBpm, maxHeartRateBpm, coefficients);
        return oneHour > 0 ? 100 * trimp / oneHour : double.NaN;
    }
}
