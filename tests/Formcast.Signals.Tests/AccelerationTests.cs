namespace Formcast.Signals.Tests;

public sealed class AccelerationTests
{
    [Fact]
    public void Magnitude_IsTheEuclideanNorm_EvenInPlace()
    {
        double[] x = [3, 0, double.NaN];
        double[] y = [4, 0, 1];
        double[] z = [12, Acceleration.StandardGravity, 1];
        Acceleration.Magnitude(x, y, z, x);
        Assert.Equal(13, x[0], 12);
        Assert.Equal(Acceleration.StandardGravity, x[1], 12);
        Assert.True(double.IsNaN(x[2]));

        var dynamic = new double[1];
        Acceleration.DynamicMagnitude([0], [0], [Acceleration.StandardGravity], dynamic);
        Assert.Equal(0, dynamic[0], 12);
    }

    [Fact]
    public void LinearAcceleration_FollowsTheFirstOrderGravityFilter()
    {
        // τ = 1 s at 1 Hz: α = 1/(1 + 1) = 0.5. Gravity 0 → 0.5 → 0.75, so linear = 0, 0.5, 0.25.
        double[] a = [0, 1, 1];
        var (lx, ly, lz) = (new double[3], new double[3], new double[3]);
        Acceleration.LinearAcceleration(a, a, a, 1, 1, lx, ly, lz);
        Assert.Equal([0, 0.5, 0.25], lx);
        Assert.Equal(lx, lz);
    }

    [Fact]
    public void LinearMagnitude_RemovesATiltedConstantGravity()
    {
        // A still device tilted 30°: after the filter settles (≫ τ) nothing but gravity remains, so the motion is ~0.
        var n = 2000;
        var gx = Enumerable.Repeat(Acceleration.StandardGravity * Math.Sin(Math.PI / 6), n).ToArray();
        var gz = Enumerable.Repeat(Acceleration.StandardGravity * Math.Cos(Math.PI / 6), n).ToArray();
        var motion = new double[n];
        Acceleration.LinearMagnitude(gx, new double[n], gz, 100, 0.5, motion);
        Assert.All(motion, m => Assert.True(m < 1e-9));
    }
}
