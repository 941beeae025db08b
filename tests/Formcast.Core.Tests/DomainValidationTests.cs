namespace Formcast.Core.Tests;

public sealed class DomainValidationTests
{
    private static readonly AthleteId Someone = AthleteId.New();

    [Theory]
    [InlineData(0, InjurySeverity.Slight)]
    [InlineData(1, InjurySeverity.Minimal)]
    [InlineData(7, InjurySeverity.Minimal)]
    [InlineData(8, InjurySeverity.Moderate)]
    [InlineData(28, InjurySeverity.Moderate)]
    [InlineData(29, InjurySeverity.Severe)]
    public void InjurySeverity_FollowsTheFullerTimeLossBands(int days, InjurySeverity expected) =>
        Assert.Equal(expected, Injury.SeverityFor(days));

    [Fact]
    public void Wellness_OutOfScaleAnswersAreNamed()
    {
        var entry = new WellnessEntry { AthleteId = Someone, Date = new DateOnly(2024, 1, 1), Soreness = 7 };
        Assert.Equal("soreness 7 is outside the 1–5 scale", entry.Validate());
        Assert.Null((entry with { Soreness = 3 }).Validate());
    }

    [Fact]
    public void SessionRpe_LoadIsRatingTimesMinutes()
    {
        var rpe = new SessionRpe { AthleteId = Someone, Date = new DateOnly(2024, 1, 1), Rpe = 6, DurationMinutes = 75 };
        Assert.Equal(450, rpe.Load);
        Assert.Contains("CR-10", (rpe with { Rpe = 11 }).Validate(), StringComparison.Ordinal);
    }

    [Fact]
    public void PerformanceTest_UnitMustMatchTheKind()
    {
        var test = new PerformanceTest
        {
            AthleteId = Someone, Date = new DateOnly(2024, 1, 1), Kind = PerformanceTestKind.FiveMinutePower, Value = 320, Unit = "W",
        };
        Assert.Null(test.Validate());
        Assert.Contains("measured in W", (test with { Unit = "kW" }).Validate(), StringComparison.Ordinal);
    }

    [Fact]
    public void Race_RejectsSuperhumanSpeed()
    {
        var race = new RaceResult { AthleteId = Someone, Date = new DateOnly(2024, 1, 1), DistanceMeters = 10_000, TimeSeconds = 600 };
        Assert.Contains("faster than any human", race.Validate(), StringComparison.Ordinal);
    }
}
