namespace Formcast.Core.Tests;

public sealed class AthleteTests
{
    private static Athlete Make(params PhysiologicalThresholds[] thresholds) => new()
    {
        Id = AthleteId.New(),
        Handle = "runner-1",
        TimeZoneId = "Europe/Oslo",
        Thresholds = thresholds,
    };

    [Fact]
    public void ThresholdsOn_PicksTheLatestRecordInForce()
    {
        var early = new PhysiologicalThresholds(new DateOnly(2024, 1, 1), 195, 50);
        var later = new PhysiologicalThresholds(new DateOnly(2024, 6, 1), 192, 46);
        var athlete = Make(later, early);

        Assert.Null(athlete.ThresholdsOn(new DateOnly(2023, 12, 31)));
        Assert.Same(early, athlete.ThresholdsOn(new DateOnly(2024, 5, 31)));
        Assert.Same(later, athlete.ThresholdsOn(new DateOnly(2024, 6, 1)));
    }

    [Fact]
    public void LocalDayOf_CountsDaysInTheAthletesTimeZone()
    {
        var athlete = Make();
        // 23:30 UTC on 31 March 2024 is 01:30 on 1 April in Oslo (CEST, UTC+2).
        var instant = new DateTimeOffset(2024, 3, 31, 23, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2024, 4, 1), athlete.LocalDayOf(instant));
    }

    [Theory]
    [InlineData("Runner", "handle")]
    [InlineData("", "handle")]
    [InlineData("ok-handle", null)]
    public void Validate_ChecksHandles(string handle, string? expectedWord)
    {
        var problem = (Make() with { Handle = handle }).Validate();
        if (expectedWord is null) Assert.Null(problem);
        else Assert.Contains(expectedWord, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RejectsUnknownTimeZoneAndImpossibleThresholds()
    {
        Assert.Contains("time zone", (Make() with { TimeZoneId = "Mars/Olympus" }).Validate(), StringComparison.Ordinal);
        var bad = Make(new PhysiologicalThresholds(new DateOnly(2024, 1, 1), 260, 50));
        Assert.Contains("maximal heart rate", bad.Validate(), StringComparison.Ordinal);
    }
}
