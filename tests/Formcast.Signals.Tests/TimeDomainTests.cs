namespace Formcast.Signals.Tests;

public sealed class TimeDomainTests
{
    // Hand-computed: mean 5, Σ(x − 5)² = 32, so population SD 2 and sample SD √(32/7); Σx² = 232, RMS √29.
    private static readonly double[] Textbook = [2, 4, 4, 4, 5, 5, 7, 9];

    [Fact]
    public void Statistics_OfATextbookSeries_MatchHandComputedValues()
    {
        Assert.Equal(5, TimeDomain.Mean(Textbook), 12);
        Assert.Equal(2, TimeDomain.PopulationStandardDeviation(Textbook), 12);
        Assert.Equal(Math.Sqrt(32.0 / 7), TimeDomain.StandardDeviation(Textbook), 12);
        Assert.Equal(Math.Sqrt(29), TimeDomain.Rms(Textbook), 12);
        Assert.Equal(7, TimeDomain.PeakToPeak(Textbook), 12);
    }

    [Fact]
    public void Kurtosis_OfOneToFour_IsMinus1Point36()
    {
        // m2 = 1.25, m4 = 2.5625, g2 = 2.5625 / 1.5625 − 3 = −1.36; symmetric, so g1 = 0.
        Assert.Equal(-1.36, TimeDomain.Kurtosis([1, 2, 3, 4]), 12);
        Assert.Equal(0, TimeDomain.Skewness([1, 2, 3, 4]), 12);
    }

    [Fact]
    public void Statistics_IgnoreMissingSamples()
    {
        double[] withGaps = [double.NaN, 2, 4, double.NaN, 4, 4, 5, 5, 7, 9, double.NaN];
        var summary = TimeDomain.Summarize(withGaps);
        var reference = TimeDomain.Summarize(Textbook);
        Assert.Equal(8, summary.Count);
        Assert.Equal(reference, summary);
    }

    [Fact]
    public void Statistics_WithoutEnoughSamples_AreNaN()
    {
        Assert.True(double.IsNaN(TimeDomain.Mean([])));
        Assert.True(double.IsNaN(TimeDomain.Mean([double.NaN, double.NaN])));
        Assert.True(double.IsNaN(TimeDomain.StandardDeviation([3])));
        Assert.True(double.IsNaN(TimeDomain.Skewness([1, 1, 1])));
        Assert.True(double.IsNaN(TimeDomain.PeakToPeak([])));
        Assert.True(double.IsNaN(TimeDomain.Rms([double.NaN])));
    }

    [Fact]
    public void ZeroCrossings_SkipSamplesOnTheLevelAndBridgeGaps()
    {
        // 1→−1 crosses; −1, 0, −2 does not; −2→3 crosses; 3, NaN, −1 crosses.
        Assert.Equal(3, TimeDomain.ZeroCrossings([1, -1, 0, -2, 3, double.NaN, -1]));
        Assert.Equal(2, TimeDomain.ZeroCrossings([9, 11, 9, 10], level: 10));
    }

    [Fact]
    public void Moments_OfASkewedSample_MatchNumpyAndScipy()
    {
        // Reference: bench/parity/signals.py (numpy.std, scipy.stats.skew/kurtosis with bias=True, Fisher).
        var m = ParityFixtures.Load("signals.stats.json").GetProperty("moments");
        var x = m.GetProperty("x").Doubles();
        ParityFixtures.Close(m.Number("mean"), TimeDomain.Mean(x), 1e-12, "mean");
        ParityFixtures.Close(m.Number("std_sample"), TimeDomain.StandardDeviation(x), 1e-12, "sample SD");
        ParityFixtures.Close(m.Number("std_population"), TimeDomain.PopulationStandardDeviation(x), 1e-12, "population SD");
        ParityFixtures.Close(m.Number("rms"), TimeDomain.Rms(x), 1e-12, "RMS");
        ParityFixtures.Close(m.Number("skewness"), TimeDomain.Skewness(x), 1e-10, "skewness");
        ParityFixtures.Close(m.Number("kurtosis"), TimeDomain.Kurtosis(x), 1e-10, "kurtosis");
    }
}
