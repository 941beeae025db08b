using System.Buffers;
using System.Buffers.Binary;
using Formcast.Formats.Fit.Internal;

namespace Formcast.Formats.Fit;

/// <summary>Encoding choices for <see cref="FitWriter"/>.</summary>
public sealed record FitWriterOptions
{
    public static FitWriterOptions Default { get; } = new();

    /// <summary>Write multi-byte fields big-endian (architecture 1) instead of little-endian.</summary>
    public bool BigEndian { get; init; }

    /// <summary>14-byte header with header CRC (default) or the legacy 12-byte header.</summary>
    public int HeaderSize { get; init; } = 14;

    /// <summary>Protocol version byte; 0x20 (2.0) allows developer fields.</summary>
    public byte ProtocolVersion { get; init; } = 0x20;

    /// <summary>Profile version written into the header (21205 = 21.205).</summary>
    public ushort ProfileVersion { get; init; } = 21205;

    internal void Validate()
    {
        if (HeaderSize is not (12 or 14)) throw new ArgumentOutOfRangeException(nameof(HeaderSize), HeaderSize, "must be 12 or 14");
    }
}

/// <summary>
/// Encodes messages into one FIT file: header, definition messages (written when a message's layout differs from
/// the one bound to a local type; 16 local types reused least-recently first), data messages, CRCs.
/// Layout and CRC rules as <see cref="FitReader"/> reads them (FIT-FACTS §2–§9).
/// </summary>
public sealed class FitWriter
{
    private readonly FitWriterOptions _options;
    private readonly ArrayBufferWriter<byte> _records = new(4096);
    private readonly byte[]?[] _locals = new byte[16][];
    private readonly long[] _lastUse = new long[16];
    private long _clock;

    public FitWriter(FitWriterOptions? options = null)
    {
        _options = options ?? FitWriterOptions.Default;
        _options.Validate();
    }

    /// <summary>Appends a data message (and its definition when needed).</summary>
    public void Write(FitMessageData message) => Write(message, compressedTimeOffset: null);

    /// <summary>
    /// Appends a data message with a compressed-timestamp record header carrying <paramref name="compressedTimeOffset"/>
    /// (the low five bits of the message's time); the message itself should then carry no field 253.
    /// </summary>
    public void Write(FitMessageData message, int? compressedTimeOffset)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (compressedTimeOffset is < 0 or > 31)
            throw new ArgumentOutOfRangeException(nameof(compressedTimeOffset), compressedTimeOffset, "must be 0–31");
        var definition = DefinitionBytes(message);
        var local = Local(definition, compressedTimeOffset is not null);
        var dataSize = message.Fields.Sum(f => f.EncodedSize()) + message.DeveloperFields.Sum(f => f.AsField().EncodedSize());
        var span = _records.GetSpan(1 + dataSize);
        span[0] = compressedTimeOffset is { } offset ? (byte)(0x80 | (local << 5) | offset) : (byte)local;
        var at = 1;
        foreach (var field in message.Fields) at += Encode(span[at..], field);
        foreach (var field in message.DeveloperFields) at += Encode(span[at..], field.AsField());
        _records.Advance(at);
    }

    /// <summary>The finished file: header, records and file CRC.</summary>
    public byte[] ToArray()
    {
        var headerSize = _options.HeaderSize;
        var file = new byte[headerSize + _records.WrittenCount + 2];
        file[0] = (byte)headerSize;
        file[1] = _options.ProtocolVersion;
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(2), _options.ProfileVersion);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)_records.WrittenCount);
        ".FIT"u8.CopyTo(file.AsSpan(8));
        if (headerSize == 14) BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(12), FitCrc.Compute(file.AsSpan(0, 12)));
        _records.WrittenSpan.CopyTo(file.AsSpan(headerSize));
        var end = headerSize + _records.WrittenCount;
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(end), FitCrc.Compute(file.AsSpan(0, end)));
        return file;
    }

    private int Local(byte[] definition, bool compressed)
    {
        _clock++;
        var slots = compressed ? 4 : 16;
        for (var i = 0; i < slots; i++)
        {
            if (_locals[i] is { } bound && bound.AsSpan().SequenceEqual(definition))
            {
                _lastUse[i] = _clock;
                return i;
            }
        }

        var local = 0;
        for (var i = 1; i < slots; i++)
        {
            if (_lastUse[i] < _lastUse[local]) local = i;
        }

        _locals[local] = definition;
        _lastUse[local] = _clock;
        var span = _records.GetSpan(definition.Length);
        definition.CopyTo(span);
        span[0] |= (byte)local;
        _records.Advance(definition.Length);
        return local;
    }

    private byte[] DefinitionBytes(FitMessageData message)
    {
        if (message.Fields.Count > 255 || message.DeveloperFields.Count > 255)
            throw new ArgumentException("a FIT message holds at most 255 fields and 255 developer fields", nameof(message));
        var hasDeveloper = message.DeveloperFields.Count > 0;
        var bytes = new byte[6 + 3 * message.Fields.Count + (hasDeveloper ? 1 + 3 * message.DeveloperFields.Count : 0)];
        bytes[0] = (byte)(0x40 | (hasDeveloper ? 0x20 : 0));
        bytes[2] = _options.BigEndian ? (byte)1 : (byte)0;
        if (_options.BigEndian) BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(3), message.GlobalNumber);
        else BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(3), message.GlobalNumber);
        bytes[5] = (byte)message.Fields.Count;
        var at = 6;
        foreach (var field in message.Fields)
        {
            bytes[at++] = field.Number;
            bytes[at++] = checked((byte)field.EncodedSize());
            bytes[at++] = BaseTypeByte(field.BaseType);
        }

        if (hasDeveloper)
        {
            bytes[at++] = (byte)message.DeveloperFields.Count;
            foreach (var field in message.DeveloperFields)
            {
                bytes[at++] = field.Number;
                bytes[at++] = checked((byte)field.AsField().EncodedSize());
                bytes[at++] = field.DeveloperDataIndex;
            }
        }

        return bytes;
    }

    /// <summary>Base-type byte with the endian-ability flag (bit 7) set for multi-byte types, as devices write it.</summary>
    private static byte BaseTypeByte(FitBaseType type) => (byte)((FitBaseTypes.Size(type) > 1 ? 0x80 : 0) | (int)type);

    private int Encode(Span<byte> destination, FitFieldData field)
    {
        var size = field.EncodedSize();
        var target = destination[..size];
        target.Clear();
        if (field.BaseType == FitBaseType.String)
        {
            var encoded = FitStrings.Join(field.Strings);
            encoded.AsSpan(0, Math.Min(encoded.Length, size)).CopyTo(target);
            return size;
        }

        var elementSize = FitBaseTypes.Size(field.BaseType);
        if (size % elementSize != 0)
            throw new ArgumentException($"field {field.Number}: size {size} is not a multiple of {field.BaseType}'s {elementSize} bytes");
        for (var i = 0; i < size / elementSize; i++)
        {
            var raw = i < field.Raw.Count ? field.Raw[i] : FitBaseTypes.Invalid(field.BaseType);
            FitBaseTypes.Write(target[(i * elementSize)..], field.BaseType, raw, _options.BigEndian);
        }

        return size;
    }
}
