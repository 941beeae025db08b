namespace Formcast.Core.Tests;

public sealed class SampleStreamsTests
{
    [Fact]
    public void Constructor_RejectsChannelsOfTheWrongLength()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new SampleStreams([0, 1, 2], new Dictionary<string, double[]> { ["heart_rate"] = [120, 121] }));
        Assert.Contains("heart_rate", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RejectsTimeGoingBackwards()
    {
        Assert.Throws<ArgumentException>(() => new SampleStreams([0, 2, 1], new Dictionary<string, double[]>()));
    }

    [Fact]
    public void ContentEquals_TreatsNaNAsEqualAndComparesEveryChannel()
    {
        SampleStreams Make(double last) => new(
            [0, 1, 2],
            new Dictionary<string, double[]> { ["heart_rate"] = [120, double.NaN, last] },
            [812, 790]);

        Assert.True(Make(130).ContentEquals(Make(130)));
        Assert.False(Make(130).ContentEquals(Make(131)));
    }
}
