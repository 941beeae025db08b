using System.Text.Json;
using Formcast.TestSupport;

namespace Formcast.Signals.Tests;

/// <summary>
/// HRV on real beat-to-beat data: the heart-rate event timestamps of a Forerunner 955 walk (Garmin FIT SDK test data,
/// <c>HrmPluginTestActivity.fit</c>, 891 beats over 18 minutes, read as JSON in place). Reference: an independent numpy/scipy implementation in bench/parity/signals.py, relative tolerance 1e-6.
/// </summary>
public sealed class HrvCorpusTests
{
    [Fact]
    public void BeatTimes_GiveTheExpectedIntervals_AndTheSameArtefactsAsTheReference()
    {
        Corpus.RequireRoot();
        var expected = Reference();
        var rr = Intervals();
        Assert.Equal(expected.GetProperty("intervals").GetInt32(), rr.Length);

        var flags = new bool[rr.Length];
        RrArtefacts.Detect(rr, null, flags);
        var indices = Enumerable.Range(0, rr.Length).Where(i => flags[i]).ToArray();
        Assert.Equal(expected.GetProperty("artefact_indices").EnumerateArray().Select(e => e.GetInt32()), indices);
    }

    [Fact]
    public void Analyze_OnTheWholeRecording_MatchesTheReference()
    {
        Corpus.RequireRoot();
        var expected = Reference();
        var rr = Intervals();
        var summary = Hrv.Analyze(rr);

        // The raw series holds a 295 s dropout and extra beats: without correction rMSSD is meaningless.
        Assert.True(Hrv.Rmssd(rr) > 10 * summary.RmssdMs);
        ParityFixtures.Close(expected.Number("raw_rmssd_ms"), Hrv.Rmssd(rr), 1e-9, "raw rMSSD");
        AssertMatches(expected, summary);
    }

    [Fact]
    public void Analyze_OnACleanStretch_NeedsNoCorrection_AndMatchesTheReference()
    {
        Corpus.RequireRoot();
        var expected = Reference().GetProperty("clean_segment");
        var rr = Intervals().AsSpan(expected.GetProperty("first_interval").GetInt32(), expected.GetProperty("intervals").GetInt32());
        var summary = Hrv.Analyze(rr);
        Assert.Equal(0, summary.ArtefactCount);
        ParityFixtures.Close(expected.Number("raw_rmssd_ms"), summary.RmssdMs, 1e-9, "rMSSD");
        AssertMatches(expected, summary);

        // About 53 bpm, and DFA-α1 near 1, as expected well below the aerobic threshold (Rogers et al. 2021).
        Assert.InRange(summary.MeanHeartRateBpm, 50, 56);
        Assert.InRange(summary.DfaAlpha1, 0.9, 1.4);
    }

    private static void AssertMatches(JsonElement expected, HrvSummary summary)
    {
        ParityFixtures.Close(expected.Number("mean_nn_ms"), summary.MeanRrMs, 1e-9, "mean NN");
        ParityFixtures.Close(expected.Number("mean_hr_bpm"), summary.MeanHeartRateBpm, 1e-9, "mean HR");
        ParityFixtures.Close(expected.Number("sdnn_ms"), summary.SdnnMs, 1e-9, "SDNN");
        ParityFixtures.Close(expected.Number("rmssd_ms"), summary.RmssdMs, 1e-9, "rMSSD");
        ParityFixtures.Close(expected.Number("pnn50_percent"), summary.Pnn50Percent, 1e-9, "pNN50");
        Assert.NotNull(summary.FrequencyDomain);
        ParityFixtures.Close(expected.Number("lf_ms2"), summary.FrequencyDomain.LowFrequencyPowerMs2, 1e-6, "LF");
        ParityFixtures.Close(expected.Number("hf_ms2"), summary.FrequencyDomain.HighFrequencyPowerMs2, 1e-6, "HF");
        ParityFixtures.Close(expected.Number("lf_hf"), summary.FrequencyDomain.LowHighRatio, 1e-6, "LF/HF");
        ParityFixtures.Close(expected.Number("dfa_alpha1"), summary.DfaAlpha1, 1e-6, "DFA α1");
    }

    private static JsonElement Reference() => ParityFixtures.Load("signals.corpus.json").GetProperty("hrm_plugin_hrv");

    private static double[] Intervals()
    {
        var beats = CorpusFiles.ReadBeatTimes();
        var rr = new double[beats.Length - 1];
        return rr[..Hrv.RrFromBeatTimes(beats, rr)];
    }
}
