using System.Globalization;
using Formcast.TestSupport;

namespace Formcast.Signals.Tests;

public sealed class StepDetectorTests
{
    private const double RateHz = 100;

    /// <summary>Oxford step-counter "validation" traces (Samsung S6, ground-truth foot sensors); not used to choose the defaults.</summary>
    private static readonly string[] ValidationFiles =
    [
        "user1_armband_1506423438471.csv",
        "user1_frontpocket_1506422223341.csv",
        "user2_armband_1506423383401.csv",
        "user2_hand_1506421987098.csv",
    ];

    [Fact]
    public void DetectSteps_OnASyntheticGait_CountsEveryCycle()
    {
        // 60 s at 1.8 steps/s: 108 cycles of a 3 m/s² bounce on top of gravity, plus a little noise.
        var random = new Random(1);
        var magnitude = Enumerable.Range(0, 6000)
            .Select(i => Acceleration.StandardGravity + (3 * Math.Sin(2 * Math.PI * 1.8 * i / RateHz)) + (0.3 * (random.NextDouble() - 0.5)))
            .ToArray();
        var steps = StepDetector.DetectSteps(magnitude, RateHz);
        Assert.InRange(steps.Length, 107, 109);
        Assert.Equal(108, StepDetector.CadencePerMinute(steps, RateHz), 0);
        Assert.Equal(1.8, StepDetector.StepFrequencyHz(magnitude, RateHz), 1);
    }

    [Fact]
    public void DetectSteps_OnAStillDevice_FindsNone()
    {
        var still = Enumerable.Repeat(Acceleration.StandardGravity, 3000).ToArray();
        Assert.Empty(StepDetector.DetectSteps(still, RateHz));
    }

    [Fact]
    public void StepCount_OnOxfordValidationWalks_IsWithinAFewPercentOfGroundTruth()
    {
        Corpus.RequireRoot();
        var output = TestContext.Current.TestOutputHelper;
        var errors = new List<double>();
        foreach (var file in ValidationFiles)
        {
            var trace = CorpusFiles.ReadValidationTrace(file);
            var steps = StepDetector.DetectSteps(UniformMagnitude(trace), RateHz);
            var error = 100.0 * (steps.Length - trace.GroundTruthSteps) / trace.GroundTruthSteps;
            errors.Add(error);
            var datasetAlgorithm = 100.0 * (trace.DatasetAlgorithmSteps - trace.GroundTruthSteps) / trace.GroundTruthSteps;
            output?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{file}: {steps.Length} steps, ground truth {trace.GroundTruthSteps}, error {error:+0.0;-0.0} % (the dataset's own algorithm: {trace.DatasetAlgorithmSteps}, {datasetAlgorithm:+0.0;-0.0} %)"));
            Assert.InRange(error, -10, 10);
        }

        var meanAbsolute = errors.Average(Math.Abs);
        output?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mean absolute error {meanAbsolute:0.00} %"));
        Assert.True(meanAbsolute <= 4, $"mean absolute step-count error {meanAbsolute:0.00} %");
    }

    [Theory]
    [InlineData("Pixel_Jamie_Hard_Armband_1")]
    [InlineData("Pixel_Jamie_Hard_FrontPocket_1")]
    [InlineData("Samsung_Carmelo_Hard_InHand_1")]
    public void StepCount_OnOxfordOptimisationWalks_IsWithinFivePercent(string folder)
    {
        // These traces were used to choose the default options, so this is a fit check, not a validation.
        Corpus.RequireRoot();
        var trace = CorpusFiles.ReadOptimisationTrace(folder);
        Assert.Equal(StatsCsvSteps(folder), trace.GroundTruthSteps);
        var steps = StepDetector.DetectSteps(UniformMagnitude(trace), RateHz);
        var error = 100.0 * (steps.Length - trace.GroundTruthSteps) / trace.GroundTruthSteps;
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{folder}: {steps.Length} steps, ground truth {trace.GroundTruthSteps}, error {error:+0.0;-0.0} %"));
        Assert.InRange(error, -5, 5);
    }

    [Fact]
    public void StepFrequency_OfARealWalk_MatchesTheGroundTruthCadence()
    {
        // Ground-truth cadence over the middle half of the trace (cumulative foot-sensor count), against the
        // dominant frequency of the whole trace's step signal.
        Corpus.RequireRoot();
        var trace = CorpusFiles.ReadValidationTrace("user2_hand_1506421987098.csv");
        var (t, steps) = (trace.TimeSeconds, trace.GroundTruthCumulative);
        var (i1, i3) = (t.Length / 4, 3 * t.Length / 4);
        var truthHz = (steps[i3] - steps[i1]) / (t[i3] - t[i1]);
        var estimatedHz = StepDetector.StepFrequencyHz(UniformMagnitude(trace), RateHz);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"step frequency {estimatedHz:0.000} Hz, ground truth {truthHz:0.000} Hz"));
        Assert.InRange(estimatedHz / truthHz, 0.97, 1.03);
    }

    [Fact]
    public void ResampledMagnitudeSpectrum_OfARealWalk_MatchesNumpyAndScipy()
    {
        // Reference: np.interp to 100 Hz, |a|, scipy.signal.periodogram(hann, nfft = next power of two ≥ 4096).
        Corpus.RequireRoot();
        var expected = ParityFixtures.Load("signals.corpus.json").GetProperty("oxford_walk_spectrum");
        var trace = CorpusFiles.ReadValidationTrace(Path.GetFileName(expected.GetProperty("source").GetString()!));
        var magnitude = UniformMagnitude(trace);
        Assert.Equal(expected.GetProperty("samples").GetInt32(), magnitude.Length);
        ParityFixtures.Close(expected.Number("magnitude_mean"), TimeDomain.Mean(magnitude), 1e-12, "mean |a|");
        ParityFixtures.Close(expected.Number("magnitude_rms"), TimeDomain.Rms(magnitude), 1e-12, "RMS |a|");

        var features = Spectral.Analyze(magnitude, RateHz, 1.0, 4.0, minimumFftLength: 4096);
        ParityFixtures.Close(expected.Number("dominant_hz"), features.DominantFrequencyHz, 1e-12, "dominant frequency");
        ParityFixtures.Close(expected.Number("band_power"), features.BandPower, 1e-9, "band power");
        ParityFixtures.Close(expected.Number("total_power"), features.TotalPower, 1e-9, "total power");
        ParityFixtures.Close(expected.Number("spectral_entropy"), features.SpectralEntropy, 1e-9, "spectral entropy");
    }

    /// <summary>The trace on a 100 Hz clock from its first sample (linear, gaps up to 0.5 s), as |a|.</summary>
    private static double[] UniformMagnitude(CorpusFiles.StepTrace trace)
    {
        var t = trace.TimeSeconds;
        var count = Resampling.SampleCount(t[0], t[^1], 1 / RateHz);
        var (x, y, z) = (new double[count], new double[count], new double[count]);
        Resampling.Linear(t, trace.X, t[0], 1 / RateHz, 0.5, x);
        Resampling.Linear(t, trace.Y, t[0], 1 / RateHz, 0.5, y);
        Resampling.Linear(t, trace.Z, t[0], 1 / RateHz, 0.5, z);
        var magnitude = new double[count];
        Acceleration.Magnitude(x, y, z, magnitude);
        return magnitude;
    }

    /// <summary>The step count the dataset's own <c>optimisation/stats.csv</c> lists for <paramref name="folder"/>.</summary>
    private static int StatsCsvSteps(string folder)
    {
        var line = File.ReadLines(Corpus.Path($"{CorpusFiles.OxfordFolder}/optimisation/stats.csv"))
            .Single(l => l.StartsWith(folder + ",", StringComparison.Ordinal));
        return int.Parse(line.Split(',')[^1].Trim(), CultureInfo.InvariantCulture);
    }
}
