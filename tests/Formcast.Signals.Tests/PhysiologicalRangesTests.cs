using Formcast.Core;

namespace Formcast.Signals.Tests;

public sealed class PhysiologicalRangesTests
{
    [Fact]
    public void Check_ClassifiesEverySample()
    {
        double[] heartRate = [60, 24.9, 251, double.NaN, 250, 25];
        var status = new RangeStatus[heartRate.Length];
        Assert.Equal(2, PhysiologicalRanges.Check(heartRate, PhysiologicalRanges.HeartRate, status));
        Assert.Equal(
            [RangeStatus.InRange, RangeStatus.BelowMinimum, RangeStatus.AboveMaximum, RangeStatus.Missing, RangeStatus.InRange, RangeStatus.InRange],
            status);
    }

    [Fact]
    public void RemoveOutOfRange_ReplacesImplausibleValuesByNaN()
    {
        double[] power = [250, -3, 3200, 1800];
        var cleaned = new double[4];
        Assert.Equal(2, PhysiologicalRanges.RemoveOutOfRange(power, PhysiologicalRanges.Power, cleaned));
        Assert.Equal(250, cleaned[0]);
        Assert.True(double.IsNaN(cleaned[1]) && double.IsNaN(cleaned[2]));
        Assert.Equal(1800, cleaned[3]);
    }

    [Fact]
    public void For_ChoosesSpeedLimitsBySport_AndKnowsEveryListedChannel()
    {
        Assert.Same(PhysiologicalRanges.RunningSpeed, PhysiologicalRanges.For(Channels.Speed, Sport.Running));
        Assert.Same(PhysiologicalRanges.Speed, PhysiologicalRanges.For(Channels.Speed, Sport.Cycling));
        Assert.Null(PhysiologicalRanges.For(Channels.Latitude));
        foreach (var channel in new[] { Channels.HeartRate, Channels.Cadence, Channels.Power, Channels.Altitude, Channels.OxygenSaturation, Channels.Temperature })
        {
            var limits = PhysiologicalRanges.For(channel);
            Assert.NotNull(limits);
            Assert.Equal(channel.Name, limits.Channel);
            Assert.True(limits.Minimum < limits.Maximum);
            Assert.False(string.IsNullOrWhiteSpace(limits.Rationale));
        }
    }
}
