namespace Formcast.Signals.Tests;

public sealed class NormalizationTests
{
    [Fact]
    public void MinMax_MapsPresentSamplesOntoZeroOne()
    {
        double[] x = [2, 4, double.NaN, 6];
        var scaled = new double[4];
        Assert.Equal((2.0, 6.0), Normalization.MinMax(x, scaled));
        Assert.Equal([0, 0.5, double.NaN, 1], scaled);
    }

    [Fact]
    public void ZScore_UsesThePopulationStandardDeviation()
    {
        // Mean 2, population SD √(2/3) (scikit-learn StandardScaler).
        double[] x = [1, 2, 3];
        var scaled = new double[3];
        var (mean, sd) = Normalization.ZScore(x, scaled);
        Assert.Equal(2, mean, 12);
        Assert.Equal(Math.Sqrt(2.0 / 3), sd, 12);
        Assert.Equal(-Math.Sqrt(1.5), scaled[0], 12);
        Assert.Equal(0, scaled[1], 12);
    }

    [Fact]
    public void ConstantInput_MapsToZero_InPlace()
    {
        double[] x = [7, 7, double.NaN];
        Normalization.ZScore(x, x);
        Assert.Equal([0, 0, double.NaN], x);
        double[] y = [7, 7];
        Normalization.MinMax(y, y);
        Assert.Equal([0, 0], y);
    }
}
