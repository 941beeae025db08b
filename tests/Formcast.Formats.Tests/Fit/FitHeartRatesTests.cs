using Formcast.Formats.Fit;
using static Formcast.Formats.Tests.Fit.FitTestFiles;

namespace Formcast.Formats.Tests.Fit;

/// <summary>
/// Hand-computed cases of the Garmin FIT SDK hr_mesg_utils conventions (250 ms gap fill up to 5 s; merge averages
/// beats in (previous record, record], rounding half up, and assigns a record only once a later beat is seen).
/// </summary>
public sealed class FitHeartRatesTests
{
    private static FitHr[] Messages()
    {
        // Anchor at t = 100 s (+ 0.5 s fractional) with event time 10 s and 60 bpm; then beats at event times 10.5 and
        // 11 s (raw 10752 and 11264 in 1/1024 s) with 61 and 62 bpm.
        var file = Decode(Build(
            Message(
                FitMessageNumbers.Hr,
                FitFieldData.Integer(253, FitBaseType.UInt32, 100),
                FitFieldData.Integer(0, FitBaseType.UInt16, 16384),
                FitFieldData.Integers(6, FitBaseType.UInt8, [60]),
                FitFieldData.Integers(9, FitBaseType.UInt32, [10240])),
            Message(
                FitMessageNumbers.Hr,
                FitFieldData.Integers(6, FitBaseType.UInt8, [61, 62]),
                FitFieldData.Integers(9, FitBaseType.UInt32, [10752, 11264]))));
        return [.. file.Hrs];
    }

    [Fact]
    public void Expand_FillsHalfSecondGapsInQuarterSeconds()
    {
        var samples = FitHeartRates.Expand(Messages());
        Assert.Equal(
            [(100.5, 60.0), (100.75, 60), (101, 61), (101.25, 61), (101.5, 62)],
            samples.Select(s => (s.FitSeconds, s.HeartRateBpm)));
    }

    [Fact]
    public void Expand_WithoutAnchor_YieldsNothing()
    {
        var file = Decode(Build(Message(
            FitMessageNumbers.Hr,
            FitFieldData.Integers(6, FitBaseType.UInt8, [61]),
            FitFieldData.Integers(9, FitBaseType.UInt32, [10752]))));
        Assert.Empty(FitHeartRates.Expand(file.Hrs));
    }

    [Fact]
    public void Expand_LongGap_CarriesForwardAtMostFiveSeconds()
    {
        var file = Decode(Build(
            Message(
                FitMessageNumbers.Hr,
                FitFieldData.Integer(253, FitBaseType.UInt32, 100),
                FitFieldData.Integers(6, FitBaseType.UInt8, [60]),
                FitFieldData.Integers(9, FitBaseType.UInt32, [0])),
            Message(
                FitMessageNumbers.Hr,
                FitFieldData.Integers(6, FitBaseType.UInt8, [70]),
                FitFieldData.Integers(9, FitBaseType.UInt32, [10 * 1024]))));
        var samples = FitHeartRates.Expand(file.Hrs);
        Assert.Equal(1 + 20 + 1, samples.Count);
        Assert.Equal(105, samples[20].FitSeconds);
        Assert.Equal(60, samples[20].HeartRateBpm);
        Assert.Equal((110.0, 70.0), (samples[^1].FitSeconds, samples[^1].HeartRateBpm));
    }

    [Fact]
    public void Merge_AveragesBeatsSincePreviousRecord()
    {
        var samples = FitHeartRates.Expand(Messages());
        var merged = new double[3];
        FitHeartRates.Merge(samples, [100, 101, 102], merged);
        // Record 100: no beat in (99, 100] before a later beat → NaN. Record 101: 100.5, 100.75, 101 → (60+60+61)/3
        // = 60.33 → 60. Record 102: 101.25, 101.5 → 61.5 → 62 (half up) — but no beat after 102 is ever seen, so the
        // SDK convention leaves it unassigned.
        Assert.Equal([double.NaN, 60, double.NaN], merged);
    }
}
