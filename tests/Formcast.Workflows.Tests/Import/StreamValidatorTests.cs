using Formcast.Core;
using Formcast.Workflows.Import.Internal;

namespace Formcast.Workflows.Tests.Import;

public sealed class StreamValidatorTests
{
    private static double[] Time(int n) => Enumerable.Range(0, n).Select(i => (double)i).ToArray();

    [Fact]
    public void TwoHeartRateSensors_AreFused_PrimaryFirst()
    {
        var chest = new[] { 140, double.NaN, double.NaN, 143, 144 };
        var wrist = new[] { 138, 141, 142, double.NaN, 150 };
        var streams = new SampleStreams(Time(5), new Dictionary<string, double[]> { ["heart_rate"] = chest, ["heart_rate_wrist"] = wrist });

        var (result, findings) = StreamValidator.Validate(streams, Sport.Running, 5, "x.fit");

        Assert.Equal([140, 141, 142, 143, 144], result!.Get(Channels.HeartRate)!);
        var fusion = Assert.Single(findings, f => f.Code == "validate.fusion");
        Assert.Equal("two sensors record heart_rate: 'heart_rate' kept, 'heart_rate_wrist' filled 2 gap(s); mean absolute difference 4.0 bpm over 2 shared samples", fusion.Message);
        Assert.True(double.IsNaN(chest[1]), "the input must not be changed");
    }

    [Fact]
    public void SpeedSpikes_AreMasked_ButRealAccelerationsAreKept()
    {
        var n = 120;
        var speed = Enumerable.Range(0, n).Select(i => i < 60 ? 3.0 + (0.01 * (i % 3)) : 6.0 + (0.01 * (i % 3))).ToArray();
        for (var i = 55; i < 65; i++) speed[i] = 3 + (0.3 * (i - 55));
        speed[30] = 12;
        var streams = new SampleStreams(Time(n), new Dictionary<string, double[]> { ["speed"] = speed });

        var (result, findings) = StreamValidator.Validate(streams, Sport.Running, n, "x.fit");

        var cleaned = result!.Get(Channels.Speed)!;
        Assert.True(double.IsNaN(cleaned[30]));
        Assert.Equal(1, cleaned.Count(double.IsNaN));
        Assert.Contains(findings, f => f.Code == "validate.spike" && f.Message.StartsWith("1 speed spike", StringComparison.Ordinal));
    }

    [Fact]
    public void SamplesAfterAClockJump_AreDroppedAndReported()
    {
        var time = new double[] { 0, 1, 2, 3, 2_000_000_000 };
        var streams = new SampleStreams(time, new Dictionary<string, double[]> { ["heart_rate"] = [120, 121, 122, 123, 124] });
        var (result, findings) = StreamValidator.Validate(streams, Sport.Running, 4, "x.fit");
        Assert.Equal(4, result!.Count);
        Assert.Contains(findings, f => f.Code == "validate.clock-jump" && f.Message.StartsWith("1 sample(s) stamped after the session's end", StringComparison.Ordinal));
    }
}
