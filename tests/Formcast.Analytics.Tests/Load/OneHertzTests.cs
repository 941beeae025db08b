namespace Formcast.Analytics.Tests.Load;

public sealed class OneHertzTests
{
    [Fact]
    public void Resample_HoldsTheLastSample_AndFillsLongGapsWithTheGapValue()
    {
        // Samples at 0, 2, 3 and 10 s; gaps longer than 5 s are stops.
        double[] time = [0, 2, 3, 10];
        double[] power = [100, 200, double.NaN, 300];
        var seconds = OneHertz.Resample(time, power, maxGapSeconds: 5, gapValue: 0);
        // t=0,1 → 100; t=2 → 200; t=3 → NaN sample → 0; t=4…9 inside the 7-s gap → 0; t=10 → 300.
        Assert.Equal([100, 100, 200, 0, 0, 0, 0, 0, 0, 0, 300], seconds);
    }
}
