namespace Formcast.Signals.Tests;

public sealed class SmoothingTests
{
    [Fact]
    public void MovingMean_TruncatesTheWindowAtTheEnds()
    {
        double[] x = [1, 2, 3, 4, 5];
        var centred = new double[5];
        var trailing = new double[5];
        Smoothing.MovingMean(x, 3, WindowAlignment.Centered, centred);
        Smoothing.MovingMean(x, 3, WindowAlignment.Trailing, trailing);
        Assert.Equal([1.5, 2, 3, 4, 4.5], centred);
        Assert.Equal([1, 1.5, 2, 3, 4], trailing);
    }

    [Fact]
    public void MovingMedian_RejectsASpikeThatMovesTheMean()
    {
        double[] x = [1, 100, 3, 4, 5];
        var median = new double[5];
        Smoothing.MovingMedian(x, 3, WindowAlignment.Centered, median);

        // Windows: {1,100} → 50.5, {1,100,3} → 3, {100,3,4} → 4, {3,4,5} → 4, {4,5} → 4.5.
        Assert.Equal([50.5, 3, 4, 4, 4.5], median);
    }

    [Fact]
    public void Smoothers_SkipMissingSamples_AndGiveNaNForEmptyWindows()
    {
        double[] x = [2, double.NaN, double.NaN, double.NaN, 8, 4];
        var mean = new double[6];
        var median = new double[6];
        Smoothing.MovingMean(x, 3, WindowAlignment.Centered, mean);
        Smoothing.MovingMedian(x, 3, WindowAlignment.Centered, median);
        Assert.Equal(2, mean[0]);
        Assert.Equal(2, mean[1]);
        Assert.True(double.IsNaN(mean[2]));
        Assert.Equal(8, median[3]);
        Assert.Equal(6, median[4]);
        Assert.Equal(6, median[5]);
    }

    [Theory]
    [InlineData(1, WindowAlignment.Centered)]
    [InlineData(5, WindowAlignment.Centered)]
    [InlineData(31, WindowAlignment.Centered)]
    [InlineData(1, WindowAlignment.Trailing)]
    [InlineData(4, WindowAlignment.Trailing)]
    [InlineData(30, WindowAlignment.Trailing)]
    public void MovingMedian_EqualsTheMedianOfEachWindowComputedDirectly(int window, WindowAlignment alignment)
    {
        var random = new Random(7 + window);
        var x = new double[500];
        for (var i = 0; i < x.Length; i++)
            x[i] = random.NextDouble() < 0.1 ? double.NaN : Math.Round(random.NextDouble() * 20) / 2; // ties are common
        var median = new double[x.Length];
        Smoothing.MovingMedian(x, window, alignment, median);

        var (before, after) = alignment == WindowAlignment.Centered ? (window / 2, window / 2) : (window - 1, 0);
        for (var i = 0; i < x.Length; i++)
        {
            var present = x[Math.Max(0, i - before)..Math.Min(x.Length, i + after + 1)].Where(v => !double.IsNaN(v)).Order().ToArray();
            var expected = present.Length == 0 ? double.NaN
                : present.Length % 2 == 1 ? present[present.Length / 2]
                : (present[(present.Length / 2) - 1] + present[present.Length / 2]) / 2;
            Assert.Equal(expected, median[i]);
        }
    }

    [Fact]
    public void CentredWindow_MustBeOdd()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Smoothing.MovingMean(new double[4], 4, WindowAlignment.Centered, new double[4]));
        Assert.Throws<ArgumentException>(() => Smoothing.MovingMedian(new double[4], 3, WindowAlignment.Centered, new double[3]));
    }
}
