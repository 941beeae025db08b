using Formcast.Signals.Internal;

namespace Formcast.Signals;

/// <summary>
/// Fills gaps (interior runs of NaN) in a series on a uniform clock, by linear, Lagrange or natural cubic spline
/// interpolation over the sample index. A run longer than <c>maxGapLength</c> samples is a real absence (the sensor
/// was off, the athlete stopped) and stays NaN; leading and trailing runs are never extrapolated. Resample irregular
/// samples to a common clock first (<see cref="Resampling"/>).
/// </summary>
/// <remarks>
/// Every method copies <c>x</c> to <c>destination</c> and then writes only the filled samples; <c>destination</c>
/// must not overlap <c>x</c>, so that each gap is filled from measured samples only. Each returns the number of
/// samples filled.
/// </remarks>
public static class GapFilling
{
    /// <summary>Largest <c>pointsPerSide</c> accepted by <see cref="Lagrange"/>; beyond a few points per side a polynomial oscillates anyway.</summary>
    public const int MaxPointsPerSide = 16;

    /// <summary>Straight line between the present samples on each side of the gap.</summary>
    /// <param name="x">Samples on a uniform clock; NaN = missing.</param>
    /// <param name="maxGapLength">Longest run of missing samples that is filled.</param>
    /// <param name="destination">Output, same length as <paramref name="x"/>.</param>
    public static int Linear(ReadOnlySpan<double> x, int maxGapLength, Span<double> destination)
    {
        Prepare(x, maxGapLength, destination);
        var filled = 0;
        foreach (var (start, length) in new MissingRuns(x))
        {
            if (length > maxGapLength) continue;
            var (left, right) = (x[start - 1], x[start + length]);
            for (var k = 1; k <= length; k++) destination[start + k - 1] = left + ((right - left) * k / (length + 1));
            filled += length;
        }

        return filled;
    }

    /// <summary>
    /// Lagrange polynomial through the <paramref name="pointsPerSide"/> nearest present samples on each side of the
    /// gap (degree 2·pointsPerSide − 1: cubic for the default 2). Meant for short gaps: a low-order local polynomial
    /// follows curvature that a straight line misses, and stays tame where a high-order one would oscillate (Runge).
    /// Fewer points are used where the series ends first.
    /// </summary>
    /// <remarks>Lagrange form of the interpolating polynomial, e.g. Burden &amp; Faires, Numerical Analysis, §3.1.</remarks>
    /// <param name="x">Samples on a uniform clock; NaN = missing.</param>
    /// <param name="maxGapLength">Longest run of missing samples that is filled.</param>
    /// <param name="pointsPerSide">Present samples taken on each side of the gap (1 = linear).</param>
    /// <param name="destination">Output, same length as <paramref name="x"/>.</param>
    public static int Lagrange(ReadOnlySpan<double> x, int maxGapLength, int pointsPerSide, Span<double> destination)
    {
        if (pointsPerSide is < 1 or > MaxPointsPerSide)
            throw new ArgumentOutOfRangeException(nameof(pointsPerSide), pointsPerSide, $"pointsPerSide must be 1–{MaxPointsPerSide}");
        Prepare(x, maxGapLength, destination);
        Span<double> nodes = stackalloc double[2 * pointsPerSide];
        Span<double> values = stackalloc double[nodes.Length];
        var filled = 0;
        foreach (var (start, length) in new MissingRuns(x))
        {
            if (length > maxGapLength) continue;
            var count = 0;
            for (int i = start - 1, taken = 0; i >= 0 && taken < pointsPerSide; i--)
            {
                if (double.IsNaN(x[i])) continue;
                (nodes[count], values[count]) = (i, x[i]);
                count++;
                taken++;
            }

            for (int i = start + length, taken = 0; i < x.Length && taken < pointsPerSide; i++)
            {
                if (double.IsNaN(x[i])) continue;
                (nodes[count], values[count]) = (i, x[i]);
                count++;
                taken++;
            }

            for (var k = start; k < start + length; k++) destination[k] = EvaluateLagrange(nodes[..count], values[..count], k);
            filled += length;
        }

        return filled;
    }

    /// <summary>
    /// Natural cubic spline (<see cref="NaturalCubicSpline"/>) through the present samples. The series is split at
    /// runs longer than <paramref name="maxGapLength"/>, and each part gets its own spline, so samples across a real
    /// absence do not bend the curve inside another gap.
    /// </summary>
    /// <param name="x">Samples on a uniform clock; NaN = missing.</param>
    /// <param name="maxGapLength">Longest run of missing samples that is filled.</param>
    /// <param name="destination">Output, same length as <paramref name="x"/>.</param>
    public static int NaturalSpline(ReadOnlySpan<double> x, int maxGapLength, Span<double> destination)
    {
        Prepare(x, maxGapLength, destination);
        var filled = 0;
        var partStart = -1;
        var partHasGap = false;
        foreach (var (start, length) in new MissingRuns(x))
        {
            if (partStart < 0) partStart = FirstPresent(x);
            if (length <= maxGapLength)
            {
                partHasGap = true;
                continue;
            }

            if (partHasGap) filled += FillPart(x, partStart, start, destination);
            partStart = start + length;
            partHasGap = false;
        }

        if (partHasGap) filled += FillPart(x, partStart, LastPresent(x) + 1, destination);
        return filled;
    }

    /// <summary>Fits a spline to the present samples in [start, end) and fills its missing ones.</summary>
    private static int FillPart(ReadOnlySpan<double> x, int start, int end, Span<double> destination)
    {
        var part = x[start..end];
        var present = TimeDomain.CountPresent(part);
        var knotX = new double[present];
        var knotY = new double[present];
        for (int i = 0, k = 0; i < part.Length; i++)
        {
            if (double.IsNaN(part[i])) continue;
            (knotX[k], knotY[k]) = (start + i, part[i]);
            k++;
        }

        var spline = NaturalCubicSpline.Fit(knotX, knotY);
        for (var i = 0; i < part.Length; i++)
        {
            if (double.IsNaN(part[i])) destination[start + i] = spline.Evaluate(start + i);
        }

        return part.Length - present;
    }

    private static double EvaluateLagrange(ReadOnlySpan<double> nodes, ReadOnlySpan<double> values, double t)
    {
        double sum = 0;
        for (var j = 0; j < nodes.Length; j++)
        {
            var basis = 1.0;
            for (var m = 0; m < nodes.Length; m++)
            {
                if (m != j) basis *= (t - nodes[m]) / (nodes[j] - nodes[m]);
            }

            sum += values[j] * basis;
        }

        return sum;
    }

    private static void Prepare(ReadOnlySpan<double> x, int maxGapLength, Span<double> destination)
    {
        Check.NonNegative(maxGapLength, nameof(maxGapLength));
        Check.SameLength(x.Length, destination.Length, nameof(destination));
        Check.NoOverlap(x, destination, nameof(destination));
        x.CopyTo(destination);
    }

    private static int FirstPresent(ReadOnlySpan<double> x)
    {
        var i = 0;
        while (i < x.Length && double.IsNaN(x[i])) i++;
        return i;
    }

    private static int LastPresent(ReadOnlySpan<double> x)
    {
        var i = x.Length - 1;
        while (i >= 0 && double.IsNaN(x[i])) i--;
        return i;
    }
}
