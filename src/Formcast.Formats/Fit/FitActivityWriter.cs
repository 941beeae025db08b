using System.Globalization;
using Formcast.Core;
using Formcast.Formats.Fit.Internal;

namespace Formcast.Formats.Fit;

/// <summary>
/// Writes a <see cref="RecordedFile"/> as a FIT activity file: file_id, device_info, user_profile (when an owner hint
/// names the user), then per session its records (well-known channels as profile fields, extra channels as float64
/// developer fields named after the channel), hrv messages for RR intervals, laps and the session, and finally the
/// activity message. Values are stored at FIT resolution (e.g. 1 s timestamps, 0.01 m distance, 1/5 m altitude,
/// semicircle positions), so what <see cref="FitActivityReader"/> read from a FIT file is written back exactly.
/// </summary>
public static class FitActivityWriter
{
    private const int FileTypeActivity = 4;
    private const byte DeveloperIndex = 0;
    private const double DegreesToSemicircles = 2147483648.0 / 180.0;

    public static byte[] Write(RecordedFile file, FitWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        var writer = new FitWriter(options);
        var device = file.Device;
        var manufacturer = FitNames.ManufacturerValue(device?.Manufacturer) ?? FitEncoding.DevelopmentManufacturer;
        int? product = device?.Product is { } p
            ? (FitNames.UsesGarminProduct(manufacturer) ? FitNames.GarminProductValue(p) : null)
              ?? (int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null)
            : null;
        uint? serial = uint.TryParse(device?.SerialNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : null;
        var created = file.CreatedUtc ?? (file.Sessions.Count > 0 ? file.Sessions[0].StartUtc : null);
        writer.Write(FitEncoding.FileId(FileTypeActivity, created, manufacturer, product, serial));
        WriteDeviceInfo(writer, manufacturer, product, serial, device?.SoftwareVersion, created);
        if (file.OwnerHints.FirstOrDefault(h => h.StartsWith("user:", StringComparison.Ordinal)) is { } user)
            writer.Write(new FitMessageData { GlobalNumber = FitMessageNumbers.UserProfile, Fields = [FitFieldData.Text(0, user["user:".Length..])] });

        var extra = DeveloperChannels(file);
        if (extra.Count > 0) WriteDeveloperDescriptions(writer, extra);

        var lapIndex = 0;
        foreach (var session in file.Sessions)
        {
            if (session.Streams is { } streams)
            {
                WriteRecords(writer, session.StartUtc, streams, extra);
                WriteRrIntervals(writer, streams.RrIntervalsMs);
            }

            foreach (var lap in session.Laps) WriteLap(writer, lap, session);
            WriteSession(writer, session, lapIndex);
            lapIndex += session.Laps.Count;
        }

        if (file.Sessions.Count > 0)
        {
            var end = file.Sessions.Max(x => x.StartUtc.AddSeconds(x.DurationSeconds));
            var timer = file.Sessions.Sum(x => x.MovingSeconds ?? x.DurationSeconds);
            writer.Write(new FitMessageData
            {
                GlobalNumber = FitMessageNumbers.Activity,
                Fields =
                [
                    FitFieldData.Integer(253, FitBaseType.UInt32, FitEncoding.Seconds(end)),
                    Scaled(0, FitBaseType.UInt32, timer, 1000),
                    FitFieldData.Integer(1, FitBaseType.UInt16, file.Sessions.Count),
                ],
            });
        }

        return writer.ToArray();
    }

    private static void WriteDeviceInfo(FitWriter writer, int manufacturer, int? product, uint? serial, string? software, DateTimeOffset? time)
    {
        var fields = new List<FitFieldData>
        {
            FitFieldData.Integer(0, FitBaseType.UInt8, 0),
            FitFieldData.Integer(2, FitBaseType.UInt16, manufacturer),
        };
        if (time is { } t) fields.Insert(0, FitFieldData.Integer(253, FitBaseType.UInt32, FitEncoding.Seconds(t)));
        if (product is { } p) fields.Add(FitFieldData.Integer(4, FitBaseType.UInt16, p));
        if (serial is { } s) fields.Add(FitFieldData.Integer(3, FitBaseType.UInt32Z, s));
        if (double.TryParse(software, NumberStyles.Float, CultureInfo.InvariantCulture, out var version))
            fields.Add(Scaled(5, FitBaseType.UInt16, version, 100));
        writer.Write(new FitMessageData { GlobalNumber = FitMessageNumbers.DeviceInfo, Fields = fields });
    }

    /// <summary>Channels that are not profile record fields, in first-seen order, with their developer field numbers.</summary>
    private static Dictionary<string, byte> DeveloperChannels(RecordedFile file)
    {
        var result = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var session in file.Sessions)
        {
            if (session.Streams is null) continue;
            foreach (var name in session.Streams.ChannelNames)
            {
                if (RecordFields.ContainsKey(name) || result.ContainsKey(name)) continue;
                if (result.Count == 255) throw new ArgumentException("at most 255 extra channels can be written as developer fields", nameof(file));
                result[name] = (byte)result.Count;
            }
        }

        return result;
    }

    private static void WriteDeveloperDescriptions(FitWriter writer, Dictionary<string, byte> channels)
    {
        writer.Write(new FitMessageData
        {
            GlobalNumber = FitMessageNumbers.DeveloperDataId,
            Fields = [FitFieldData.Integer(3, FitBaseType.UInt8, DeveloperIndex)],
        });
        foreach (var (name, number) in channels)
        {
            var fields = new List<FitFieldData>
            {
                FitFieldData.Integer(0, FitBaseType.UInt8, DeveloperIndex),
                FitFieldData.Integer(1, FitBaseType.UInt8, number),
                FitFieldData.Integer(2, FitBaseType.UInt8, (int)FitBaseType.Float64 | 0x80),
                FitFieldData.Text(3, name),
            };
            if (Channels.Describe(name).Unit is { Length: > 0 } unit) fields.Add(FitFieldData.Text(8, unit));
            writer.Write(new FitMessageData { GlobalNumber = FitMessageNumbers.FieldDescription, Fields = fields });
        }
    }

    /// <summary>Record fields of the well-known channels: number, base type, scale, offset (FIT profile record message).</summary>
    private static readonly Dictionary<string, (byte Number, FitBaseType Type, double Scale, double Offset)> RecordFields = new(StringComparer.Ordinal)
    {
        [Channels.Latitude.Name] = (0, FitBaseType.SInt32, DegreesToSemicircles, 0),
        [Channels.Longitude.Name] = (1, FitBaseType.SInt32, DegreesToSemicircles, 0),
        [Channels.HeartRate.Name] = (3, FitBaseType.UInt8, 1, 0),
        [Channels.Cadence.Name] = (4, FitBaseType.UInt8, 1, 0),
        [Channels.Distance.Name] = (5, FitBaseType.UInt32, 100, 0),
        [Channels.Power.Name] = (7, FitBaseType.UInt16, 1, 0),
        [Channels.Grade.Name] = (9, FitBaseType.SInt16, 100, 0),
        [Channels.Temperature.Name] = (13, FitBaseType.SInt8, 1, 0),
        [Channels.Speed.Name] = (73, FitBaseType.UInt32, 1000, 0),
        [Channels.Altitude.Name] = (78, FitBaseType.UInt32, 5, 500),
    };

    private static void WriteRecords(FitWriter writer, DateTimeOffset start, SampleStreams streams, Dictionary<string, byte> extra)
    {
        var startSeconds = FitEncoding.Seconds(start);
        var known = RecordFields.Where(f => streams.Get(f.Key) is not null).OrderBy(f => f.Value.Number).ToArray();
        var cadence = streams.Get(Channels.Cadence);
        var hasFraction = cadence is not null && cadence.Any(c => !double.IsNaN(c) && c != Math.Floor(c));
        var developer = streams.ChannelNames.Where(extra.ContainsKey).ToArray();
        for (var i = 0; i < streams.Count; i++)
        {
            var fields = new List<FitFieldData>(known.Length + 2)
            {
                FitFieldData.Integer(253, FitBaseType.UInt32, startSeconds + (long)Math.Round(streams.TimeSeconds[i])),
            };
            foreach (var (name, (number, type, scale, offset)) in known)
            {
                var value = streams.Get(name)![i];
                if (number == 4 && hasFraction) value = Math.Floor(value);
                fields.Add(Scaled(number, type, value, scale, offset));
            }

            if (hasFraction) fields.Add(Scaled(53, FitBaseType.UInt8, cadence![i] - Math.Floor(cadence[i]), 128));
            var developerFields = developer.Select(name => new FitDeveloperFieldData
            {
                DeveloperDataIndex = DeveloperIndex,
                Number = extra[name],
                BaseType = FitBaseType.Float64,
                Raw = [BitConverter.DoubleToInt64Bits(streams.Get(name)![i])],
            }).ToArray();
            writer.Write(new FitMessageData { GlobalNumber = FitMessageNumbers.Record, Fields = fields, DeveloperFields = developerFields });
        }
    }

    private static void WriteRrIntervals(FitWriter writer, double[]? intervalsMs)
    {
        if (intervalsMs is null) return;
        const int PerMessage = 5;
        for (var i = 0; i < intervalsMs.Length; i += PerMessage)
        {
            var raw = new long[PerMessage];
            for (var j = 0; j < PerMessage; j++)
                raw[j] = i + j < intervalsMs.Length ? Encode(intervalsMs[i + j], FitBaseType.UInt16, 1, 0) : ushort.MaxValue;
            writer.Write(new FitMessageData { GlobalNumber = FitMessageNumbers.Hrv, Fields = [FitFieldData.Integers(0, FitBaseType.UInt16, raw)] });
        }
    }

    private static void WriteLap(FitWriter writer, Lap lap, RecordedSession session)
    {
        var (sport, _) = FitSports.Unmap(session.Sport, session.SubSport);
        var fields = new List<FitFieldData>
        {
            FitFieldData.Integer(253, FitBaseType.UInt32, FitEncoding.Seconds(lap.StartUtc.AddSeconds(lap.DurationSeconds))),
            FitFieldData.Integer(2, FitBaseType.UInt32, FitEncoding.Seconds(lap.StartUtc)),
            Scaled(7, FitBaseType.UInt32, lap.DurationSeconds, 1000),
            Scaled(8, FitBaseType.UInt32, lap.DurationSeconds, 1000),
            FitFieldData.Integer(25, FitBaseType.Enum, sport),
        };
        AddOptional(fields, 9, FitBaseType.UInt32, lap.DistanceMeters, 100);
        AddOptional(fields, 15, FitBaseType.UInt8, lap.AverageHeartRateBpm, 1);
        AddOptional(fields, 16, FitBaseType.UInt8, lap.MaxHeartRateBpm, 1);
        AddOptional(fields, 110, FitBaseType.UInt32, lap.AverageSpeedMetersPerSecond, 1000);
        AddOptional(fields, 19, FitBaseType.UInt16, lap.AveragePowerWatts, 1);
        AddOptional(fields, 17, FitBaseType.UInt8, lap.AverageCadencePerMinute, 1);
        if (FitNames.LapTriggerValue(lap.Trigger) is { } trigger) fields.Add(FitFieldData.Integer(24, FitBaseType.Enum, trigger));
        writer.Write(new FitMessageData { GlobalNumber = FitMessageNumbers.Lap, Fields = fields });
    }

    private static void WriteSession(FitWriter writer, RecordedSession session, int firstLap)
    {
        var (sport, subSport) = FitSports.Unmap(session.Sport, session.SubSport);
        var fields = new List<FitFieldData>
        {
            FitFieldData.Integer(253, FitBaseType.UInt32, FitEncoding.Seconds(session.StartUtc.AddSeconds(session.DurationSeconds))),
            FitFieldData.Integer(2, FitBaseType.UInt32, FitEncoding.Seconds(session.StartUtc)),
            FitFieldData.Integer(5, FitBaseType.Enum, sport),
            FitFieldData.Integer(6, FitBaseType.Enum, subSport),
            Scaled(7, FitBaseType.UInt32, session.DurationSeconds, 1000),
            FitFieldData.Integer(25, FitBaseType.UInt16, firstLap),
            FitFieldData.Integer(26, FitBaseType.UInt16, session.Laps.Count),
        };
        AddOptional(fields, 8, FitBaseType.UInt32, session.MovingSeconds, 1000);
        AddOptional(fields, 9, FitBaseType.UInt32, session.DistanceMeters, 100);
        AddOptional(fields, 11, FitBaseType.UInt16, session.EnergyKilocalories, 1);
        AddOptional(fields, 16, FitBaseType.UInt8, session.AverageHeartRateBpm, 1);
        AddOptional(fields, 17, FitBaseType.UInt8, session.MaxHeartRateBpm, 1);
        AddOptional(fields, 20, FitBaseType.UInt16, session.AveragePowerWatts, 1);
        AddOptional(fields, 22, FitBaseType.UInt16, session.AscentMeters, 1);
        writer.Write(new FitMessageData { GlobalNumber = FitMessageNumbers.Session, Fields = fields });
    }

    private static void AddOptional(List<FitFieldData> fields, byte number, FitBaseType type, double? value, double scale)
    {
        if (value is { } v) fields.Add(Scaled(number, type, v, scale));
    }

    private static FitFieldData Scaled(byte number, FitBaseType type, double value, double scale, double offset = 0) =>
        FitFieldData.Integer(number, type, Encode(value, type, scale, offset));

    /// <summary>raw = round((value + offset) × scale); NaN or a value outside the type's range becomes the invalid value.</summary>
    private static long Encode(double value, FitBaseType type, double scale, double offset)
    {
        var invalid = FitBaseTypes.Invalid(type);
        if (double.IsNaN(value)) return invalid;
        var raw = Math.Round((value + offset) * scale);
        var (min, max) = type switch
        {
            FitBaseType.SInt8 => (sbyte.MinValue, sbyte.MaxValue - 1L),
            FitBaseType.UInt8 or FitBaseType.Enum => (0L, byte.MaxValue - 1L),
            FitBaseType.SInt16 => (short.MinValue, short.MaxValue - 1L),
            FitBaseType.UInt16 => (0L, ushort.MaxValue - 1L),
            FitBaseType.SInt32 => (int.MinValue, int.MaxValue - 1L),
            FitBaseType.UInt32 => (0L, uint.MaxValue - 1L),
            _ => (long.MinValue, long.MaxValue),
        };
        return raw < min || raw > max ? invalid : (long)raw;
    }
}
