namespace Formcast.Analytics.Tests.Load;

public sealed class PowerAndPaceLoadTests
{
    [Fact]
    public void NormalisedPower_OfAConstantEffort_IsThatPower_AndAnHourAtThresholdScores100()
    {
        var power = Enumerable.Repeat(250.0, 3600).ToArray();
        var np = PowerLoad.NormalisedPower(power);
        Assert.Equal(250, np, 1e-9);
        Assert.Equal(100, PowerLoad.Load(3600, np, 250), 1e-9);
        Assert.Equal(25, PowerLoad.Load(3600, 125, 250), 1e-9); // an hour at half threshold: 1 h × 0.5² × 100
    }

    [Fact]
    public void NormalisedPower_OfAStep_MatchesTheClosedForm()
    {
        // 30 s at 0 W then 30 s at 300 W: the 31 rolling means are 10k W for k = 0…30, so
        // NP = (10⁴ · Σk⁴ / 31)^¼ with Σ_{k=0}^{30} k⁴ = 30·31·61·2789/30 = 5 273 999 → 203.092828129020 W.
        var power = Enumerable.Repeat(0.0, 30).Concat(Enumerable.Repeat(300.0, 30)).ToArray();
        Assert.Equal(203.092828129020, PowerLoad.NormalisedPower(power), 1e-9);
    }

    [Fact]
    public void NormalisedPower_NeedsThirtySeconds()
    {
        Assert.True(double.IsNaN(PowerLoad.NormalisedPower(new double[29])));
    }

    [Theory]
    [InlineData(0.0, 3.6)]
    [InlineData(0.1, 5.968214)]    // 155.4e-5 − 30.4e-4 − 43.3e-3 + 46.3e-2 + 1.95 + 3.6
    [InlineData(-0.2, 1.800032)]   // near Minetti's minimum cost of downhill running
    [InlineData(0.6, 19.4260145625)] // clamped to +0.45: 155.4·0.45⁵ − 30.4·0.45⁴ − 43.3·0.45³ + 46.3·0.45² + 19.5·0.45 + 3.6
    public void MinettiEnergyCost_MatchesThePolynomial(double grade, double expected)
    {
        Assert.Equal(expected, GradeAdjustedPace.EnergyCost(grade), 1e-4);
    }

    [Fact]
    public void GradeAdjustedSpeed_ScalesByRelativeCost()
    {
        Assert.Equal(3 * 5.968214 / 3.6, GradeAdjustedPace.AdjustedSpeed(3, 0.1), 1e-9);
    }

    [Fact]
    public void Grades_UseTheShortestStretchOfAtLeastTheMinimumRun()
    {
        double[] distance = [0, 10, 20, 30, 40];
        double[] altitude = [100, 101, 102, 103, 104];
        var grades = new double[5];
        GradeAdjustedPace.Grades(distance, altitude, grades, minimumRunMeters: 20);
        Assert.Equal([0, 0, 0.1, 0.1, 0.1], grades.Select(g => Math.Round(g, 12)).ToArray());
    }

    [Fact]
    public void PaceLoad_OfAnHourAtThresholdOnTheFlat_Is100()
    {
        var time = Enumerable.Range(1, 3600).Select(i => (double)i).ToArray();
        var speed = Enumerable.Repeat(4.0, 3600).ToArray();
        var (moving, mean) = PaceLoad.MeanAdjustedSpeed(time, speed, new double[3600]);
        Assert.Equal(3600, moving);
        Assert.Equal(100, PaceLoad.Load(moving, PaceLoad.Intensity(mean, PaceLoad.ThresholdSpeed(250))), 1e-9);
    }
}
