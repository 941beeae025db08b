namespace Formcast.Signals.Tests;

public sealed class SpectralTests
{
    [Fact]
    public void WelchAndPeriodogram_MatchScipySignal()
    {
        // Reference: scipy.signal.welch / periodogram (window="hann", detrend="constant", scaling="density").
        var s = ParityFixtures.Load("signals.stats.json").GetProperty("spectra");
        var x = s.GetProperty("x").Doubles();
        var fs = s.Number("fs");

        var segment = s.GetProperty("welch_segment").GetInt32();
        var welch = new double[Spectral.OneSidedLength(segment)];
        ParityFixtures.Close(s.Number("welch_df"), Spectral.Welch(x, fs, segment, welch), 1e-12, "Welch Δf");
        ParityFixtures.Close(s.GetProperty("welch").Doubles(), welch, 1e-9, "Welch PSD");

        var fftLength = s.GetProperty("periodogram_fft_length").GetInt32();
        var periodogram = new double[Spectral.OneSidedLength(fftLength)];
        ParityFixtures.Close(s.Number("periodogram_df"), Spectral.Periodogram(x, fs, fftLength, periodogram), 1e-12, "periodogram Δf");
        ParityFixtures.Close(s.GetProperty("periodogram").Doubles(), periodogram, 1e-9, "periodogram");
    }

    [Fact]
    public void BandPower_OfASine_IsHalfItsSquaredAmplitude()
    {
        // A sine of amplitude A carries power A²/2; on a bin (2 Hz = 64 · 1/32 Hz) the Hann window spreads it over the
        // two neighbouring bins only, and Parseval keeps the sum exact.
        const double Fs = 128;
        var x = Enumerable.Range(0, 4096).Select(i => 5 + (3 * Math.Sin(2 * Math.PI * 2.0 * i / Fs))).ToArray();
        var features = Spectral.Analyze(x, Fs, 1.5, 2.5);
        Assert.Equal(4.5, features.BandPower, 9);
        Assert.Equal(4.5, features.TotalPower, 9);
        Assert.Equal(2.0, features.DominantFrequencyHz, 12);
        // Bins of 1/6, 2/3, 1/6 of the power among the band's 32: H = 0.867 / ln 32 = 0.250.
        Assert.Equal(0.250, features.SpectralEntropy, 3);
    }

    [Fact]
    public void BandPower_IntegratesBinsFromLowInclusiveToHighExclusive()
    {
        double[] psd = [1, 2, 3, 4, 5];
        Assert.Equal((2 + 3) * 0.5, Spectral.BandPower(psd, 0.5, 0.5, 1.5), 12);
        Assert.Equal(0, Spectral.BandPower(psd, 0.5, 0.6, 0.9));
        Assert.Equal(1.5, Spectral.DominantFrequency([1, 9, 2, 9, 4], 0.5, 1.0, 2.5));
    }

    [Fact]
    public void SpectralEntropy_IsOneForAFlatSpectrum_AndZeroForOneLine()
    {
        Assert.Equal(1, Spectral.SpectralEntropy([2, 2, 2, 2, 2, 2], 1, 0, 10), 12);
        Assert.Equal(0, Spectral.SpectralEntropy([0, 0, 7, 0, 0], 1, 0, 10), 12);
        Assert.True(double.IsNaN(Spectral.SpectralEntropy([0, 0, 0], 1, 0, 10)));
    }

    [Fact]
    public void WhiteNoise_HasAHighSpectralEntropy()
    {
        var random = new Random(5);
        var x = Enumerable.Range(0, 4096).Select(_ => random.NextDouble() - 0.5).ToArray();
        var psd = new double[Spectral.OneSidedLength(256)];
        var df = Spectral.Welch(x, 100, 256, psd);
        Assert.InRange(Spectral.SpectralEntropy(psd, df, 1, 50), 0.97, 1.0);
    }
}
