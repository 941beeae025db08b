using System.Numerics.Tensors;
using Formcast.Signals.Internal;

namespace Formcast.Signals;

/// <summary>
/// Min–max and z-score normalisation. Statistics are taken over the present samples; NaN (missing) stays NaN.
/// Each method returns the parameters it used, so the same scaling can be applied to new data.
/// <c>destination</c> may be the same span as <c>x</c> (in-place).
/// </summary>
/// <remarks>
/// Constant input follows scikit-learn's <c>MinMaxScaler</c>/<c>StandardScaler</c>: a zero range or SD is treated as
/// 1, so every present sample maps to 0 instead of dividing by zero.
/// </remarks>
public static class Normalization
{
    /// <summary>(x − min) / (max − min), mapping the present samples onto [0, 1].</summary>
    /// <returns>The minimum and maximum used (NaN when nothing is present).</returns>
    public static (double Minimum, double Maximum) MinMax(ReadOnlySpan<double> x, Span<double> destination)
    {
        Check.SameLength(x.Length, destination.Length, nameof(destination));
        var (min, max) = TimeDomain.PresentRange(x);
        var range = max - min;
        TensorPrimitives.Subtract(x, min, destination);
        TensorPrimitives.Multiply(destination, range > 0 ? 1 / range : 1, destination);
        return (min, max);
    }

    /// <summary>
    /// (x − mean) / SD with the population SD (divisor n), as scikit-learn's <c>StandardScaler</c> and
    /// scipy.stats.zscore.
    /// </summary>
    /// <returns>The mean and SD used (NaN when nothing is present).</returns>
    public static (double Mean, double StandardDeviation) ZScore(ReadOnlySpan<double> x, Span<double> destination)
    {
        Check.SameLength(x.Length, destination.Length, nameof(destination));
        var (count, mean, sumSquares) = TimeDomain.SquaredDeviations(x);
        var sd = count == 0 ? double.NaN : Math.Sqrt(sumSquares / count);
        TensorPrimitives.Subtract(x, mean, destination);
        TensorPrimitives.Multiply(destination, sd > 0 ? 1 / sd : 1, destination);
        return (mean, sd);
    }
}
