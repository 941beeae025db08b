using Formcast.Core;

namespace Formcast.Planning.Tests.Simulation;

public sealed class PhysiologyModelTests
{
    [Theory]
    // Hand-computed from Morton 1990: HRr·a·e^(b·HRr).
    [InlineData(0.7, Sex.Male, 0.7 * 0.64 * 3.834350)]      // e^(1.92·0.7) = e^1.344 = 3.834350
    [InlineData(0.7, Sex.Female, 0.7 * 0.86 * 3.218772)]    // e^(1.67·0.7) = e^1.169 = 3.218772
    [InlineData(0.5, Sex.Unspecified, 0.5 * 0.725215 * 2.453462)] // e^(1.795·0.5) = e^0.8975 = 2.453462
    public void TrimpPerMinute_MortonWeighting(double reserve, Sex sex, double expected) =>
        Assert.Equal(expected, PhysiologyModel.TrimpPerMinute(reserve, sex), 5);

    [Fact]
    public void WetBulbGlobeTemperature_BureauOfMeteorologyApproximation()
    {
        // T = 30 °C, RH = 50 %: e = 0.5 · 6.105 · exp(17.27·30/267.7) = 21.14358 hPa; WBGT = 17.01 + 8.30943 + 3.94.
        Assert.Equal(29.25943, PhysiologyModel.WetBulbGlobeTemperature(30, 50), 4);
    }

    [Fact]
    public void Monotony_FosterMeanOverSd()
    {
        // Mean 400/7 = 57.142857, population SD = 49.487166 → 1.154701 (hand-computed).
        Assert.Equal(1.154701, PhysiologyModel.Monotony([100, 0, 100, 0, 100, 0, 100]), 5);
        Assert.Equal(PhysiologyModel.MonotonyCap, PhysiologyModel.Monotony([50, 50, 50, 50, 50, 50, 50]));
        Assert.Equal(0, PhysiologyModel.Monotony([0, 0, 0, 0, 0, 0, 0]));
    }

    [Fact]
    public void EwmaWeights_AreWilliams2017()
    {
        // SCIENCE.md: λ = 2/(N+1) with N = 7 and 28 → 0.25 and 0.0690.
        Assert.Equal(0.25, PhysiologyModel.AcuteLambda, 10);
        Assert.Equal(0.0690, PhysiologyModel.ChronicLambda, 4);
    }

    [Fact]
    public void HazardMultiplier_IsOneAtHabitualAndAbout2Point5AtRatio1Point5()
    {
        Assert.Equal(1.0, PhysiologyModel.HazardMultiplier(1.0, 1.2, 1.0, 0, 0), 12);
        // e^(1.8·0.5) = e^0.9 = 2.459603: within the 2–4× range Gabbett 2016 reports for ratios above 1.5.
        Assert.Equal(2.459603, PhysiologyModel.HazardMultiplier(1.5, 1.2, 1.0, 0, 0), 5);
        Assert.True(PhysiologyModel.HazardMultiplier(1.0, 2.5, 1.0, 0, 0) > 1.5);
    }

    [Fact]
    public void AchievableIntensity_IntervalsReachHigherThanContinuousWork()
    {
        var continuous = PhysiologyModel.AchievableIntensity(0.8, 1.0, 0);
        var intervals = PhysiologyModel.AchievableIntensity(0.8, 0.5, 0);
        Assert.Equal(0.88, continuous, 10);
        Assert.Equal(0.97, intervals, 10);
        Assert.True(PhysiologyModel.AchievableIntensity(0.8, 0.5, 16) < intervals);
    }

    [Fact]
    public void ThresholdPace_MatchesDanielsTable()
    {
        // Daniels' Running Formula VDOT table: VDOT 50 → threshold pace 4:15 per km (255 s); VDOT 60 → 3:40 (220 s).
        Assert.InRange(AthleteSampler.ThresholdPace(50), 252, 258);
        Assert.InRange(AthleteSampler.ThresholdPace(60), 217, 224);
    }

    [Fact]
    public void ThresholdPower_FollowsAcsmCyclingEquation()
    {
        // (45 − 7) · 70 / (1.8 · 6.12) = 241.467 W maximal aerobic power; 75 % = 181.1 W.
        Assert.Equal(181.1, AthleteSampler.ThresholdPower(45, 70), 1);
    }

    [Fact]
    public void QualityResponse_IsBanisterLinearFarBelowTheCeiling()
    {
        var response = new QualityResponse(0.001, 42, 0.001, 7, 10);
        Assert.Equal(0.1, response.FitnessContribution(100), 3);
        // Saturates at the headroom.
        Assert.Equal(10, response.FitnessContribution(1e9), 6);
    }
}
