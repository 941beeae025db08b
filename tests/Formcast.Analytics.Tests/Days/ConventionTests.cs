namespace Formcast.Analytics.Tests.Days;

/// <summary>Worked numbers for each weighting convention named in SCIENCE.md, hand-computed.</summary>
public sealed class ConventionTests
{
    [Theory]
    [InlineData(LoadWeighting.ExponentialDecay, 42, 0.023528313347757)] // GoldenCheetah / intervals.icu: 1 − e^(−1/42)
    [InlineData(LoadWeighting.ExponentialDecay, 7, 0.133122100249818)]  // 1 − e^(−1/7)
    [InlineData(LoadWeighting.Runalyze, 42, 0.046511627906977)]         // 2/43
    [InlineData(LoadWeighting.Runalyze, 7, 0.25)]                       // 2/8
    [InlineData(LoadWeighting.Reciprocal, 42, 0.023809523809524)]       // TrainingPeaks 1/42
    public void Lambda_MatchesEachTool(LoadWeighting weighting, double days, double expected)
    {
        Assert.Equal(expected, FitnessFatigue.Lambda(weighting, days), 1e-12);
    }

    [Fact]
    public void WilliamsEwma_Lambdas_Are025And00690()
    {
        Assert.Equal(0.25, AcuteChronicWorkloadRatio.EwmaLambda(7), 1e-12);
        Assert.Equal(0.0690, AcuteChronicWorkloadRatio.EwmaLambda(28), 1e-4); // 2/29 = 0.068966 (Williams et al. 2017)
    }

    [Theory]
    // N days of a constant load L from zero: L·(1 − (1 − λ)^N).
    [InlineData(LoadWeighting.ExponentialDecay, 63.2120558828558)] // exp weighting: (1−λ)^42 = e^(−1), so 100·(1 − 1/e)
    [InlineData(LoadWeighting.Runalyze, 86.4715871618470)]         // 100·(1 − (41/43)^42)
    [InlineData(LoadWeighting.Reciprocal, 63.6544047828398)]       // 100·(1 − (41/42)^42)
    public void FortyTwoDaysAtConstantLoad_GiveTheClosedFormFitness(LoadWeighting weighting, double expected)
    {
        var loads = Enumerable.Repeat(100.0, 42).ToArray();
        var fitness = new double[42];
        FitnessFatigue.Series(loads, FitnessFatigue.Lambda(weighting, 42), 0, fitness);
        Assert.Equal(expected, fitness[^1], 1e-9);
    }

    [Fact]
    public void RestDays_UntilFormIsZero_FollowTheClosedForm()
    {
        // fitness 50, fatigue 80, GoldenCheetah weights: n = ln(80/50) / ln((1−λf)/(1−λa)) = 0.470004/(1/7 − 1/42) = 3.948 days.
        var lf = FitnessFatigue.Lambda(LoadWeighting.ExponentialDecay, 42);
        var la = FitnessFatigue.Lambda(LoadWeighting.ExponentialDecay, 7);
        var n = FitnessFatigue.RestDaysUntilFormNonNegative(50, 80, lf, la);
        Assert.Equal(Math.Log(1.6) / (1.0 / 7 - 1.0 / 42), n, 1e-9);
        // Check by simulation: after n rest days fitness·(1−λf)^n equals fatigue·(1−λa)^n.
        Assert.Equal(50 * Math.Pow(1 - lf, n), 80 * Math.Pow(1 - la, n), 1e-9);
        Assert.Equal(0, FitnessFatigue.RestDaysUntilFormNonNegative(80, 50, lf, la));
    }

    [Fact]
    public void LoadForTargetForm_LandsFormOnTheTargetAfterOneStep()
    {
        var lf = FitnessFatigue.Lambda(LoadWeighting.Runalyze, 42);
        var la = FitnessFatigue.Lambda(LoadWeighting.Runalyze, 7);
        var load = FitnessFatigue.LoadForTargetForm(60, 70, -20, lf, la);
        var form = FitnessFatigue.Step(60, load, lf) - FitnessFatigue.Step(70, load, la);
        Assert.Equal(-20, form, 1e-9);
        // Hand-computed: (−20 − (41/43)·60 + 0.75·70) / (2/43 − 0.25) = (−20 − 57.209302 + 52.5) / −0.203488 = 121.428571
        Assert.Equal(121.428571428571, load, 1e-9);
    }

    [Fact]
    public void RollingRatios_OfLoads1To28_MatchHandComputation()
    {
        var loads = Enumerable.Range(1, 28).Select(i => (double)i).ToArray();
        // Coupled: (22+…+28) / ((1+…+28)/4) = 175 / 101.5; uncoupled: (175/7) / ((1+…+21)/21) = 25 / 11.
        Assert.Equal(175 / 101.5, AcuteChronicWorkloadRatio.RollingCoupled(loads)!.Value, 1e-12);
        Assert.Equal(25.0 / 11, AcuteChronicWorkloadRatio.RollingUncoupled(loads)!.Value, 1e-12);
        Assert.Null(AcuteChronicWorkloadRatio.RollingCoupled(new double[28]));
    }

    [Fact]
    public void FosterMonotony_CountsRestDaysAsZero_AndCapsIdenticalWeeks()
    {
        // Four days of 100 and three rest days: mean 400/7, population SD 49.487166 → monotony √(4/3) = 1.154701.
        double[] week = [0, 100, 0, 100, 0, 100, 100];
        Assert.Equal(Math.Sqrt(4.0 / 3), FosterMonotony.Monotony(week)!.Value, 1e-12);
        Assert.Equal(400 * Math.Sqrt(4.0 / 3), FosterMonotony.Strain(week)!.Value, 1e-9);
        Assert.Equal(10, FosterMonotony.Monotony([50, 50, 50, 50, 50, 50, 50]));  // SD = 0: Runalyze's cap
        Assert.Null(FosterMonotony.Monotony(new double[7]));                      // no load, no monotony
    }
}
