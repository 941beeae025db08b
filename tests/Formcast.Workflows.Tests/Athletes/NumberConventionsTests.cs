using Formcast.Analytics;
using Formcast.Workflows.Athletes;

namespace Formcast.Workflows.Tests.Athletes;

public sealed class NumberConventionsTests
{
    /// <summary>The λ values SCIENCE.md lists: GoldenCheetah 0.023528 / 0.133122, Runalyze 0.046512 / 0.25, TrainingPeaks 1/N.</summary>
    [Theory]
    [InlineData(LoadWeighting.ExponentialDecay, 42, "λ = 1 − e^(−1/42) = 0.023528 (GoldenCheetah, intervals.icu)")]
    [InlineData(LoadWeighting.ExponentialDecay, 7, "λ = 1 − e^(−1/7) = 0.133122 (GoldenCheetah, intervals.icu)")]
    [InlineData(LoadWeighting.Runalyze, 42, "λ = 2/(42+1) = 0.046512 (Runalyze)")]
    [InlineData(LoadWeighting.Runalyze, 7, "λ = 2/(7+1) = 0.25 (Runalyze)")]
    [InlineData(LoadWeighting.Reciprocal, 7, "λ = 1/7 = 0.142857 (TrainingPeaks glossary)")]
    public void Weighting_NamesTheFormulaItsValueAndItsSource(LoadWeighting weighting, double days, string expected) =>
        Assert.Equal(expected, NumberConventions.Weighting(weighting, days));

    [Fact]
    public void Sentences_FollowTheOptions()
    {
        var defaults = NumberConventions.From(new DailyStateOptions());
        Assert.Contains("shown for the morning of this day", defaults.Form, StringComparison.Ordinal);
        Assert.Contains("N = 7 and 28 days (Williams et al. 2017)", defaults.AcwrEwma, StringComparison.Ordinal);

        var runalyze = NumberConventions.From(new DailyStateOptions { Weighting = LoadWeighting.Runalyze, FormDay = FormDay.Today, FitnessDays = 28, MonotonyCap = 5 });
        Assert.StartsWith("exponentially weighted daily load, 28-day time constant, λ = 2/(28+1) = 0.068966 (Runalyze)", runalyze.Fitness, StringComparison.Ordinal);
        Assert.StartsWith("fitness − fatigue at the end of this day", runalyze.Form, StringComparison.Ordinal);
        Assert.Contains("capped at 5 ", runalyze.Monotony, StringComparison.Ordinal);
    }
}
