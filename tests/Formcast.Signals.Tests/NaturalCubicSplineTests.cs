namespace Formcast.Signals.Tests;

public sealed class NaturalCubicSplineTests
{
    [Fact]
    public void Spline_ThroughThreeKnots_MatchesTheHandSolution()
    {
        // Knots (0,0), (1,1), (2,0): 4·M1 = 6·(−1 − 1) so M1 = −3; S(0.5) = −3·0.5³/6 + (1 + 3/6)·0.5 = 0.6875.
        var spline = NaturalCubicSpline.Fit([0, 1, 2], [0, 1, 0]);
        Assert.Equal(0.6875, spline.Evaluate(0.5), 14);
        Assert.Equal(0.6875, spline.Evaluate(1.5), 14);
        Assert.Equal(1, spline.Evaluate(1));
    }

    [Fact]
    public void Spline_OnIrregularKnots_MatchesMathNet()
    {
        var random = new Random(11);
        var x = new double[40];
        var y = new double[40];
        for (var i = 1; i < x.Length; i++) x[i] = x[i - 1] + 0.1 + random.NextDouble();
        for (var i = 0; i < y.Length; i++) y[i] = Math.Cos(x[i]) + random.NextDouble();
        var spline = NaturalCubicSpline.Fit(x, y);
        var reference = MathNet.Numerics.Interpolation.CubicSpline.InterpolateNatural(x, y);

        var at = Enumerable.Range(0, 500).Select(k => x[^1] * k / 499).ToArray();
        var values = new double[at.Length];
        spline.Evaluate(at, values);
        for (var k = 0; k < at.Length; k++)
        {
            Assert.Equal(reference.Interpolate(at[k]), values[k], 10);
            Assert.Equal(values[k], spline.Evaluate(at[k]), 12);
        }
    }

    [Fact]
    public void Spline_ThroughTwoKnots_IsAStraightLine_AndIsNotExtrapolated()
    {
        var spline = NaturalCubicSpline.Fit([1, 3], [10, 20]);
        Assert.Equal(12.5, spline.Evaluate(1.5), 12);
        Assert.True(double.IsNaN(spline.Evaluate(0.99)));
        Assert.True(double.IsNaN(spline.Evaluate(3.01)));
    }

    [Fact]
    public void Fit_RejectsKnotsThatDoNotIncrease()
    {
        Assert.Throws<ArgumentException>(() => NaturalCubicSpline.Fit([0, 1, 1], [0, 1, 2]));
        Assert.Throws<ArgumentException>(() => NaturalCubicSpline.Fit([0, 1, 2], [0, double.NaN, 2]));
    }
}
