using Formcast.Core;

namespace Formcast.Analytics;

/// <summary>
/// Banister's training impulse: <c>minutes × HRr × a × e^(b × HRr)</c> with
/// <c>HRr = (HR − HRrest) / (HRmax − HRrest)</c> (Banister 1991; Morton, Fitz-Clarke &amp; Banister 1990, J Appl Physiol
/// 69:1171). HRr is floored at 0 (GoldenCheetah scores 0 below resting HR; Runalyze takes max(0, HRr)).
/// </summary>
public static class BanisterTrimp
{
    /// <summary>The weighting constants (a, b) of <paramref name="set"/> for <paramref name="sex"/>.</summary>
    public static (double A, double B) Coefficients(TrimpConstantSet set, Sex sex) => set switch
    {
        TrimpConstantSet.Morton => sex == Sex.Female ? (0.86, 1.67) : (0.64, 1.92),
        TrimpConstantSet.GoldenCheetah => sex == Sex.Female ? (0.64, 1.67) : (0.64, 1.92),
        TrimpConstantSet.Runalyze => sex switch
        {
            Sex.Male => (0.64, 1.92),
            Sex.Female => (0.821776, 1.67),
            _ => (0.725215, 1.795),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(set), set, "unknown TRIMP constant set"),
    };

    /// <summary>Fraction of heart-rate reserve, floored at 0.</summary>
    public static double HeartRateReserveFraction(double heartRateBpm, double restingHeartRateBpm, double maxHeartRateBpm) =>
        Math.Max(0, (heartRateBpm - restingHeartRateBpm) / (maxHeartRateBpm - restingHeartRateBpm));

    /// <summary>TRIMP of <paramref name="minutes"/> at a constant (or average) heart rate.</summary>
    public static double FromAverage(double minutes, double heartRateBpm, double restingHeartRateBpm, double maxHeartRateBpm, (double A, double B) coefficients)
    {
        var hrr = HeartRateReserveFraction(heartRateBpm, restingHeartRateBpm, maxHeartRateBpm);
        return minutes * hrr * coefficients.A * Math.Exp(coefficients.B * hrr);
    }

    /// <summary>
    /// Runalyze's summation: the stream is binned into a histogram of seconds per whole bpm (truncated, as PHP array keys
    /// truncate), then <c>a × Σ_bpm minutes(bpm) × HRr(bpm) × e^(b × HRr(bpm))</c>. Each sample stands for the interval
    /// ending at it (see <see cref="SampleDurations"/>); NaN samples are skipped.
    /// </summary>
    public static double FromHistogram(
        ReadOnlySpan<double> timeSeconds, ReadOnlySpan<double> heartRateBpm, double restingHeartRateBpm, double maxHeartRateBpm,
        (double A, double B) coefficients, double maxSampleIntervalSeconds = SampleDurations.DefaultMaxIntervalSeconds)
    {
        if (timeSeconds.Length != heartRateBpm.Length) throw new ArgumentException("time and heart-rate streams differ in length", nameof(heartRateBpm));
        var durations = SampleDurations.Compute(timeSeconds, maxSampleIntervalSeconds);
        var histogram = new SortedDictionary<int, double>();
        for (var i = 0; i < heartRateBpm.Length; i++)
        {
            if (double.IsNaN(heartRateBpm[i]) || durations[i] == 0) continue;
            var bpm = (int)heartRateBpm[i];
            histogram[bpm] = histogram.GetValueOrDefault(bpm) + durations[i];
        }

        var sum = 0.0;
        foreach (var (bpm, seconds) in histogram)
        {
            var hrr = HeartRateReserveFraction(bpm, restingHeartRateBpm, maxHeartRateBpm);
            sum += seconds / 60 * hrr * Math.Exp(coefficients.B * hrr);
        }

        return coefficients.A * sum;
    }
}
