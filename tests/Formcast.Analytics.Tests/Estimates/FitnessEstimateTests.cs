using Formcast.Core;

namespace Formcast.Analytics.Tests.Estimates;

public sealed class FitnessEstimateTests
{
    [Fact]
    public void EffectiveVo2Max_FromARun_MatchesHandComputation()
    {
        // 10 km in 50 min = 200 m/min at 75 % HRmax: fraction of vVDOT = e^((0.75 − 1.00466)/0.68725) = 0.690346,
        // speed at 100 % = 289.71 m/min, oxygen cost −4.6 + 0.182258·v + 0.000104·v² = 56.9299.
        Assert.Equal(56.9299139771449, EffectiveVo2Max.FromRun(10000, 3000, 150, 200, 50), 1e-9);
        // Same pace and heart rate over another distance gives the same estimate (Runalyze's distance independence).
        Assert.Equal(EffectiveVo2Max.FromRun(10000, 3000, 150, 200, 50), EffectiveVo2Max.FromRun(3000, 900, 150, 200, 50), 1e-12);
    }

    [Fact]
    public void EffectiveVo2Max_SwainReserve_MatchesHandComputation()
    {
        // VO2(200 m/min) = 36.0516; %HRR = (150 − 50)/150 = 2/3 → (36.0516 − 3.5)·1.5 + 3.5 = 52.2674.
        Assert.Equal(52.2674, EffectiveVo2Max.FromRun(10000, 3000, 150, 200, 50, HeartRateToVo2Mapping.SwainReserve), 1e-9);
    }

    [Fact]
    public void ElevationCorrection_UsesRunalyzesDefaults()
    {
        Assert.Equal(10000 + 200 - 50, EffectiveVo2Max.CorrectedDistance(10000, 100, 50));
    }

    [Fact]
    public void ClimbAndDescent_IgnoreNoiseBelowTheThreshold()
    {
        // 100 → 103 (noise) → 110 (+10) → 108 (noise) → 100 (−10) → 104 → 100: only the 10 m climb and 10 m descent count.
        Assert.Equal((10.0, 10.0), EffectiveVo2Max.ClimbAndDescent([100, 103, 110, 108, 100, 104, 100]));
    }

    [Fact]
    public void FromActivity_UsesTheAltitudeStreamForTheElevationCorrection()
    {
        var thresholds = TestData.Thresholds(new DateOnly(2024, 1, 1));
        var flat = TestData.Activity(Sport.Running, DateTimeOffset.UnixEpoch, 3000, averageHr: 150, distance: 10000);
        Assert.Equal(56.9299139771449, EffectiveVo2Max.FromActivity(flat, thresholds), 1e-9);
        // Climbs to 200 m in 10-m steps, then back down to 100 m: +100 m, −100 m.
        var altitude = TestData.Seconds(3000).Select(t => t <= 1500 ? 100 + (10 * Math.Floor(t / 150)) : 200 - (10 * Math.Floor((t - 1500) / 150))).ToArray();
        var hilly = flat with { Streams = new SampleStreams(TestData.Seconds(3000), new Dictionary<string, double[]> { ["altitude"] = altitude }) };
        // 10 000 + 2·100 − 1·100 = 10 100 m at the same time and heart rate.
        Assert.Equal(EffectiveVo2Max.FromRun(10100, 3000, 150, 200, 50), EffectiveVo2Max.FromActivity(hilly, thresholds), 1e-6);
        Assert.True(double.IsNaN(EffectiveVo2Max.FromActivity(flat with { AverageHeartRateBpm = null }, thresholds)));
    }

    [Fact]
    public void Shape_IsDurationWeighted_AndCorrectionUsesTheBestOfThreeRaces()
    {
        Assert.Equal((50 * 3600 + 44 * 1800) / 5400.0, EffectiveVo2Max.Shape([(50, 3600), (44, 1800), (double.NaN, 600)]), 1e-12);
        // Races by race VDOT: 52 (ratio 52/50), 51 (51/48 — the largest), 49, 40 (not among the best three).
        var factor = EffectiveVo2Max.CorrectionFactor([(52, 50), (51, 48), (49, 49), (40, 30)]);
        Assert.Equal(51.0 / 48, factor, 1e-12);
        Assert.Equal(1, EffectiveVo2Max.CorrectionFactor([]));
    }

    [Fact]
    public void CriticalPower_RecoversAnExactHyperbola()
    {
        // Efforts generated from CP 250 W, W′ 20 kJ: P(t) = 250 + 20000/t.
        BestEffort[] efforts = [.. new[] { 180.0, 420, 720 }.Select(t => new BestEffort(t, 250 + (20000 / t)))];
        var fit = CriticalIntensity.FitPower(efforts);
        Assert.Equal(250, fit.Critical, 1e-9);
        Assert.Equal(20000, fit.Reserve, 1e-6);
        Assert.Equal(1, fit.RSquared, 1e-12);
        Assert.Equal(250 + (20000 / 300.0), fit.PredictIntensity(300), 1e-9);
    }

    [Fact]
    public void CriticalPower_OfNoisyEfforts_MatchesHandComputedRegression()
    {
        // Work 72 000, 126 000, 201 600 J at 180, 420, 720 s: OLS slope 240.4918 W, intercept 27 383.6 J, R² 0.998985,
        // SE(slope) 7.66645, SE(intercept) 3774.51.
        var fit = CriticalIntensity.FitPower([new BestEffort(180, 400), new BestEffort(420, 300), new BestEffort(720, 280)]);
        Assert.Equal(240.491803278689, fit.Critical, 1e-9);
        Assert.Equal(27383.6065573770, fit.Reserve, 1e-6);
        Assert.Equal(0.998984814, fit.RSquared, 1e-8);
        Assert.Equal(7.66645439415732, fit.CriticalStandardError, 1e-8);
        Assert.Equal(3774.51246782853, fit.ReserveStandardError, 1e-6);
    }

    [Fact]
    public void CriticalSpeed_FromDistances_AndNotesShortEfforts()
    {
        // CS 4.5 m/s, D′ 200 m: d(t) = 200 + 4.5·t.
        var fit = CriticalIntensity.FitSpeed([new BestEffort(60, 470), new BestEffort(300, 1550), new BestEffort(720, 3440)]);
        Assert.Equal(4.5, fit.Critical, 1e-9);
        Assert.Equal(200, fit.Reserve, 1e-6);
        Assert.Equal((5000 - 200) / 4.5, fit.PredictSecondsForDistance(5000), 1e-6);
        Assert.Single(fit.Notes); // the 60-s effort is shorter than the model's 2-min lower limit
        Assert.Throws<ArgumentException>(() => CriticalIntensity.FitSpeed([new BestEffort(300, 1500)]));
    }

    [Fact]
    public void EasyPace_ShiftsWithReadiness()
    {
        var neutral = EasyPaceRange.For(50, null);
        Assert.Equal(Vdot.SpeedAtOxygenCost(0.59 * 50), neutral.SlowMetersPerSecond, 1e-12);
        Assert.Equal(Vdot.SpeedAtOxygenCost(0.74 * 50), neutral.FastMetersPerSecond, 1e-12);

        var recovered = EasyPaceRange.For(50, 80);   // s = 1: slow end rises to 65 %
        Assert.Equal(0.65, recovered.LowFraction, 1e-12);
        Assert.Equal(0.74, recovered.HighFraction, 1e-12);
        var fatigued = EasyPaceRange.For(50, 20);    // s = −1: fast end to 64 %, slow end to 56 %
        Assert.Equal(0.64, fatigued.HighFraction, 1e-12);
        Assert.Equal(0.56, fatigued.LowFraction, 1e-12);
        Assert.True(fatigued.FastMetersPerSecond < neutral.FastMetersPerSecond);
        Assert.True(recovered.SlowMetersPerSecond > neutral.SlowMetersPerSecond);
    }

    [Fact]
    public void DanielsPaces_AreOrderedRanges()
    {
        var paces = TrainingZones.DanielsPaces(50);
        Assert.Equal(["E", "M", "T", "I", "R"], paces.Select(p => p.Label));
        Assert.All(paces, p => Assert.True(p.High > p.Low));
        // Threshold at 83–88 % of VDOT 50: VO2 41.5–44 → 4:19–4:08 per km (computed by inverting the cost equation).
        Assert.Equal(1000 / Vdot.SpeedAtOxygenCost(41.5), 1000 / paces[2].Low, 1e-9);
    }
}
