namespace Formcast.Analytics.Tests.Load;

public sealed class ZonalLoadTests
{
    [Fact]
    public void Edwards_TenMinutesInEachZone_Scores150()
    {
        // 10 min × (1 + 2 + 3 + 4 + 5) = 150 (Edwards 1993 weights), plus 10 min below 50 % that count nothing.
        var time = Enumerable.Range(1, 3600).Select(i => (double)i).ToArray();
        double[] levels = [0.45, 0.55, 0.65, 0.75, 0.85, 0.95];
        var hr = time.Select(t => 200 * levels[(int)((t - 1) / 600)]).ToArray();
        Assert.Equal(150, EdwardsTrimp.FromSamples(time, hr, 200), 1e-9);
    }

    [Fact]
    public void Edwards_FromAverage_PutsAllMinutesInTheAverageZone()
    {
        Assert.Equal(4 * 45, EdwardsTrimp.FromAverage(45, 170, 200)); // 85 % HRmax is zone 4
        Assert.Equal(0, EdwardsTrimp.FromAverage(45, 90, 200));
    }

    [Fact]
    public void SessionRpe_IsRatingTimesMinutes()
    {
        Assert.Equal(420, SessionRpeLoad.Compute(7, 60)); // Foster et al. 2001
    }

    [Fact]
    public void TimeInZones_CreditsEachSampleWithTheIntervalEndingAtIt_AndCapsPauses()
    {
        double[] time = [1, 2, 3, 100, 101];
        double[] values = [10, 20, 30, 20, double.NaN];
        var seconds = new double[3];
        TimeInZones.Compute(time, values, [0, 15, 25], seconds, maxSampleIntervalSeconds: 30);
        // sample 1 (t=1): 1 s in Z1; t=2: 1 s in Z2; t=3: 1 s in Z3; t=100: gap of 97 s capped at 30 s in Z2; NaN skipped.
        Assert.Equal([1.0, 31.0, 1.0], seconds);
    }

    [Fact]
    public void FrielHeartRateZones_UsePercentagesOfThreshold()
    {
        var zones = TrainingZones.HeartRateByThreshold(170);
        Assert.Equal(7, zones.Zones.Count);
        Assert.Equal(0.85 * 170, zones.Zones[1].Low, 1e-9);
        Assert.Equal(1.06 * 170, zones.Zones[6].Low, 1e-9);
        Assert.True(double.IsPositiveInfinity(zones.Zones[6].High));
    }

    [Fact]
    public void PaceZones_AreSpeedsFromPercentagesOfThresholdPace()
    {
        var zones = TrainingZones.PaceByThreshold(250); // 4:10/km = 4 m/s
        Assert.Equal(4 / 1.29, zones.Zones[1].Low, 1e-9);  // slower than 129 % of threshold pace is Z1
        Assert.Equal(4 / 0.99, zones.Zones[4].Low, 1e-9);
    }
}
