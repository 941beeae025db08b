using Formcast.Core;

namespace Formcast.Analytics.Tests;

/// <summary>Small builders for athletes and activities used across the tests.</summary>
internal static class TestData
{
    public static readonly AthleteId AthleteId = new(Guid.Parse("00000000-0000-0000-0000-000000000001"));

    public static Athlete Athlete(Sex sex = Sex.Male, string timeZone = "UTC", params PhysiologicalThresholds[] thresholds) => new()
    {
        Id = AthleteId,
        Handle = "test",
        Sex = sex,
        TimeZoneId = timeZone,
        Thresholds = thresholds,
    };

    public static PhysiologicalThresholds Thresholds(DateOnly from, double? lthr = 170, double? pace = 250, double? ftp = 250) =>
        new(from, MaxHeartRateBpm: 200, RestingHeartRateBpm: 50, ThresholdHeartRateBpm: lthr, ThresholdPaceSecondsPerKm: pace, ThresholdPowerWatts: ftp);

    public static Activity Activity(Sport sport, DateTimeOffset start, double seconds, Dictionary<string, double[]>? channels = null,
        double? averageHr = null, double? averagePower = null, double? distance = null) => new()
    {
        Id = new ActivityId(Guid.NewGuid()),
        AthleteId = AthleteId,
        Sport = sport,
        StartUtc = start,
        DurationSeconds = seconds,
        AverageHeartRateBpm = averageHr,
        AveragePowerWatts = averagePower,
        DistanceMeters = distance,
        Streams = channels is null ? null : new SampleStreams(Seconds((int)seconds), channels),
    };

    public static double[] Seconds(int count) => [.. Enumerable.Range(1, count).Select(i => (double)i)];

    public static double[] Constant(int count, double value) => [.. Enumerable.Repeat(value, count)];
}
