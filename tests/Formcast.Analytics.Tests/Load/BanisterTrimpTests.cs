using Formcast.Core;

namespace Formcast.Analytics.Tests.Load;

public sealed class BanisterTrimpTests
{
    // Hand-computed: 60 min at 150 bpm, rest 50, max 200 → HRr = 100/150 = 2/3.
    [Theory]
    [InlineData(TrimpConstantSet.Morton, Sex.Male, 92.0739769745736)]       // 60·(2/3)·0.64·e^(1.92·2/3)
    [InlineData(TrimpConstantSet.Morton, Sex.Female, 104.730449075624)]     // 60·(2/3)·0.86·e^(1.67·2/3)
    [InlineData(TrimpConstantSet.Morton, Sex.Unspecified, 92.0739769745736)] // Morton has no neutral pair: men's
    [InlineData(TrimpConstantSet.GoldenCheetah, Sex.Female, 77.9389388469758)] // GoldenCheetah keeps a = 0.64 for women
    [InlineData(TrimpConstantSet.Runalyze, Sex.Unspecified, 95.9914384246769)] // 60·(2/3)·0.725215·e^(1.795·2/3)
    public void FromAverage_MatchesHandComputedValues(TrimpConstantSet set, Sex sex, double expected)
    {
        var trimp = BanisterTrimp.FromAverage(60, 150, 50, 200, BanisterTrimp.Coefficients(set, sex));
        Assert.Equal(expected, trimp, 1e-9);
    }

    [Fact]
    public void FromAverage_BelowRestingHeartRate_ScoresZero()
    {
        // GoldenCheetah scores 0 when the average is below resting HR; Runalyze floors HRr at 0.
        Assert.Equal(0, BanisterTrimp.FromAverage(60, 45, 50, 200, (0.64, 1.92)));
    }

    [Fact]
    public void FromHistogram_SumsPerWholeBpm_AsRunalyzeDoes()
    {
        // 300 s at 140, 300 s at 160, then 120 s at 150.7 bpm which Runalyze's PHP histogram keys as 150.
        // rest 60, max 200, men's constants: 0.64·Σ minutes·HRr·e^(1.92·HRr) = 17.3128800581239 (hand-computed).
        var time = Enumerable.Range(1, 720).Select(i => (double)i).ToArray();
        var hr = time.Select(t => t <= 300 ? 140.0 : t <= 600 ? 160.0 : 150.7).ToArray();
        var trimp = BanisterTrimp.FromHistogram(time, hr, 60, 200, BanisterTrimp.Coefficients(TrimpConstantSet.Runalyze, Sex.Male));
        Assert.Equal(17.3128800581239, trimp, 1e-9);
    }

    [Fact]
    public void FromHistogram_OfAConstantStream_EqualsFromAverage()
    {
        var time = Enumerable.Range(1, 3600).Select(i => (double)i).ToArray();
        var hr = Enumerable.Repeat(150.0, 3600).ToArray();
        var c = BanisterTrimp.Coefficients(TrimpConstantSet.Runalyze, Sex.Female);
        Assert.Equal(BanisterTrimp.FromAverage(60, 150, 50, 200, c), BanisterTrimp.FromHistogram(time, hr, 50, 200, c), 1e-9);
    }

    [Fact]
    public void HeartRateLoad_OfOneHourAtThreshold_Is100()
    {
        var c = BanisterTrimp.Coefficients(TrimpConstantSet.GoldenCheetah, Sex.Male);
        var trimp = BanisterTrimp.FromAverage(60, 170, 50, 200, c);
        Assert.Equal(100, HeartRateLoad.Load(trimp, 170, 50, 200, c), 1e-9);
        Assert.Equal(50, HeartRateLoad.Load(trimp / 2, 170, 50, 200, c), 1e-9);
    }
}
