namespace Formcast.Signals.Tests;

public sealed class GapFillingTests
{
    private static readonly double Nan = double.NaN;

    [Fact]
    public void Linear_FillsShortInteriorGapsOnly()
    {
        double[] x = [Nan, 1, Nan, Nan, 4, Nan, Nan, Nan, 0, Nan];
        var filled = new double[x.Length];
        Assert.Equal(2, GapFilling.Linear(x, 2, filled));

        // The 3-sample gap exceeds the limit; leading and trailing runs are never extrapolated.
        Assert.Equal([Nan, 1, 2, 3, 4, Nan, Nan, Nan, 0, Nan], filled);
    }

    [Fact]
    public void Lagrange_WithTwoPointsPerSide_ReproducesACubicExactly()
    {
        static double Cubic(double i) => (0.5 * i * i * i) - (2 * i * i) + i + 3;
        var x = Enumerable.Range(0, 12).Select(i => Cubic(i)).ToArray();
        var truth = (double[])x.Clone();
        x[5] = x[6] = x[7] = Nan;
        var filled = new double[x.Length];
        Assert.Equal(3, GapFilling.Lagrange(x, 3, 2, filled));
        for (var i = 5; i <= 7; i++) Assert.Equal(truth[i], filled[i], 9);

        // A straight line (one point per side) cannot follow the curvature.
        GapFilling.Lagrange(x, 3, 1, filled);
        Assert.True(Math.Abs(filled[6] - truth[6]) > 1);
    }

    [Fact]
    public void Lagrange_SkipsMissingSamplesWhenGatheringNodes()
    {
        // Nodes left of the gap at 5: indices 4 and 2 (3 is missing); right: 6 and 7. A line through them all is exact.
        double[] x = [0, 1, 2, Nan, 4, Nan, 6, 7, 8];
        var filled = new double[x.Length];
        GapFilling.Lagrange(x, 1, 2, filled);
        Assert.Equal(3, filled[3], 12);
        Assert.Equal(5, filled[5], 12);
    }

    [Fact]
    public void NaturalSpline_MatchesMathNetsNaturalSplineThroughThePresentSamples()
    {
        var random = new Random(3);
        var x = Enumerable.Range(0, 60).Select(i => Math.Sin(i * 0.3) + (0.1 * random.NextDouble())).ToArray();
        foreach (var i in new[] { 4, 5, 17, 30, 31, 32, 33, 50 }) x[i] = Nan;
        var filled = new double[x.Length];
        Assert.Equal(8, GapFilling.NaturalSpline(x, 4, filled));

        // Independent oracle: MathNet.Numerics' natural cubic spline on the same knots.
        var knots = Enumerable.Range(0, x.Length).Where(i => !double.IsNaN(x[i])).ToArray();
        var reference = MathNet.Numerics.Interpolation.CubicSpline.InterpolateNatural(
            knots.Select(i => (double)i).ToArray(), knots.Select(i => x[i]).ToArray());
        for (var i = 0; i < x.Length; i++) Assert.Equal(reference.Interpolate(i), filled[i], 10);
    }

    [Fact]
    public void NaturalSpline_DoesNotBendAcrossAGapLongerThanTheLimit()
    {
        double[] left = [0, 1, Nan, 3, 4, Nan, Nan, Nan, Nan, Nan, 40, 90, 10];
        double[] other = [0, 1, Nan, 3, 4, Nan, Nan, Nan, Nan, Nan, -7, 3, 80];
        var a = new double[left.Length];
        var b = new double[left.Length];
        Assert.Equal(1, GapFilling.NaturalSpline(left, 2, a));
        GapFilling.NaturalSpline(other, 2, b);

        // Knots 0, 1, 3, 4 lie on a line, and the spline of that part alone is that line.
        Assert.Equal(2, a[2], 12);
        Assert.Equal(a[2], b[2]);
        Assert.True(double.IsNaN(a[7]));
    }

    [Fact]
    public void Fillers_RejectAnOverlappingDestination()
    {
        var x = new double[] { 1, Nan, 3 };
        Assert.Throws<ArgumentException>(() => GapFilling.Linear(x, 1, x));
    }
}
