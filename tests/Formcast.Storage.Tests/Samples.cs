using Formcast.Core;

namespace Formcast.Storage.Tests;

/// <summary>Small, fully populated domain records for the contract tests.</summary>
internal static class Samples
{
    public static Athlete Athlete(string handle, string timeZone = "Europe/Oslo") => new()
    {
        Id = AthleteId.New(),
        Handle = handle,
        DisplayName = $"Name of {handle}",
        Sex = Sex.Female,
        BirthYear = 2001,
        Sport = Sport.DistanceRunning,
        Discipline = "5000 m",
        Level = AthleteLevel.Competitive,
        TimeZoneId = timeZone,
        Thresholds =
        [
            new PhysiologicalThresholds(new DateOnly(2024, 1, 1), 196, 48, 178, 225, null, 61, 57.5),
            new PhysiologicalThresholds(new DateOnly(2024, 3, 1), 195, 46, 180, 220),
        ],
    };

    public static SampleStreams Streams(int seconds, bool withRr = true)
    {
        var time = new double[seconds];
        var hr = new double[seconds];
        var speed = new double[seconds];
        var lat = new double[seconds];
        var extra = new double[seconds];
        for (var i = 0; i < seconds; i++)
        {
            time[i] = i;
            hr[i] = i % 97 == 13 ? double.NaN : 120 + (i % 40);
            speed[i] = Math.Round(3 + Math.Sin(i / 30.0), 3);
            lat[i] = 59.9 + (i * 1.234567891e-6); // not an exact decimal fraction: stored bit-exactly
            extra[i] = i * 0.1;
        }

        var rr = withRr ? Enumerable.Range(0, seconds).Select(i => 500 + (i % 7 * 3.5)).ToArray() : null;
        return new SampleStreams(time, new Dictionary<string, double[]>
        {
            [Channels.HeartRate.Name] = hr,
            [Channels.Speed.Name] = speed,
            [Channels.Latitude.Name] = lat,
            ["Form Power"] = extra,
        }, rr);
    }

    public static Activity Activity(Athlete athlete, DateTimeOffset start, int seconds = 600) => new()
    {
        Id = ActivityId.New(),
        AthleteId = athlete.Id,
        Sport = Sport.Running,
        SubSport = "track",
        StartUtc = start,
        DurationSeconds = seconds,
        MovingSeconds = seconds - 5,
        DistanceMeters = seconds * 3.1,
        AverageHeartRateBpm = 140,
        MaxHeartRateBpm = 171,
        AscentMeters = 12,
        EnergyKilocalories = 300,
        Device = new DeviceInfo("garmin", "fenix5", "3912345678", "9.20"),
        SourceFormat = "fit",
        SourceFileSha256 = new string('a', 64),
        Notes = "felt heavy legs",
        Laps = [new Lap(start, seconds / 2.0, 900, 138, 160, 3.0, null, 88, "distance"), new Lap(start.AddSeconds(seconds / 2.0), seconds / 2.0, 960, 145, 171)],
        Streams = Streams(seconds),
    };
}
