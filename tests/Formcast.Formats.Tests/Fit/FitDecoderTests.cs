using System.Buffers.Binary;
using Formcast.Formats.Fit;
using static Formcast.Formats.Tests.Fit.FitTestFiles;

namespace Formcast.Formats.Tests.Fit;

public sealed class FitDecoderTests
{
    [Fact]
    public void Decode_EmptyInput_FailsWithTypedError()
    {
        var result = FitDecoder.Decode([]);
        Assert.Null(result.Value);
        Assert.Equal("fit.empty", result.FirstError!.Code);
        Assert.Equal(0, result.FirstError.ByteOffset);
    }

    // tormoder/fit header_test.go vector: 14-byte header, protocol 0x10, profile 1111, data size 94051, CRC 0x343B.
    [Fact]
    public void Decode_TormoderHeaderVector_ReadsHeaderFieldsAndReportsMissingData()
    {
        byte[] header = [0x0E, 0x10, 0x57, 0x04, 0x63, 0x6F, 0x01, 0x00, 0x2E, 0x46, 0x49, 0x54, 0x3B, 0x34];
        var result = FitDecoder.Decode(header);
        var segment = Assert.Single(result.Value!.Segments);
        Assert.Equal(new FitHeader(14, 0x10, 1111, 94051, 0x343B), segment.Header);
        Assert.True(segment.HeaderCrcValid);
        Assert.False(segment.IsComplete);
        Assert.Equal("fit.eof.data", result.FirstError!.Code);
        Assert.Equal(14, result.FirstError.ByteOffset);
    }

    // tormoder/fit header_test.go: the same header with its last byte changed must fail the header CRC.
    [Fact]
    public void Decode_HeaderCrcChanged_ReportsBothCrcsAtOffset12()
    {
        byte[] header = [0x0E, 0x10, 0x57, 0x04, 0x63, 0x6F, 0x01, 0x00, 0x2E, 0x46, 0x49, 0x54, 0x3B, 0x35];
        var strict = FitDecoder.Decode(header, new FitDecodeOptions { Mode = DecodeMode.Strict });
        Assert.Null(strict.Value);
        var error = strict.FirstError!;
        Assert.Equal("fit.crc.header", error.Code);
        Assert.Equal(12, error.ByteOffset);
        Assert.Contains("0x353B", error.Message, StringComparison.Ordinal);
        Assert.Contains("0x343B", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_HeaderCrcZero_IsAcceptedAsNotComputed()
    {
        var bytes = Build(FileId());
        bytes[12] = 0;
        bytes[13] = 0;
        FixFileCrc(bytes);
        var file = Decode(bytes);
        Assert.Null(file.Segments[0].HeaderCrcValid);
    }

    [Theory]
    [InlineData(13, "fit.header.size")]
    [InlineData(0, "fit.header.size")]
    public void Decode_BadHeaderSize_Fails(byte size, string code)
    {
        var bytes = Build(FileId());
        bytes[0] = size;
        var result = FitDecoder.Decode(bytes);
        Assert.Null(result.Value);
        Assert.Equal(code, result.FirstError!.Code);
        Assert.Equal(0, result.FirstError.ByteOffset);
    }

    [Fact]
    public void Decode_BadSignature_FailsAtOffset8()
    {
        var bytes = Build(FileId());
        bytes[9] = (byte)'X';
        var result = FitDecoder.Decode(bytes);
        Assert.Equal("fit.header.signature", result.FirstError!.Code);
        Assert.Equal(8, result.FirstError.ByteOffset);
    }

    [Theory]
    [InlineData(12, false)]
    [InlineData(14, false)]
    [InlineData(12, true)]
    [InlineData(14, true)]
    public void Decode_EveryBaseType_RoundTripsValuesAndInvalids(int headerSize, bool bigEndian)
    {
        var options = new FitWriterOptions { HeaderSize = headerSize, BigEndian = bigEndian };
        var valid = Message(
            0xFF00,
            FitFieldData.Integer(0, FitBaseType.Enum, 7),
            FitFieldData.Integer(1, FitBaseType.SInt8, -100),
            FitFieldData.Integer(2, FitBaseType.UInt8, 200),
            FitFieldData.Integer(3, FitBaseType.SInt16, -30000),
            FitFieldData.Integer(4, FitBaseType.UInt16, 60000),
            FitFieldData.Integer(5, FitBaseType.SInt32, -2_000_000_000),
            FitFieldData.Integer(6, FitBaseType.UInt32, 4_000_000_000),
            FitFieldData.Text(7, "ÄÖ text"),
            FitFieldData.Float(8, FitBaseType.Float32, 1.5),
            FitFieldData.Float(9, FitBaseType.Float64, -2.25e100),
            FitFieldData.Integer(10, FitBaseType.UInt8Z, 255),
            FitFieldData.Integer(11, FitBaseType.UInt16Z, 65535),
            FitFieldData.Integer(12, FitBaseType.UInt32Z, 4_294_967_295),
            FitFieldData.Integer(13, FitBaseType.Byte, 0x12),
            FitFieldData.Integer(14, FitBaseType.SInt64, -9_000_000_000_000_000_000),
            FitFieldData.Integer(15, FitBaseType.UInt64, unchecked((long)18_000_000_000_000_000_000UL)),
            FitFieldData.Integer(16, FitBaseType.UInt64Z, 1));
        var invalid = Message(
            0xFF01,
            FitFieldData.Integer(0, FitBaseType.Enum, 0xFF),
            FitFieldData.Integer(1, FitBaseType.SInt8, 0x7F),
            FitFieldData.Integer(2, FitBaseType.UInt8, 0xFF),
            FitFieldData.Integer(3, FitBaseType.SInt16, 0x7FFF),
            FitFieldData.Integer(4, FitBaseType.UInt16, 0xFFFF),
            FitFieldData.Integer(5, FitBaseType.SInt32, 0x7FFFFFFF),
            FitFieldData.Integer(6, FitBaseType.UInt32, 0xFFFFFFFF),
            FitFieldData.Text(7, "", size: 4),
            FitFieldData.Integer(8, FitBaseType.Float32, BitConverter.DoubleToInt64Bits(double.NaN)),
            FitFieldData.Integer(9, FitBaseType.Float64, BitConverter.DoubleToInt64Bits(double.NaN)),
            FitFieldData.Integer(10, FitBaseType.UInt8Z, 0),
            FitFieldData.Integer(11, FitBaseType.UInt16Z, 0),
            FitFieldData.Integer(12, FitBaseType.UInt32Z, 0),
            FitFieldData.Integer(13, FitBaseType.Byte, 0xFF),
            FitFieldData.Integer(14, FitBaseType.SInt64, long.MaxValue),
            FitFieldData.Integer(15, FitBaseType.UInt64, -1),
            FitFieldData.Integer(16, FitBaseType.UInt64Z, 0));

        var file = Decode(Build(options, FileId(), valid, invalid));
        var v = file.Messages[1];
        Assert.Equal(7, v.GetRaw(0));
        Assert.Equal(-100, v.GetRaw(1));
        Assert.Equal(200, v.GetRaw(2));
        Assert.Equal(-30000, v.GetRaw(3));
        Assert.Equal(60000, v.GetRaw(4));
        Assert.Equal(-2_000_000_000, v.GetRaw(5));
        Assert.Equal(4_000_000_000, v.GetRaw(6));
        Assert.Equal("ÄÖ text", v.GetString(7));
        Assert.Equal(1.5, v.GetValue(8));
        Assert.Equal(-2.25e100, v.GetValue(9));
        Assert.Equal(255, v.GetRaw(10));
        Assert.Equal(65535, v.GetRaw(11));
        Assert.Equal(4_294_967_295, v.GetRaw(12));
        Assert.Equal(0x12, v.GetRaw(13));
        Assert.Equal(-9_000_000_000_000_000_000, v.GetRaw(14));
        Assert.Equal(18_000_000_000_000_000_000.0, v.GetValue(15));
        Assert.Equal(1, v.GetRaw(16));
        Assert.Equal("unknown_65280", v.Name);
        Assert.Equal(bigEndian, v.IsBigEndian);

        var i = file.Messages[2];
        for (byte number = 0; number <= 16; number++)
        {
            Assert.Null(i.GetRaw(number));
            Assert.False(i.Field(number)!.Value.HasValue, $"field {number} should be invalid");
        }
    }

    // Garmin FIT SDK test_decoder.py: ActivityDevFields.fit record[0].altitude raw 1865 → 1865/5 − 500 = −127 m.
    [Fact]
    public void Decode_Altitude_AppliesScaleAndOffset()
    {
        var file = Decode(Build(FileId(), Record(Time0, FitFieldData.Integer(2, FitBaseType.UInt16, 1865))));
        var record = file.Records.Single();
        var altitude = record.Message.Field(2)!.Value;
        Assert.Equal(1865, altitude.GetRaw());
        Assert.Equal(-127, altitude.GetValue());
        Assert.Equal("m", altitude.Units);
        Assert.Equal(-127, record.AltitudeMeters);
        Assert.Equal(-127, record.Message.GetValue(78)); // expanded enhanced_altitude
        Assert.True(record.Message.Field(78)!.Value.IsExpanded);
    }

    [Fact]
    public void Decode_SemicirclesAndEnhancedSpeed_AreConverted()
    {
        var file = Decode(Build(FileId(), Record(
            Time0,
            FitFieldData.Integer(0, FitBaseType.SInt32, 1 << 30),
            FitFieldData.Integer(1, FitBaseType.SInt32, -(1 << 29)),
            FitFieldData.Integer(6, FitBaseType.UInt16, 3000),
            FitFieldData.Integer(73, FitBaseType.UInt32, 70000))));
        var record = file.Records.Single();
        Assert.Equal(90, record.LatitudeDegrees);
        Assert.Equal(-45, record.LongitudeDegrees);
        Assert.Equal(70, record.SpeedMetersPerSecond); // the declared enhanced field wins over the 16-bit one
    }

    // Compressed timestamp rule, FIT-FACTS §3 (fitdecode _apply_compressed_accumulation): last 1000 (low bits 8);
    // offset 10 → 992 + 10 = 1002; offset 3 (< 10) → 992 + 3 + 32 = 1027; offset 31 → 1024 + 31 = 1055.
    [Fact]
    public void Decode_CompressedTimestampHeaders_AccumulateAndRollOver()
    {
        var writer = new FitWriter();
        writer.Write(FileId());
        writer.Write(Record(1000, FitFieldData.Integer(3, FitBaseType.UInt8, 100)));
        writer.Write(Message(FitMessageNumbers.Record, FitFieldData.Integer(3, FitBaseType.UInt8, 101)), 10);
        writer.Write(Message(FitMessageNumbers.Record, FitFieldData.Integer(3, FitBaseType.UInt8, 102)), 3);
        writer.Write(Message(FitMessageNumbers.Record, FitFieldData.Integer(3, FitBaseType.UInt8, 103)), 31);
        var file = Decode(writer.ToArray());
        var records = file.Records.ToArray();
        Assert.Equal([1000u, 1002u, 1027u, 1055u], records.Select(r => r.Message.RawTimestamp!.Value));
        Assert.Equal([false, true, true, true], records.Select(r => r.Message.HasCompressedTimestamp));
        Assert.Equal([100.0, 101, 102, 103], records.Select(r => r.HeartRateBpm!.Value));
    }

    [Fact]
    public void Decode_LocalTypeRedefinedToOtherMessage_UsesNewDefinition()
    {
        // Two definitions bound to local type 0 in turn: hand-made bytes, since the writer would pick other locals.
        byte[] records =
        [
            0x40, 0, 0, 0, 0, 1, 0, 1, 0x00, // local 0 = file_id { type: enum }
            0x00, 4,                          // file_id type 4
            0x40, 0, 1, 0, 20, 1, 3, 1, 0x02, // local 0 = record (big-endian global 20) { heart_rate: uint8 }
            0x00, 150,                        // record heart_rate 150
        ];
        var file = Decode(Wrap(records));
        Assert.Equal(["file_id", "record"], file.Messages.Select(m => m.Name));
        Assert.Equal(150, file.Records.Single().HeartRateBpm);
    }

    [Fact]
    public void Decode_ArraysAndStrings_KeepElementsAndSplitStrings()
    {
        byte[] unterminated = "abc"u8.ToArray();
        var file = Decode(Build(
            FileId(),
            Message(
                0xFF02,
                FitFieldData.Integers(0, FitBaseType.UInt16, [1, 0xFFFF, 3]),
                new FitFieldData { Number = 1, BaseType = FitBaseType.String, Strings = ["Hello!", "Good Job!"] },
                new FitFieldData { Number = 2, BaseType = FitBaseType.Byte, Raw = [.. unterminated.Select(b => (long)b)] },
                FitFieldData.Integers(3, FitBaseType.Byte, [0xFF, 0xFF]))));
        var message = file.Messages[1];
        var array = message.Field(0)!.Value;
        Assert.Equal(3, array.Count);
        Assert.Equal([true, false, true], Enumerable.Range(0, 3).Select(array.IsValid));
        Assert.Equal([1.0, double.NaN, 3.0], array.GetValues());
        Assert.Equal(["Hello!", "Good Job!"], message.Field(1)!.Value.Strings);
        Assert.False(message.Field(3)!.Value.HasValue); // byte array of all 0xFF is invalid
    }

    [Fact]
    public void Decode_UnterminatedAndInvalidUtf8Strings_DecodeWithoutFailing()
    {
        byte[] records =
        [
            0x40, 0, 0, 0, 0, 2, 8, 3, 0x07, 9, 2, 0x07, // file_id { product_name: string[3], field 9: string[2] }
            0x00, (byte)'a', (byte)'b', (byte)'c', 0xC3, 0x28,
        ];
        var message = Decode(Wrap(records)).Messages.Single();
        Assert.Equal("abc", message.GetString(8));
        Assert.Equal("\uFFFD(", message.GetString(9));
    }

    [Fact]
    public void Decode_FieldSizeNotMultipleOfType_WarnsAndKeepsBytes()
    {
        // Garmin FIT SDK test_read_incorrect_field_def_size: a 1-byte time_created still yields a value.
        byte[] records = [0x40, 0, 0, 0, 0, 1, 4, 1, 0x86, 0x00, 0x12];
        var result = FitDecoder.Decode(Wrap(records));
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "fit.definition.misaligned");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(14 + 7, warning.ByteOffset);
        var field = result.Value!.Messages.Single().Field("time_created")!.Value;
        Assert.Equal(FitBaseType.Byte, field.BaseType);
        Assert.Equal(0x12, field.GetRaw());
    }

    [Fact]
    public void Decode_UnknownBaseType_WarnsAndReadsBytes()
    {
        byte[] records = [0x40, 0, 0, 0, 0, 1, 5, 2, 0x1F, 0x00, 0xAB, 0xCD];
        var result = FitDecoder.Decode(Wrap(records));
        Assert.Contains(result.Diagnostics, d => d.Code == "fit.definition.base-type" && d.ByteOffset == 14 + 8);
        Assert.Equal([0xAB, 0xCD], Enumerable.Range(0, 2).Select(i => result.Value!.Messages[0].Field(5)!.Value.GetRaw(i)));
    }

    [Fact]
    public void Decode_MessagesWithoutFields_AreKept()
    {
        var file = Decode(Build(FileId(), Message(FitMessageNumbers.Pad), FileId()));
        Assert.Equal(["file_id", "pad", "file_id"], file.Messages.Select(m => m.Name));
        Assert.Empty(file.Messages[1].Fields);
    }

    [Fact]
    public void Decode_ChainedFiles_ResetStateAndReportEverySegment()
    {
        var first = Build(FileId(), Record(Time0, FitFieldData.Integer(3, FitBaseType.UInt8, 60)));
        var second = Build(new FitWriterOptions { BigEndian = true }, FileId(type: 2), Message(0xFF03, FitFieldData.Integer(0, FitBaseType.UInt16, 9)));
        var file = Decode([.. first, .. second]);
        Assert.Equal(2, file.Segments.Count);
        Assert.Equal(first.Length, file.Segments[1].ByteOffset);
        Assert.Equal([2, 2], file.Segments.Select(s => s.MessageCount));
        Assert.Equal([0, 2], file.Segments.Select(s => s.FirstMessage));
        Assert.All(file.Segments, s => Assert.True(s.CrcValid));
        Assert.Equal(2, file.Segments[1].BigEndianDefinitionCount);
        Assert.Equal(1, file.Messages[3].SegmentIndex);
    }

    [Fact]
    public void Decode_BadFileCrc_LenientKeepsMessagesStrictFails()
    {
        var bytes = Build(FileId(), Record(Time0, FitFieldData.Integer(3, FitBaseType.UInt8, 60)));
        bytes[^1] ^= 0xFF;
        var lenient = FitDecoder.Decode(bytes);
        Assert.False(lenient.Succeeded);
        Assert.Equal(2, lenient.Value!.Messages.Count);
        var error = lenient.FirstError!;
        Assert.Equal("fit.crc.file", error.Code);
        Assert.Equal(bytes.Length - 2, error.ByteOffset);
        Assert.Contains($"0x{BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(bytes.Length - 2)):X4}", error.Message, StringComparison.Ordinal);

        var strict = FitDecoder.Decode(bytes, new FitDecodeOptions { Mode = DecodeMode.Strict });
        Assert.Null(strict.Value);
        Assert.Equal("fit.crc.file", strict.FirstError!.Code);

        var unchecked_ = FitDecoder.Decode(bytes, new FitDecodeOptions { VerifyCrc = false });
        Assert.True(unchecked_.Succeeded);
    }

    [Fact]
    public void Decode_TruncatedTail_LenientKeepsCompleteMessagesStrictFails()
    {
        var bytes = Build(FileId(), Record(Time0, FitFieldData.Integer(3, FitBaseType.UInt8, 60)), Record(Time0 + 1, FitFieldData.Integer(3, FitBaseType.UInt8, 61)));
        var cut = bytes[..^4]; // CRC and the last two bytes of the last record
        var lenient = FitDecoder.Decode(cut);
        Assert.Equal(2, lenient.Value!.Messages.Count);
        var error = lenient.FirstError!;
        Assert.Equal("fit.eof.record", error.Code);
        Assert.Equal(bytes.Length - 2 - 6, error.ByteOffset); // record header of the last 6-byte record
        Assert.Contains(lenient.Diagnostics, d => d.Code == "fit.eof.data" && d.ByteOffset == cut.Length);

        var strict = FitDecoder.Decode(cut, new FitDecodeOptions { Mode = DecodeMode.Strict });
        Assert.Null(strict.Value);
    }

    [Fact]
    public void Decode_MissingCrcOnly_ReportsEofAtCrcOffset()
    {
        var bytes = Build(FileId());
        var result = FitDecoder.Decode(bytes.AsSpan(..^2));
        Assert.Single(result.Value!.Messages);
        Assert.Equal("fit.eof.crc", result.FirstError!.Code);
        Assert.Equal(bytes.Length - 2, result.FirstError.ByteOffset);
    }

    [Fact]
    public void Decode_UndefinedLocalType_StopsSegmentWithOffset()
    {
        byte[] records = [0x40, 0, 0, 0, 0, 1, 0, 1, 0x00, 0x00, 4, 0x05, 1, 2, 3];
        var result = FitDecoder.Decode(Wrap(records));
        Assert.Single(result.Value!.Messages);
        Assert.Equal("fit.record.undefined", result.FirstError!.Code);
        Assert.Equal(14 + 11, result.FirstError.ByteOffset);
        Assert.Contains("local message type 5", result.FirstError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_HugeDeclaredDataSize_ReportsTruncationWithoutAllocatingIt()
    {
        var bytes = Build(FileId());
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), uint.MaxValue);
        bytes[12] = 0;
        bytes[13] = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = FitDecoder.Decode(bytes);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1_000_000);
        Assert.Single(result.Value!.Messages);
        Assert.Contains(result.Diagnostics, d => d.Code == "fit.eof.data");
    }

    [Fact]
    public void Decode_MoreMessagesThanLimit_StopsWithError()
    {
        var messages = Enumerable.Range(0, 10).Select(i => Record(Time0 + (uint)i)).Prepend(FileId()).ToArray();
        var result = FitDecoder.Decode(Build(messages), new FitDecodeOptions { MaxMessages = 5 });
        Assert.Equal(5, result.Value!.Messages.Count);
        Assert.Equal("fit.limit.messages", result.FirstError!.Code);
    }

    [Fact]
    public void Decode_ManyDiagnostics_AreCappedWithSummary()
    {
        // Many misaligned definitions, each a warning.
        var records = new List<byte>();
        for (var i = 0; i < 50; i++) records.AddRange([0x40, 0, 0, (byte)i, 0xFF, 1, 1, 3, 0x84]);
        var result = FitDecoder.Decode(Wrap([.. records]), new FitDecodeOptions { MaxDiagnostics = 10 });
        Assert.Equal(11, result.Diagnostics.Count);
        Assert.Equal("fit.diagnostics.truncated", result.Diagnostics[^1].Code);
        Assert.Contains("40", result.Diagnostics[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_FileNameOption_IsCarriedByDiagnostics()
    {
        var result = FitDecoder.Decode([1, 2, 3], new FitDecodeOptions { FileName = "ride.fit" });
        Assert.Equal("ride.fit", result.FirstError!.File);
        Assert.StartsWith("ride.fit@byte 0: error fit.header.size", result.FirstError.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_ExposesFieldsWithoutMaterializing()
    {
        var bytes = Build(FileId(), Record(Time0, FitFieldData.Integer(3, FitBaseType.UInt8, 150), FitFieldData.Integer(2, FitBaseType.UInt16, 2600)));
        var reader = new FitReader(bytes);
        Assert.True(reader.Read());
        Assert.Equal(FitMessageNumbers.FileId, reader.GlobalMessageNumber);
        Assert.True(reader.Read());
        Assert.Equal("record", reader.MessageName);
        Assert.Equal(Time0, reader.Timestamp);
        Assert.True(reader.TryGetValue(3, out var heartRate));
        Assert.Equal(150, heartRate);
        Assert.True(reader.TryGetValue(78, out var enhancedAltitude)); // expanded from altitude
        Assert.Equal(20, enhancedAltitude);
        Assert.False(reader.TryGetValue(7, out _));
        Assert.False(reader.Read());
        Assert.False(reader.HasErrors);
        var threw = false;
        try
        {
            _ = reader.GlobalMessageNumber;
        }
        catch (InvalidOperationException)
        {
            threw = true;
        }

        Assert.True(threw, "reading a field with no current message must throw");
    }

    /// <summary>Wraps record bytes in a 14-byte header and a correct CRC.</summary>
    internal static byte[] Wrap(byte[] records)
    {
        var bytes = new byte[14 + records.Length + 2];
        bytes[0] = 14;
        bytes[1] = 0x20;
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(2), 21205);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)records.Length);
        ".FIT"u8.CopyTo(bytes.AsSpan(8));
        records.CopyTo(bytes, 14);
        FixFileCrc(bytes);
        return bytes;
    }

    internal static void FixFileCrc(byte[] bytes)
    {
        var crc = Formcast.Formats.Fit.Internal.FitCrc.Compute(bytes.AsSpan(0, bytes.Length - 2));
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(bytes.Length - 2), crc);
    }
}
