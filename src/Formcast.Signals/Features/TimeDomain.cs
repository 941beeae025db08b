using System.Numerics.Tensors;

namespace Formcast.Signals;

/// <summary>
/// Time-domain statistics of a signal. NaN marks a missing sample: every statistic ignores NaN and is computed
/// over the present samples; a statistic with too few present samples is NaN. Spans without NaN take a vectorised
/// path through <see cref="TensorPrimitives"/>.
/// </summary>
/// <remarks>
/// Conventions (named because tools differ): <see cref="StandardDeviation"/> divides by n − 1 (sample SD, as
/// Kubios HRV reports SDNN); <see cref="PopulationStandardDeviation"/> divides by n (numpy <c>std</c> default,
/// scikit-learn <c>StandardScaler</c>); <see cref="Skewness"/> and <see cref="Kurtosis"/> are the biased
/// moment ratios g1 = m3/m2^1.5 and g2 = m4/m2² − 3 (scipy.stats <c>skew</c>/<c>kurtosis</c> defaults, bias=True,
/// Fisher excess kurtosis), where m_k is the k-th central moment with divisor n.
/// </remarks>
public static class TimeDomain
{
    private const int ChunkLength = 512;

    /// <summary>Number of present (non-NaN) samples.</summary>
    public static int CountPresent(ReadOnlySpan<double> x)
    {
        if (!double.IsNaN(TensorPrimitives.Sum(x))) return x.Length;
        var count = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v)) count++;
        }

        return count;
    }

    /// <summary>Arithmetic mean of the present samples; NaN when none.</summary>
    public static double Mean(ReadOnlySpan<double> x)
    {
        var sum = TensorPrimitives.Sum(x);
        if (!double.IsNaN(sum)) return x.Length == 0 ? double.NaN : sum / x.Length;
        var count = 0;
        sum = 0;
        foreach (var v in x)
        {
            if (double.IsNaN(v)) continue;
            sum += v;
            count++;
        }

        return count == 0 ? double.NaN : sum / count;
    }

    /// <summary>Root mean square √(Σx²/n) of the present samples; NaN when none.</summary>
    public static double Rms(ReadOnlySpan<double> x)
    {
        var sumSquares = TensorPrimitives.SumOfSquares(x);
        if (!double.IsNaN(sumSquares)) return x.Length == 0 ? double.NaN : Math.Sqrt(sumSquares / x.Length);
        var count = 0;
        sumSquares = 0;
        foreach (var v in x)
        {
            if (double.IsNaN(v)) continue;
            sumSquares += v * v;
            count++;
        }

        return count == 0 ? double.NaN : Math.Sqrt(sumSquares / count);
    }

    /// <summary>Sample standard deviation (divisor n − 1) of the present samples; NaN with fewer than two.</summary>
    public static double StandardDeviation(ReadOnlySpan<double> x)
    {
        var (count, _, sumSquaredDeviations) = SquaredDeviations(x);
        return count < 2 ? double.NaN : Math.Sqrt(sumSquaredDeviations / (count - 1));
    }

    /// <summary>Population standard deviation (divisor n) of the present samples; NaN when none.</summary>
    public static double PopulationStandardDeviation(ReadOnlySpan<double> x)
    {
        var (count, _, sumSquaredDeviations) = SquaredDeviations(x);
        return count == 0 ? double.NaN : Math.Sqrt(sumSquaredDeviations / count);
    }

    /// <summary>Biased skewness g1 = m3 / m2^1.5 (scipy.stats.skew, bias=True); NaN with fewer than three samples or zero spread.</summary>
    public static double Skewness(ReadOnlySpan<double> x)
    {
        var (count, m2, m3, _) = CentralMoments(x);
        return count < 3 || m2 == 0 ? double.NaN : m3 / Math.Pow(m2, 1.5);
    }

    /// <summary>Biased excess kurtosis g2 = m4 / m2² − 3 (scipy.stats.kurtosis, fisher=True, bias=True); NaN with fewer than four samples or zero spread.</summary>
    public static double Kurtosis(ReadOnlySpan<double> x)
    {
        var (count, m2, _, m4) = CentralMoments(x);
        return count < 4 || m2 == 0 ? double.NaN : (m4 / (m2 * m2)) - 3;
    }

    /// <summary>
    /// Number of times consecutive present samples lie on opposite sides of <paramref name="level"/>. Samples equal
    /// to the level and NaN samples are skipped, so "+, level, −" is one crossing and a gap is bridged.
    /// </summary>
    /// <remarks>For acceleration, pass the mean (or subtract it first) to count crossings of the mean.</remarks>
    public static int ZeroCrossings(ReadOnlySpan<double> x, double level = 0)
    {
        var crossings = 0;
        var previousSign = 0;
        foreach (var v in x)
        {
            if (double.IsNaN(v) || v == level) continue;
            var sign = v > level ? 1 : -1;
            if (previousSign != 0 && sign != previousSign) crossings++;
            previousSign = sign;
        }

        return crossings;
    }

    /// <summary>Maximum minus minimum of the present samples; NaN when none.</summary>
    public static double PeakToPeak(ReadOnlySpan<double> x)
    {
        var (min, max) = PresentRange(x);
        return max - min;
    }

    /// <summary>All statistics of this class in one call.</summary>
    public static TimeDomainSummary Summarize(ReadOnlySpan<double> x) => new(
        CountPresent(x), Mean(x), StandardDeviation(x), Rms(x), Skewness(x), Kurtosis(x), ZeroCrossings(x, Mean(x)), PeakToPeak(x));

    /// <summary>Count, mean and Σ(x − mean)² of the present samples (two passes, vectorised when there is no NaN).</summary>
    internal static (int Count, double Mean, double SumSquaredDeviations) SquaredDeviations(ReadOnlySpan<double> x)
    {
        if (x.IsEmpty) return (0, double.NaN, double.NaN);
        var total = TensorPrimitives.Sum(x);
        double sum = 0;
        if (!double.IsNaN(total))
        {
            var mean = total / x.Length;
            Span<double> deviations = stackalloc double[ChunkLength];
            for (var start = 0; start < x.Length; start += ChunkLength)
            {
                var chunk = x.Slice(start, Math.Min(ChunkLength, x.Length - start));
                var d = deviations[..chunk.Length];
                TensorPrimitives.Subtract(chunk, mean, d);
                sum += TensorPrimitives.SumOfSquares(d);
            }

            return (x.Length, mean, sum);
        }

        var presentMean = Mean(x);
        var count = 0;
        foreach (var v in x)
        {
            if (double.IsNaN(v)) continue;
            sum += (v - presentMean) * (v - presentMean);
            count++;
        }

        return count == 0 ? (0, double.NaN, double.NaN) : (count, presentMean, sum);
    }

    private static (int Count, double M2, double M3, double M4) CentralMoments(ReadOnlySpan<double> x)
    {
        var mean = Mean(x);
        if (double.IsNaN(mean)) return (0, double.NaN, double.NaN, double.NaN);
        double s2 = 0, s3 = 0, s4 = 0;
        var count = 0;
        foreach (var v in x)
        {
            if (double.IsNaN(v)) continue;
            var d = v - mean;
            var d2 = d * d;
            s2 += d2;
            s3 += d2 * d;
            s4 += d2 * d2;
            count++;
        }

        return (count, s2 / count, s3 / count, s4 / count);
    }

    /// <summary>Minimum and maximum of the present samples (NaN, NaN when none).</summary>
    internal static (double Min, double Max) PresentRange(ReadOnlySpan<double> x)
    {
        if (x.IsEmpty) return (double.NaN, double.NaN);
        var (min, max) = (TensorPrimitives.Min(x), TensorPrimitives.Max(x));
        if (!double.IsNaN(min) && !double.IsNaN(max)) return (min, max);
        (min, max) = (double.PositiveInfinity, double.NegativeInfinity);
        foreach (var v in x)
        {
            if (double.IsNaN(v)) continue;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        return min > max ? (double.NaN, double.NaN) : (min, max);
    }
}
