using Formcast.Workflows.Athletes;

namespace Formcast.Workflows.Tests.Athletes;

/// <summary>Best efforts on hand-built 1-Hz streams, where the answer can be read off the construction.</summary>
public sealed class BestEffortsTests
{
    private static double[] Seconds(int n) => [.. Enumerable.Range(0, n).Select(i => (double)i)];

    [Fact]
    public void MaxDistance_FindsTheFastestStretch()
    {
        // 1000 s at 4 m/s with seconds 400–699 at 5 m/s: the best 180 s lie inside the fast block (900 m); the best
        // 480 s hold all 300 fast seconds and 180 slow ones (1500 + 720 m).
        var time = Seconds(1001);
        var distance = new double[time.Length];
        for (var i = 1; i < time.Length; i++) distance[i] = distance[i - 1] + (i > 400 && i <= 700 ? 5 : 4);
        Assert.Equal(900, BestEfforts.MaxDistance(time, distance, 180), 9);
        Assert.Equal(2220, BestEfforts.MaxDistance(time, distance, 480), 9);
        Assert.True(double.IsNaN(BestEfforts.MaxDistance(time, distance, 1200)));
    }

    [Fact]
    public void MaxDistance_DoesNotBridgeAPause()
    {
        // Two 200-s stretches at 3 m/s separated by a 60-s recording gap: no 300-s window has two present ends
        // closer than the pause allows, except those spanning it, which also count the paused time.
        double[] time = [.. Enumerable.Range(0, 201).Select(i => (double)i), .. Enumerable.Range(260, 201).Select(i => (double)i)];
        double[] distance = [.. Enumerable.Range(0, 201).Select(i => 3.0 * i), .. Enumerable.Range(0, 201).Select(i => 600 + (3.0 * i))];
        Assert.Equal(600, BestEfforts.MaxDistance(time, distance, 180 + 20), 9);
        // Across the gap the clock ran 60 s without distance: 300 s hold at most 240 s of running.
        Assert.Equal(720, BestEfforts.MaxDistance(time, distance, 300), 9);
    }

    [Fact]
    public void MaxMeanPower_AveragesExactWindows_AndCountsDropoutsAsZero()
    {
        var time = Seconds(800);
        var power = new double[time.Length];
        for (var i = 0; i < power.Length; i++) power[i] = i is >= 300 and < 500 ? 300 : 200;
        Assert.Equal(300, BestEfforts.MaxMeanPower(time, power, 180), 9);
        Assert.Equal(((300 * 200) + (100 * 200)) / 300.0, BestEfforts.MaxMeanPower(time, power, 300), 9);

        // Ten dropped samples in the hard block: the first five seconds hold the last value (gaps up to 5 s), the rest
        // count as 0 W, so no 180-s window stays clean and the best one holds 175 s at 300 W.
        for (var i = 400; i < 410; i++) power[i] = double.NaN;
        Assert.Equal(300, BestEfforts.MaxMeanPower(time, power, 99), 9);
        Assert.Equal(300 * 175 / 180.0, BestEfforts.MaxMeanPower(time, power, 180), 9);
    }
}
