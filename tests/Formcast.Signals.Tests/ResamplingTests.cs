namespace Formcast.Signals.Tests;

public sealed class ResamplingTests
{
    private static readonly double Nan = double.NaN;
    private static readonly double[] Times = [0, 1, 3, 10];
    private static readonly double[] Values = [0, 10, 30, 100];

    [Fact]
    public void SampleCount_IncludesAnEndOnTheGrid()
    {
        Assert.Equal(11, Resampling.SampleCount(0, 10, 1));
        Assert.Equal(4, Resampling.SampleCount(0, 0.3, 0.1));
        Assert.Equal(10, Resampling.SampleCount(0, 9.99, 1));
        Assert.Equal(0, Resampling.SampleCount(5, 4, 1));
    }

    [Fact]
    public void Linear_InterpolatesWithinTheGapLimit_AndLeavesLongerGapsMissing()
    {
        var grid = new double[11];
        Resampling.Linear(Times, Values, 0, 1, 3, grid);

        // 1 → 3 (2 s) is bridged; 3 → 10 (7 s) is a pause.
        Assert.Equal([0, 10, 20, 30, Nan, Nan, Nan, Nan, Nan, Nan, 100], grid);
    }

    [Fact]
    public void PreviousValue_HoldsEachSampleForAtMostTheGapLimit()
    {
        var grid = new double[11];
        Resampling.PreviousValue(Times, Values, 0, 1, 3, grid);
        Assert.Equal([0, 10, 10, 30, 30, 30, 30, Nan, Nan, Nan, 100], grid);
    }

    [Fact]
    public void Resampling_SkipsMissingValues_AndDoesNotExtrapolate()
    {
        var grid = new double[5];
        Resampling.Linear([0, 1, 2, 3], [Nan, 2, Nan, 6], -1, 1, 5, grid);
        Assert.Equal([Nan, Nan, 2, 4, 6], grid);
    }

    [Fact]
    public void Resampling_RejectsTimeGoingBackwards()
    {
        Assert.Throws<ArgumentException>(() => Resampling.Linear([0, 2, 1], [1, 2, 3], 0, 1, 5, new double[3]));
    }
}
