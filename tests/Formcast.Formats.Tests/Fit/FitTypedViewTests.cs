using Formcast.Formats.Fit;
using static Formcast.Formats.Tests.Fit.FitTestFiles;

namespace Formcast.Formats.Tests.Fit;

/// <summary>Typed views read their profile fields with the profile's scales (FIT profile 21.205 message tables).</summary>
public sealed class FitTypedViewTests
{
    [Fact]
    public void Views_ReadProfileFieldsWithScales()
    {
        var file = Decode(Build(
            FileId(),
            Message(FitMessageNumbers.FileCreator, FitFieldData.Integer(0, FitBaseType.UInt16, 520), FitFieldData.Integer(1, FitBaseType.UInt8, 3)),
            Message(
                FitMessageNumbers.DeviceInfo,
                FitFieldData.Integer(0, FitBaseType.UInt8, 0),
                FitFieldData.Integer(2, FitBaseType.UInt16, 1),
                FitFieldData.Integer(3, FitBaseType.UInt32Z, 3_900_000_000),
                FitFieldData.Integer(4, FitBaseType.UInt16, 2697),
                FitFieldData.Integer(5, FitBaseType.UInt16, 520),
                FitFieldData.Integer(10, FitBaseType.UInt16, 3 * 256 + 128)),
            Message(
                FitMessageNumbers.UserProfile,
                FitFieldData.Text(0, "Ana"),
                FitFieldData.Integer(1, FitBaseType.Enum, 0),
                FitFieldData.Integer(2, FitBaseType.UInt8, 31),
                FitFieldData.Integer(3, FitBaseType.UInt8, 172),
                FitFieldData.Integer(4, FitBaseType.UInt16, 615),
                FitFieldData.Integer(8, FitBaseType.UInt8, 48)),
            Message(FitMessageNumbers.Sport, FitFieldData.Integer(0, FitBaseType.Enum, 1), FitFieldData.Integer(1, FitBaseType.Enum, 3), FitFieldData.Text(3, "Trail")),
            Message(
                FitMessageNumbers.Lap,
                FitFieldData.Integer(2, FitBaseType.UInt32, Time0),
                FitFieldData.Integer(7, FitBaseType.UInt32, 61_500),
                FitFieldData.Integer(9, FitBaseType.UInt32, 25_050),
                FitFieldData.Integer(13, FitBaseType.UInt16, 4_073),
                FitFieldData.Integer(24, FitBaseType.Enum, 2)),
            Message(
                FitMessageNumbers.Activity,
                FitFieldData.Integer(253, FitBaseType.UInt32, Time0 + 100),
                FitFieldData.Integer(5, FitBaseType.UInt32, Time0 + 100 + 7200),
                FitFieldData.Integer(0, FitBaseType.UInt32, 95_000),
                FitFieldData.Integer(1, FitBaseType.UInt16, 1))));

        Assert.Equal((520, 3), (file.FileCreators.Single().SoftwareVersion, file.FileCreators.Single().HardwareVersion));
        var device = file.DeviceInfos.Single();
        Assert.Equal((0, 1, 3_900_000_000u, 2697), (device.DeviceIndex, device.Manufacturer, device.SerialNumber, device.Product));
        Assert.Equal(5.2, device.SoftwareVersion);
        Assert.Equal(3.5, device.BatteryVoltage); // scale 256
        var user = file.UserProfiles.Single();
        Assert.Equal(("Ana", 0, 31), (user.FriendlyName, user.Gender, user.AgeYears));
        Assert.Equal(1.72, user.HeightMeters); // scale 100
        Assert.Equal(61.5, user.WeightKilograms); // scale 10
        Assert.Equal(48, user.RestingHeartRateBpm);
        var sport = file.Sports.Single();
        Assert.Equal((1, 3, "Trail"), (sport.Sport, sport.SubSport, sport.Name));
        var lap = file.Laps.Single();
        Assert.Equal(FitTime.ToDateTime(Time0), lap.StartTime);
        Assert.Equal(61.5, lap.TotalElapsedSeconds); // scale 1000
        Assert.Equal(250.5, lap.TotalDistanceMeters); // scale 100
        Assert.Equal(4.073, lap.AverageSpeedMetersPerSecond); // expanded into enhanced_avg_speed
        Assert.Equal(2, lap.LapTrigger);
        var activity = file.Activities.Single();
        Assert.Equal(95, activity.TotalTimerSeconds);
        Assert.Equal(TimeSpan.FromHours(2), activity.UtcOffset);
        Assert.Equal(FitTime.ToDateTime(Time0), file.FileId!.Value.TimeCreated);
    }

    [Fact]
    public void View_OfTheWrongMessage_IsAProgrammerError()
    {
        var file = Decode(Build(FileId()));
        Assert.Throws<ArgumentException>(() => new FitRecord(file.Messages[0]));
    }

    [Fact]
    public void FitTime_ConvertsAtTheEpoch()
    {
        // FIT epoch = Unix 631065600 (FIT-FACTS §6); Garmin FIT SDK test: 1000000000 → 2021-09-08T01:46:40Z.
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(631065600), FitTime.Epoch);
        Assert.Equal(new DateTimeOffset(2021, 9, 8, 1, 46, 40, TimeSpan.Zero), FitTime.ToDateTime(1_000_000_000u));
        Assert.False(FitTime.IsAbsolute(17217864));
    }
}
