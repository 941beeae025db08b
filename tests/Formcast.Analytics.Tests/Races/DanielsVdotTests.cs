namespace Formcast.Analytics.Tests.Races;

/// <summary>
/// Daniels' VDOT tables (<i>Daniels' Running Formula</i>, race-time equivalents per VDOT; the same table rows Runalyze's
/// <c>tests/inc/core/Calculation/JD/VDOTTest.php</c> encodes). The tables were generated from the Daniels–Gilbert
/// equations, so the formula must give the table's VDOT within 0.1 and invert to the table time within 0.3 %.
/// </summary>
public sealed class DanielsVdotTests
{
    public static TheoryData<double, double, double> Table()
    {
        var data = new TheoryData<double, double, double>();
        (double Meters, int[] Seconds)[] rows =
        [
            (5000, [1840, 1620, 1448, 1310, 1197, 1102, 1023, 954, 895, 843, 798, 757]),
            (10000, [3826, 3363, 3003, 2716, 2481, 2286, 2122, 1981, 1860, 1754, 1661, 1579]),
            (21097.5, [8464, 7453, 6659, 6020, 5495, 5058, 4689, 4373, 4101, 3863, 3654, 3470]),
            (42195, [17357, 15363, 13785, 12506, 11449, 10561, 9805, 9155, 8590, 8095, 7658, 7270]),
        ];
        foreach (var (meters, seconds) in rows)
        {
            for (var k = 0; k < seconds.Length; k++) data.Add(30 + (5 * k), meters, seconds[k]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void FromRace_ReproducesTheTable(double vdot, double meters, double seconds)
    {
        Assert.Equal(vdot, Vdot.FromRace(meters, seconds), 0.1);
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void PredictTime_InvertsToTheTableTime(double vdot, double meters, double seconds)
    {
        Assert.Equal(seconds, Vdot.PredictTimeSeconds(vdot, meters), seconds * 0.003);
    }

    [Fact]
    public void Vdot50_GivesThePublished5kAndMarathonTimes()
    {
        Assert.Equal(19 * 60 + 57, Vdot.PredictTimeSeconds(50, 5000), 3.0);             // 19:57
        Assert.Equal(3 * 3600 + 10 * 60 + 49, Vdot.PredictTimeSeconds(50, 42195), 15.0); // 3:10:49
    }

    [Fact]
    public void SpeedAtOxygenCost_InvertsTheCostEquation()
    {
        var speed = Vdot.SpeedAtOxygenCost(Vdot.OxygenCost(250)); // 250 m/min
        Assert.Equal(250 / 60.0, speed, 1e-9);
    }

    /// <summary>Daniels' table 2.2 (%vVDOT ↔ %HRmax), as listed in Runalyze's VDOTTest; Runalyze's logarithmic
    /// regression must reproduce it within 1.25 percentage points.</summary>
    [Theory]
    [InlineData(59, 65)]
    [InlineData(65, 71)]
    [InlineData(70, 75.5)]
    [InlineData(75, 80)]
    [InlineData(80, 85)]
    [InlineData(85, 89.5)]
    [InlineData(90, 93)]
    [InlineData(95, 97.5)]
    [InlineData(100, 100)]
    public void HeartRateMapping_MatchesDanielsTable22(double percentVdotSpeed, double percentMaxHeartRate)
    {
        Assert.Equal(percentMaxHeartRate / 100, EffectiveVo2Max.FractionOfMaxHeartRate(percentVdotSpeed / 100), 0.0125);
        Assert.Equal(percentVdotSpeed / 100, EffectiveVo2Max.FractionOfVdotSpeed(percentMaxHeartRate / 100), 0.0125);
    }
}
