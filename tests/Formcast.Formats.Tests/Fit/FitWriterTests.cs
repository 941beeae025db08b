using Formcast.Core;
using Formcast.Formats.Fit;
using static Formcast.Formats.Tests.Fit.FitTestFiles;

namespace Formcast.Formats.Tests.Fit;

public sealed class FitWriterTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Workout_WriteThenRead_IsEqual(bool bigEndian)
    {
        var workout = new FitWorkout
        {
            Name = "800 m repeats",
            Sport = 1,
            SubSport = 4,
            Steps =
            [
                FitWorkoutStep.ForTime(600, FitIntensity.Warmup, "warm up").WithHeartRateRange(120, 140),
                FitWorkoutStep.ForDistance(800, FitIntensity.Active, "fast") with { Notes = "4:00/km" },
                FitWorkoutStep.ForTime(90, FitIntensity.Rest).WithSpeedRange(2.5, 3.0),
                FitWorkoutStep.Repeat(1, 5),
                FitWorkoutStep.ForDistance(1000, FitIntensity.Cooldown).WithPowerRange(150, 200),
            ],
        };
        var bytes = FitWorkoutCodec.Write(workout, new FitWriterOptions { BigEndian = bigEndian }, DateTimeOffset.UnixEpoch.AddYears(50));
        var read = FitWorkoutCodec.Read(bytes);
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        Assert.True(workout.ContentEquals(read.Value), "workout differs after a round trip");
        Assert.Equal(800, read.Value!.Steps[1].DurationMeters);
        Assert.Equal(600, read.Value.Steps[0].DurationSeconds);
        var file = Decode(bytes);
        Assert.Equal(5, file.FileId!.Value.Type);
        Assert.Equal(5, file.Workouts.Single().NumberOfValidSteps);
    }

    [Fact]
    public void Message_ReencodedFromDecoded_DecodesToSameRawValues()
    {
        var original = Build(
            new FitWriterOptions { BigEndian = true },
            FileId(),
            Record(Time0, FitFieldData.Integer(3, FitBaseType.UInt8, 140), FitFieldData.Float(9, FitBaseType.Float32, 2.5)),
            Message(0xFF10, FitFieldData.Text(0, "x", size: 8), FitFieldData.Integers(1, FitBaseType.SInt16, [-1, 0x7FFF])));
        var decoded = Decode(original);
        var writer = new FitWriter(new FitWriterOptions { BigEndian = true });
        foreach (var message in decoded.Messages) writer.Write(FitMessageData.From(message));
        Assert.Equal(original, writer.ToArray());
    }

    [Fact]
    public void Activity_WriteThenRead_IsEqual()
    {
        var start = new DateTimeOffset(2024, 5, 1, 6, 0, 0, TimeSpan.Zero);
        var run = new RecordedSession
        {
            Sport = Sport.Running,
            SubSport = "trail",
            StartUtc = start,
            DurationSeconds = 4,
            MovingSeconds = 3.5,
            DistanceMeters = 12.34,
            AverageHeartRateBpm = 150,
            MaxHeartRateBpm = 160,
            AscentMeters = 3,
            EnergyKilocalories = 2,
            Laps = [new Lap(start, 4, 12.34, 150, 160, 3.085, null, 85, "manual")],
            Streams = new SampleStreams(
                [0, 1, 2, 4],
                new Dictionary<string, double[]>
                {
                    ["heart_rate"] = [140, 150, double.NaN, 160],
                    ["speed"] = [3.001, 3.002, 3.5, 0],
                    ["altitude"] = [Alt(3001), Alt(3002), Alt(3005), Alt(2481)],
                    ["latitude"] = [Sc(600000000), Sc(600000100), Sc(-5), Sc(0)],
                    ["longitude"] = [Sc(100000000), Sc(-100000100), Sc(7), Sc(1)],
                    ["distance"] = [0, 3.01, 6.02, 12.34],
                    ["cadence"] = [85, 85.5, 86, double.NaN],
                    ["temperature"] = [21, 21, 22, 22],
                    ["Form Power"] = [250.25, double.NaN, 251, 252],
                },
                [400, 401, 402, 398, 399, 405]),
        };
        var ride = new RecordedSession
        {
            Sport = Sport.Cycling,
            StartUtc = start.AddSeconds(10),
            DurationSeconds = 2,
            Streams = new SampleStreams([0, 2], new Dictionary<string, double[]> { ["power"] = [200, 210], ["grade"] = [1.5, -2.25] }),
        };
        var file = new RecordedFile
        {
            Format = "fit",
            Device = new DeviceInfo("garmin", "fenix5", "3900000000", "5.20"),
            CreatedUtc = start,
            OwnerHints = ["user:Ana", "serial:3900000000"],
            Sessions = [run, ride],
        };

        var read = FitActivityReader.Read(FitActivityWriter.Write(file));
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        var back = read.Value!;
        Assert.Equal(file.Device, back.Device);
        Assert.Equal(file.CreatedUtc, back.CreatedUtc);
        Assert.Equal(file.OwnerHints, back.OwnerHints);
        Assert.Equal(2, back.Sessions.Count);
        for (var i = 0; i < 2; i++)
        {
            var expected = file.Sessions[i];
            var actual = back.Sessions[i];
            var none = Array.Empty<Lap>();
            Assert.Equal(expected with { Laps = none, Streams = null }, actual with { Laps = none, Streams = null });
            Assert.Equal(expected.Laps, actual.Laps);
            Assert.True(expected.Streams!.ContentEquals(actual.Streams), $"session {i} streams differ");
        }
    }

    /// <summary>Altitude as FIT stores it: raw / 5 − 500 m.</summary>
    private static double Alt(int raw) => raw / 5.0 - 500;

    private static double Sc(int semicircles) => semicircles * (180.0 / 2147483648.0);
}
