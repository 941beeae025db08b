
namespace Formcast.Planning.Tests.Simulation;

public sealed class ActionCodecTests
{
    [Fact]
    public void EncodeThenDecode_ReturnsTheSession()
    {
        var session = SessionPrescription.Session(0.82, 75, QualityMix.FromWeights(0.5, 0.2, 0.2, 0.1), 0.6, indoor: false);
        var action = new double[8];
        ActionCodec.Encode(session, 180, action);
        var decoded = ActionCodec.Decode(action, 180);
        Assert.Equal(session.Intensity, decoded.Intensity, 9);
        Assert.Equal(session.DurationMinutes, decoded.DurationMinutes, 9);
        Assert.Equal(session.WorkFraction, decoded.WorkFraction, 9);
        for (var q = 0; q < 4; q++) Assert.Equal(session.Mix[q], decoded.Mix[q], 9);
        Assert.False(decoded.Indoor);
        Assert.False(decoded.IsRest);
    }

    [Fact]
    public void Decode_ClipsAndMapsTheCorners()
    {
        var low = ActionCodec.Decode([-5, -1, -1, 0, 0, 0, -1, 1], 20);
        Assert.Equal(ActionCodec.MinIntensity, low.Intensity);
        Assert.Equal(0, low.DurationMinutes);
        Assert.True(low.IsRest);
        Assert.Equal(1, low.WorkFraction);
        Assert.Equal(0.25, low.Mix.Aerobic, 12);
        var high = ActionCodec.Decode([1, 1, 1, 1, -1, -1, 1, -1], 20);
        Assert.Equal(ActionCodec.MaxIntensity, high.Intensity);
        Assert.Equal(20, high.DurationMinutes);
        Assert.Equal(0.5, high.WorkFraction);
        Assert.True(high.Rest);
        Assert.Equal(TrainingQuality.Aerobic, high.Mix.Dominant);
        Assert.Throws<ArgumentException>(() => ActionCodec.Decode([0, 0], 20));
    }
}
