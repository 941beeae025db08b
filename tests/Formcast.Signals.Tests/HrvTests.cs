namespace Formcast.Signals.Tests;

public sealed class HrvTests
{
    private static readonly double Nan = double.NaN;

    [Fact]
    public void TimeDomain_OfAFiveBeatSeries_MatchesHandComputation()
    {
        // Mean 804 ms; deviations −4, 6, −14, 16, −4 → Σ² = 520 → SDNN √(520/4) = 11.4018;
        // successive differences 10, −20, 30, −20 → Σ² = 1800 → rMSSD √(1800/4) = 21.2132; none above 50 ms.
        double[] rr = [800, 810, 790, 820, 800];
        Assert.Equal(804, Hrv.MeanNnMs(rr), 12);
        Assert.Equal(60000.0 / 804, Hrv.MeanHeartRateBpm(rr), 12);
        Assert.Equal(Math.Sqrt(130), Hrv.Sdnn(rr), 12);
        Assert.Equal(Math.Sqrt(450), Hrv.Rmssd(rr), 12);
        Assert.Equal(0, Hrv.Pnn(rr));
    }

    [Fact]
    public void Pnn50_CountsDifferencesStrictlyAbove50Ms()
    {
        // Differences 60, −60, 50, −49: two of four exceed 50 ms (50 itself does not).
        Assert.Equal(50, Hrv.Pnn([1000, 1060, 1000, 1050, 1001]), 12);
        Assert.Equal(75, Hrv.Pnn([1000, 1060, 1000, 1050, 1001], thresholdMs: 49.5), 12);
    }

    [Fact]
    public void RemovedBeats_BreakTheSuccessiveDifferencesTheyTouch()
    {
        // Only the pair (820, 830) is complete.
        double[] nn = [800, Nan, 820, 830];
        Assert.Equal(10, Hrv.Rmssd(nn), 12);
        Assert.Equal(0, Hrv.Pnn(nn));
        // SDNN over 800, 820, 830: mean 816⅔, Σ(deviation)² = (2500 + 100 + 1600)/9, divisor 2.
        Assert.Equal(Math.Sqrt(4200.0 / 18), Hrv.Sdnn(nn), 12);
    }

    [Fact]
    public void Detect_FlagsMissedAndExtraBeats_WithAConfigurableThreshold()
    {
        double[] rr = [800, 810, 790, 800, 1600, 805, 795, 400, 810, 800, 1000, 790];
        var flags = new bool[rr.Length];
        Assert.Equal(3, RrArtefacts.Detect(rr, null, flags));
        Assert.Equal([4, 7, 10], Enumerable.Range(0, rr.Length).Where(i => flags[i]));

        // 1000 ms is 25 % above the local median of 800: an artefact at 20 %, not at 30 %.
        Assert.Equal(2, RrArtefacts.Detect(rr, new RrArtefactOptions { RelativeThreshold = 0.30 }, flags));
        Assert.False(flags[10]);
    }

    [Fact]
    public void Detect_FlagsImplausibleAndMissingIntervals()
    {
        double[] rr = [800, 200, 800, 2100, 800, Nan, 800];
        var flags = new bool[rr.Length];
        Assert.Equal(3, RrArtefacts.Detect(rr, null, flags));
        Assert.True(flags[1] && flags[3] && flags[5]);
    }

    [Fact]
    public void Correct_InterpolatesInteriorArtefacts_AndCopiesTheNearestBeatAtTheEnds()
    {
        double[] rr = [1600, 800, 810, 1600, 830, 840, 300];
        bool[] flags = [true, false, false, true, false, false, true];
        var nn = new double[rr.Length];
        Assert.Equal(3, RrArtefacts.Correct(rr, flags, RrCorrection.Interpolate, nn));
        Assert.Equal([800, 800, 810, 820, 830, 840, 840], nn);

        Assert.Equal(3, RrArtefacts.Correct(rr, flags, RrCorrection.Remove, nn));
        Assert.Equal([Nan, 800, 810, Nan, 830, 840, Nan], nn);
    }

    [Fact]
    public void RrFromBeatTimes_DropsRepeatedTimes()
    {
        var rr = new double[3];
        Assert.Equal(2, Hrv.RrFromBeatTimes([10, 10.8, 10.8, 11.61], rr));
        Assert.Equal(800, rr[0], 9);
        Assert.Equal(810, rr[1], 9);
    }

    [Fact]
    public void FrequencyDomain_OfModulatedBeats_PutsEachOscillationInItsBand()
    {
        // Ten minutes of beats whose interval oscillates 40 ms at 0.1 Hz (LF) and 20 ms at 0.25 Hz (HF): the band
        // powers are the oscillations' A²/2 = 800 and 200 ms².
        var rr = new List<double>();
        for (double t = 0; t < 600;)
        {
            var interval = 1000 + (40 * Math.Sin(2 * Math.PI * 0.1 * t)) + (20 * Math.Sin(2 * Math.PI * 0.25 * t));
            rr.Add(interval);
            t += interval / 1000;
        }

        var spectrum = Hrv.FrequencyDomain(rr.ToArray());
        Assert.NotNull(spectrum);
        Assert.InRange(spectrum.LowFrequencyPowerMs2, 760, 840);
        Assert.InRange(spectrum.HighFrequencyPowerMs2, 180, 220);
        Assert.InRange(spectrum.LowHighRatio, 3.6, 4.4);
        Assert.Equal(100, spectrum.LowFrequencyNormalized + spectrum.HighFrequencyNormalized, 9);
        Assert.Null(Hrv.FrequencyDomain([1000, 1000, 1000, 1000]));
    }

    [Fact]
    public void DfaAlpha1_IsAHalfForWhiteNoise_AndOneAndAHalfForABrownianWalk()
    {
        // Theory (Peng et al. 1995): uncorrelated increments give α = 0.5, their running sum α = 1.5.
        var random = new Random(2024);
        var white = new double[4000];
        var brown = new double[4000];
        double walk = 0;
        for (var i = 0; i < white.Length; i++)
        {
            var gaussian = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            white[i] = 900 + (30 * gaussian);
            walk += 5 * gaussian;
            brown[i] = 900 + walk;
        }

        Assert.InRange(Hrv.DfaAlpha1(white), 0.40, 0.60);
        Assert.InRange(Hrv.DfaAlpha1(brown), 1.35, 1.65);
        Assert.True(double.IsNaN(Hrv.DfaAlpha1(white.AsSpan(0, 15))));
    }

    [Fact]
    public void Analyze_CorrectsBeforeMeasuring()
    {
        double[] rr = [800, 810, 790, 800, 1600, 805, 795, 810, 800, 790, 805, 800, 810, 790, 800, 805, 795];
        var summary = Hrv.Analyze(rr);
        Assert.Equal(rr.Length, summary.BeatCount);
        Assert.Equal(1, summary.ArtefactCount);
        Assert.InRange(summary.RmssdMs, 5, 20);
        Assert.Equal(100.0 / rr.Length, summary.ArtefactPercent, 12);
        Assert.Null(summary.FrequencyDomain);
        Assert.False(double.IsNaN(summary.DfaAlpha1));
    }
}
