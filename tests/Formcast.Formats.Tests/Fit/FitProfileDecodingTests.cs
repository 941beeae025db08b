using Formcast.Formats.Fit;
using static Formcast.Formats.Tests.Fit.FitTestFiles;

namespace Formcast.Formats.Tests.Fit;

/// <summary>Components, accumulation, sub-fields and developer data, on files built in the test.</summary>
public sealed class FitProfileDecodingTests
{
    // Garmin FIT SDK test_decoder.py TestAccumulatedFields: cycles 254, 0, 1 → total_cycles 254, 256, 257.
    [Fact]
    public void Decode_AccumulatingComponent_UnwrapsAcrossMessages()
    {
        var file = Decode(Build(
            Message(FitMessageNumbers.Record, FitFieldData.Integer(18, FitBaseType.UInt8, 254)),
            Message(FitMessageNumbers.Record, FitFieldData.Integer(18, FitBaseType.UInt8, 0)),
            Message(FitMessageNumbers.Record, FitFieldData.Integer(18, FitBaseType.UInt8, 1))));
        Assert.Equal([254.0, 256, 257], file.Records.Select(r => r.Message.GetValue("total_cycles")!.Value));
        Assert.Equal([254.0, 0, 1], file.Records.Select(r => r.Message.GetValue("cycles")!.Value));
    }

    // Garmin FIT SDK test_expanded_components_which_accumulate_and_have_initial_value: a record with distance 2 m,
    // then compressed_speed_distance bytes 8B 00 08 and F9 00 14 → distances 2, 264, 276 (the SDK seeds the
    // accumulator with the raw distance when no container is in the same message); speeds 1.39 and 2.49 m/s.
    [Fact]
    public void Decode_CompressedSpeedDistance_ExpandsAndAccumulatesFromInitialDistance()
    {
        var file = Decode(Build(
            Message(FitMessageNumbers.Record, FitFieldData.Integer(5, FitBaseType.UInt32, 200)),
            Message(FitMessageNumbers.Record, FitFieldData.Integers(8, FitBaseType.Byte, [0x8B, 0x00, 0x08])),
            Message(FitMessageNumbers.Record, FitFieldData.Integers(8, FitBaseType.Byte, [0xF9, 0x00, 0x14]))));
        var records = file.Records.ToArray();
        Assert.Equal([2.0, 264, 276], records.Select(r => r.DistanceMeters!.Value));
        Assert.Equal(1.39, records[1].SpeedMetersPerSecond);
        Assert.Equal(2.49, records[2].SpeedMetersPerSecond);
        Assert.Equal(1390, records[1].Message.Field(73)!.Value.GetRaw()); // speed → enhanced_speed, nested expansion
    }

    // FIT-FACTS §8 / python-fitparse test: event 42 (front_gear_change) data 4 + (20 << 8) + (2 << 16) + (34 << 24)
    // → rear_gear_num 4, rear_gear 20, front_gear_num 2, front_gear 34; event 33 (sport_point) data 123 + (456 << 16)
    // → score 123, opponent_score 456.
    [Fact]
    public void Decode_EventDataSubFieldComponents_Expand()
    {
        var gear = 4 + (20 << 8) + (2 << 16) + (34L << 24);
        var file = Decode(Build(
            Message(FitMessageNumbers.Event, FitFieldData.Integer(0, FitBaseType.Enum, 42), FitFieldData.Integer(3, FitBaseType.UInt32, gear)),
            Message(FitMessageNumbers.Event, FitFieldData.Integer(0, FitBaseType.Enum, 33), FitFieldData.Integer(3, FitBaseType.UInt32, 123 + (456 << 16)))));
        var events = file.Events.ToArray();
        Assert.Equal(4, events[0].RearGearNumber);
        Assert.Equal(20, events[0].RearGearTeeth);
        Assert.Equal(2, events[0].FrontGearNumber);
        Assert.Equal(34, events[0].FrontGearTeeth);
        Assert.Equal(gear, events[0].Message.Field("gear_change_data")!.Value.GetRaw());
        Assert.Null(events[0].Message.Field("sport_point"));
        Assert.Equal(123, events[1].Message.GetValue("score"));
        Assert.Equal(456, events[1].Message.GetValue("opponent_score"));
    }

    // python-fitparse test: event(timer, start, data16 = 2) → data 2, read as timer_trigger = fitness_equipment (2).
    [Fact]
    public void Decode_Data16_ExpandsIntoDataAndSubField()
    {
        var file = Decode(Build(Message(
            FitMessageNumbers.Event,
            FitFieldData.Integer(0, FitBaseType.Enum, 0),
            FitFieldData.Integer(1, FitBaseType.Enum, 0),
            FitFieldData.Integer(2, FitBaseType.UInt16, 2))));
        var message = file.Messages.Single();
        Assert.Equal(2, message.GetRaw(3));
        var trigger = message.ResolvedField(3)!.Value;
        Assert.Equal("timer_trigger", trigger.Name);
        Assert.Equal(2, trigger.GetRaw());
    }

    // Garmin FIT SDK test_expand_sub_fields_scale_and_offset: duration_distance raw 400000 → 4000 m (scale 100),
    // in either byte order.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Decode_WorkoutStepSubField_AppliesItsScale(bool bigEndian)
    {
        var file = Decode(Build(
            new FitWriterOptions { BigEndian = bigEndian },
            Message(FitMessageNumbers.WorkoutStep, FitFieldData.Integer(1, FitBaseType.Enum, 1), FitFieldData.Integer(2, FitBaseType.UInt32, 400000)),
            Message(FitMessageNumbers.WorkoutStep, FitFieldData.Integer(1, FitBaseType.Enum, 0), FitFieldData.Integer(2, FitBaseType.UInt32, 60000))));
        var steps = file.WorkoutSteps.ToArray();
        Assert.Equal(4000, steps[0].DurationMeters);
        Assert.Null(steps[0].DurationSeconds);
        Assert.Equal(60, steps[1].DurationSeconds);
        var field = steps[0].Message.Field("duration_distance")!.Value;
        Assert.Equal("m", field.Units);
        Assert.Equal(400000, field.GetRaw());
    }

    // hr.event_timestamp_12 packs event_timestamp values 12 bits each, LSB first, scale 1024, accumulated on the
    // anchor's event_timestamp (FIT-FACTS §8, §11). Anchor raw 1024 (1 s); packed 12-bit values 0x500, 0x900 → the
    // accumulator adds (0x500 − 0x400) and (0x900 − 0x500): 1280, 2304 → 1.25 s and 2.25 s.
    [Fact]
    public void Decode_HrEventTimestamp12_UnpacksAndAccumulates()
    {
        var file = Decode(Build(
            Message(
                FitMessageNumbers.Hr,
                FitFieldData.Integer(253, FitBaseType.UInt32, Time0),
                FitFieldData.Integers(6, FitBaseType.UInt8, [60]),
                FitFieldData.Integers(9, FitBaseType.UInt32, [1024])),
            Message(
                FitMessageNumbers.Hr,
                FitFieldData.Integers(6, FitBaseType.UInt8, [61, 62]),
                FitFieldData.Integers(10, FitBaseType.Byte, [0x00, 0x05, 0x90]))));
        var hrs = file.Hrs.ToArray();
        Assert.Equal([1.0], hrs[0].EventTimestamps());
        Assert.Equal([1.25, 2.25], hrs[1].EventTimestamps());
    }

    [Fact]
    public void Decode_DeveloperFields_AreTypedAndNamedByTheirDescription()
    {
        var file = Decode(Build(
            new FitWriterOptions { BigEndian = true },
            FileId(),
            Message(FitMessageNumbers.DeveloperDataId, FitFieldData.Integer(3, FitBaseType.UInt8, 0)),
            Message(
                FitMessageNumbers.FieldDescription,
                FitFieldData.Integer(0, FitBaseType.UInt8, 0),
                FitFieldData.Integer(1, FitBaseType.UInt8, 7),
                FitFieldData.Integer(2, FitBaseType.UInt8, 0x84),
                FitFieldData.Text(3, "doughnuts_earned"),
                FitFieldData.Text(8, "doughnuts"),
                FitFieldData.Integer(6, FitBaseType.UInt8, 10)),
            new FitMessageData
            {
                GlobalNumber = FitMessageNumbers.Session,
                DeveloperFields =
                [
                    new FitDeveloperFieldData { DeveloperDataIndex = 0, Number = 7, BaseType = FitBaseType.UInt16, Raw = [1234] },
                    new FitDeveloperFieldData { DeveloperDataIndex = 0, Number = 8, BaseType = FitBaseType.Byte, Raw = [1, 2] },
                ],
            }));
        var session = file.Sessions.Single().Message;
        var named = session.DeveloperFields[0];
        Assert.Equal("doughnuts_earned", named.Name);
        Assert.Equal("doughnuts", named.Units);
        Assert.Equal(FitBaseType.UInt16, named.BaseType);
        Assert.Equal(123.4, named.GetValue(), 12);
        var undescribed = session.DeveloperFields[1];
        Assert.Null(undescribed.Description);
        Assert.Equal("developer_0_8", undescribed.Name);
        Assert.Equal(2, undescribed.Count);
        var description = file.FieldDescriptions.Single();
        Assert.Equal(7, description.FieldNumber);
        Assert.Equal(FitBaseType.UInt16, description.BaseType);
    }

    [Fact]
    public void Decode_UndescribedDeveloperField_IsReportedOnceAsInfo()
    {
        var message = new FitMessageData
        {
            GlobalNumber = FitMessageNumbers.Record,
            DeveloperFields = [new FitDeveloperFieldData { DeveloperDataIndex = 3, Number = 1, BaseType = FitBaseType.UInt8, Raw = [5] }],
        };
        var result = FitDecoder.Decode(Build(FileId(), message, message));
        Assert.True(result.Succeeded);
        var info = Assert.Single(result.Diagnostics);
        Assert.Equal(("fit.developer.undescribed", DiagnosticSeverity.Info), (info.Code, info.Severity));
    }

    [Fact]
    public void Decode_DeveloperStrings_SplitIntoElements()
    {
        var file = Decode(Build(
            Message(FitMessageNumbers.DeveloperDataId, FitFieldData.Integer(3, FitBaseType.UInt8, 1)),
            Message(
                FitMessageNumbers.FieldDescription,
                FitFieldData.Integer(0, FitBaseType.UInt8, 1),
                FitFieldData.Integer(1, FitBaseType.UInt8, 3),
                FitFieldData.Integer(2, FitBaseType.UInt8, 7),
                FitFieldData.Text(3, "cheers")),
            new FitMessageData
            {
                GlobalNumber = FitMessageNumbers.Session,
                DeveloperFields = [new FitDeveloperFieldData { DeveloperDataIndex = 1, Number = 3, BaseType = FitBaseType.String, Strings = ["Hello!", "Good Job!"] }],
            }));
        Assert.Equal(["Hello!", "Good Job!"], file.Sessions.Single().Message.DeveloperFields[0].Strings);
    }

    [Fact]
    public void Decode_UnknownMessageAndField_KeptGenerically()
    {
        var file = Decode(Build(
            Message(65283, FitFieldData.Integer(7, FitBaseType.UInt16, 42)),
            Record(Time0, FitFieldData.Integer(200, FitBaseType.SInt16, -5))));
        var unknown = file.Messages[0];
        Assert.False(unknown.IsKnown);
        Assert.Equal("unknown_65283", unknown.Name);
        Assert.Equal("field_7", unknown.Fields[0].Name);
        Assert.Equal(42, unknown.Field("field_7")!.Value.GetRaw());
        Assert.Equal(-5, file.Messages[1].Field("field_200")!.Value.GetValue());
    }
}
