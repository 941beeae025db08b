using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.CompilerServices;
using Formcast.Formats.Fit.Internal;

namespace Formcast.Formats.Fit;

/// <summary>
/// A forward-only pull reader over the bytes of a FIT file (or several chained FIT files). <see cref="Read"/> moves to
/// the next data message, handling file headers, definition messages, compressed-timestamp headers, component
/// expansion, developer field descriptions and CRCs on the way; the accessors then read the current message's fields
/// straight from the input without allocating.
/// </summary>
/// <remarks>
/// Protocol facts (FIT-FACTS §1–§10, from the Garmin FIT SDK, fitdecode and python-fitparse): little-endian 12/14-byte
/// headers with an optional header CRC (0 = not computed); record header bit 7 selects a compressed-timestamp header
/// (local type in bits 5–6, 5-bit time offset), otherwise bit 6 marks a definition, bit 5 developer fields and bits 0–3
/// the local type; definitions set the byte order of their data messages; the file CRC covers header and records.
/// Damage never throws: it becomes a <see cref="FormatDiagnostic"/> with the byte offset, and in strict mode ends
/// reading at the first error.
/// </remarks>
public readonly ref struct FitReader
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly FitReaderState _s;

    public FitReader(ReadOnlySpan<byte> data, FitDecodeOptions? options = null)
    {
        options ??= FitDecodeOptions.Default;
        options.Validate();
        _data = data;
        _s = new FitReaderState(options);
        if (data.IsEmpty)
        {
            _s.Diagnostics.Error("fit.empty", "the input is empty; a FIT file starts with a 12- or 14-byte header", 0);
            Fail();
        }
    }

    /// <summary>Global message number of the current message (e.g. 20 = record).</summary>
    public ushort GlobalMessageNumber => Current.GlobalNumber;

    /// <summary>Profile name of the current message, or <c>unknown_N</c>.</summary>
    public string MessageName => FitProfile.MessageName(Current.GlobalNumber);

    /// <summary>Byte offset of the current message's record header in the input.</summary>
    public long MessageOffset => _s.CurrentOffset;

    /// <summary>Index of the chained file the current message belongs to.</summary>
    public int SegmentIndex => _s.Segments.Count;

    /// <summary>
    /// The current message's timestamp in seconds since the FIT epoch (1989-12-31T00:00:00Z): its field 253, or the
    /// time a compressed-timestamp header gives. Null when the message carries neither.
    /// </summary>
    public uint? Timestamp => _s.CurrentTimestamp;

    /// <summary>True when the current message had a compressed-timestamp record header.</summary>
    public bool HasCompressedTimestamp => _s.CurrentCompressed;

    /// <summary>Number of data messages read so far.</summary>
    public int MessageCount => _s.MessageCount;

    /// <summary>Diagnostics so far.</summary>
    public IReadOnlyList<FormatDiagnostic> Diagnostics => _s.Diagnostics.ToList();

    /// <summary>True when an error was met (in strict mode, reading stopped there).</summary>
    public bool HasErrors => _s.Diagnostics.HasErrors;

    /// <summary>The chained files completed (or cut short) so far.</summary>
    public IReadOnlyList<FitFileSegment> Segments => _s.Segments;

    internal FitReaderState State => _s;

    internal FitDefinition CurrentDefinition => Current;

    /// <summary>The current message's definition; reading fields with no current message is a programmer error.</summary>
    private FitDefinition Current => _s.Current ?? throw new InvalidOperationException("no current message: call Read() and use the accessors while it returns true");

    /// <summary>The scaled first element of the declared field at definition index <paramref name="index"/> (no lookup, no expansion).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryGetDeclared(int index, out double value)
    {
        var def = Current;
        ref readonly var field = ref def.Fields[index];
        if (field.ElementCount > 0 && field.BaseType != FitBaseType.String)
        {
            var raw = FitBaseTypes.Read(_data.Slice(_s.CurrentStart + field.Offset), field.BaseType, def.BigEndian);
            if (FitBaseTypes.IsValid(field.BaseType, raw))
            {
                value = Scale(field.Profile, FitBaseTypes.ToDouble(field.BaseType, raw));
                return true;
            }
        }

        value = 0;
        return false;
    }

    /// <summary>Advances to the next data message; false at the end of the input or after a fatal error.</summary>
    public bool Read()
    {
        while (true)
        {
            switch (_s.Phase)
            {
                case FitReaderPhase.Header:
                    if (_s.Position >= _data.Length)
                    {
                        _s.Phase = FitReaderPhase.Done;
                        return false;
                    }

                    if (!ReadHeader()) return false;
                    _s.Phase = FitReaderPhase.Records;
                    break;

                case FitReaderPhase.Records:
                    if (_s.Position >= _s.DataEnd || _s.Position >= _data.Length)
                    {
                        FinishSegment();
                        break;
                    }

                    if (ReadRecord()) return true;
                    break;

                default:
                    _s.Current = null;
                    return false;
            }
        }
    }

    /// <summary>True when the current message's definition has field <paramref name="fieldNumber"/>.</summary>
    public bool HasField(byte fieldNumber) => Current.IndexOf(fieldNumber) >= 0;

    /// <summary>
    /// The raw (unscaled) first element of field <paramref name="fieldNumber"/>; falls back to a value expanded from
    /// a component container. False when absent or invalid.
    /// </summary>
    public bool TryGetRaw(byte fieldNumber, out long raw)
    {
        var def = Current;
        var index = def.IndexOf(fieldNumber);
        if (index >= 0)
        {
            ref readonly var field = ref def.Fields[index];
            if (field.ElementCount > 0 && field.BaseType != FitBaseType.String)
            {
                raw = FitBaseTypes.Read(_data.Slice(_s.CurrentStart + field.Offset), field.BaseType, def.BigEndian);
                if (FitBaseTypes.IsValid(field.BaseType, raw)) return true;
            }
        }

        EnsureExpanded();
        for (var i = 0; i < _s.ExpandedCount; i++)
        {
            ref readonly var e = ref _s.Expanded[i];
            if (e.Target.Number == fieldNumber && e.Valid)
            {
                raw = (long)e.Raw;
                return true;
            }
        }

        raw = 0;
        return false;
    }

    /// <summary>
    /// The physical value (profile scale and offset applied) of the first element of field
    /// <paramref name="fieldNumber"/>, falling back to a component-expanded value. False when absent or invalid.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(byte fieldNumber, out double value)
    {
        var index = Current.IndexOf(fieldNumber);
        return (index >= 0 && TryGetDeclared(index, out value)) || TryGetExpanded(fieldNumber, out value);
    }

    /// <summary>The valid elements of field <paramref name="fieldNumber"/>, scaled; returns how many were written.</summary>
    public int GetValues(byte fieldNumber, Span<double> destination)
    {
        Span<long> raws = stackalloc long[Math.Min(destination.Length, 256)];
        var written = DeclaredRawValues(fieldNumber, raws, out var profile, out var type);
        if (written > 0)
        {
            for (var i = 0; i < written; i++) destination[i] = Scale(profile, FitBaseTypes.ToDouble(type, raws[i]));
            return written;
        }

        EnsureExpanded();
        for (var i = 0; i < _s.ExpandedCount && written < destination.Length; i++)
        {
            ref readonly var e = ref _s.Expanded[i];
            if (e.Target.Number == fieldNumber && e.Valid) destination[written++] = e.Value;
        }

        return written;
    }

    /// <summary>
    /// The valid raw elements of field <paramref name="fieldNumber"/> (expanded values, in their target's raw units,
    /// when the field is not declared); returns how many were written.
    /// </summary>
    public int GetRawValues(byte fieldNumber, Span<long> destination)
    {
        var written = DeclaredRawValues(fieldNumber, destination, out _, out _);
        if (written > 0) return written;
        EnsureExpanded();
        for (var i = 0; i < _s.ExpandedCount && written < destination.Length; i++)
        {
            ref readonly var e = ref _s.Expanded[i];
            if (e.Target.Number == fieldNumber && e.Valid) destination[written++] = (long)e.Raw;
        }

        return written;
    }

    /// <summary>The valid raw elements of a declared numeric field, with its profile and base type.</summary>
    private int DeclaredRawValues(byte fieldNumber, Span<long> destination, out FitFieldProfile? profile, out FitBaseType type)
    {
        var def = Current;
        var index = def.IndexOf(fieldNumber);
        profile = null;
        type = default;
        if (index < 0) return 0;
        ref readonly var field = ref def.Fields[index];
        profile = field.Profile;
        type = field.BaseType;
        if (type == FitBaseType.String) return 0;
        var size = FitBaseTypes.Size(type);
        var bytes = _data.Slice(_s.CurrentStart + field.Offset, field.Size);
        var written = 0;
        for (var e = 0; e < field.ElementCount && written < destination.Length; e++)
        {
            var raw = FitBaseTypes.Read(bytes.Slice(e * size), type, def.BigEndian);
            if (FitBaseTypes.IsValid(type, raw)) destination[written++] = raw;
        }

        return written;
    }

    /// <summary>The string value of field <paramref name="fieldNumber"/> (first string of the field), or null.</summary>
    public string? GetString(byte fieldNumber)
    {
        var def = Current;
        var index = def.IndexOf(fieldNumber);
        if (index < 0 || def.Fields[index].BaseType != FitBaseType.String) return null;
        var parts = FitStrings.Split(_data.Slice(_s.CurrentStart + def.Fields[index].Offset, def.Fields[index].Size));
        return parts.Length > 0 ? parts[0] : null;
    }

    /// <summary>Number of developer fields in the current message's definition.</summary>
    public int DeveloperFieldCount => Current.DeveloperFields.Length;

    /// <summary>
    /// The first element of the <paramref name="index"/>th developer field, scaled by its description; false when the
    /// field has no description, is not numeric, or is invalid.
    /// </summary>
    public bool TryGetDeveloperValue(int index, out double value, out FitFieldDescription? description)
    {
        var def = Current;
        description = DeveloperDescriptions(def)[index];
        value = 0;
        if (description is null || description.BaseType == FitBaseType.String) return false;
        ref readonly var dev = ref def.DeveloperFields[index];
        if (dev.Size < FitBaseTypes.Size(description.BaseType)) return false;
        var raw = FitBaseTypes.Read(_data.Slice(_s.CurrentStart + dev.Offset), description.BaseType, def.BigEndian);
        if (!FitBaseTypes.IsValid(description.BaseType, raw)) return false;
        value = FitBaseTypes.ToDouble(description.BaseType, raw) / (description.Scale ?? 1) - (description.Offset ?? 0);
        return true;
    }

    /// <summary>Builds the current message as a <see cref="FitMessage"/> (allocates).</summary>
    public FitMessage Materialize()
    {
        EnsureExpanded();
        var def = Current;
        return FitMessage.Create(
            def,
            _data.Slice(_s.CurrentStart, def.DataSize),
            _s.CurrentOffset,
            _s.Segments.Count,
            _s.Expanded.AsSpan(0, _s.ExpandedCount),
            DeveloperDescriptions(def),
            _s.CurrentCompressed);
    }

    internal FitFieldDescription?[] DeveloperDescriptions(FitDefinition def)
    {
        if (def.DeveloperFields.Length == 0) return [];
        if (def.DeveloperRegistryVersion == _s.DeveloperRegistryVersion && def.DeveloperDescriptions is { } cached) return cached;
        var resolved = new FitFieldDescription?[def.DeveloperFields.Length];
        for (var i = 0; i < resolved.Length; i++)
        {
            var dev = def.DeveloperFields[i];
            var key = DeveloperKey(dev.DeveloperDataIndex, dev.Number);
            if (!_s.DeveloperFields.TryGetValue(key, out resolved[i]) && _s.ReportedUndescribed.Add(key))
            {
                _s.Diagnostics.Info(
                    "fit.developer.undescribed",
                    Invariant($"developer field {dev.Number} of developer data index {dev.DeveloperDataIndex} has no field_description; its {dev.Size} bytes are kept raw"),
                    _s.CurrentOffset);
            }
        }

        def.DeveloperDescriptions = resolved;
        def.DeveloperRegistryVersion = _s.DeveloperRegistryVersion;
        return resolved;
    }

    internal static int DeveloperKey(byte developerDataIndex, byte fieldNumber) => (developerDataIndex << 8) | fieldNumber;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Scale(FitFieldProfile? profile, double raw) =>
        profile is null ? raw : raw / profile.Scale - profile.Offset;

    private bool TryGetExpanded(byte fieldNumber, out double value)
    {
        EnsureExpanded();
        for (var i = 0; i < _s.ExpandedCount; i++)
        {
            ref readonly var e = ref _s.Expanded[i];
            if (e.Target.Number == fieldNumber && e.Valid)
            {
                value = e.Value;
                return true;
            }
        }

        value = 0;
        return false;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // File headers and CRCs

    private bool ReadHeader()
    {
        var start = _s.Position;
        var remaining = _data.Length - start;
        var size = _data[start];
        var chained = _s.Segments.Count > 0;
        if (size != 12 && size != 14)
        {
            _s.Diagnostics.Error(
                "fit.header.size",
                Invariant($"{(chained ? "chained file" : "file")} header size byte is {size}, expected 12 or 14"),
                start);
            Fail();
            return false;
        }

        if (remaining < size)
        {
            _s.Diagnostics.Error(
                "fit.header.truncated",
                Invariant($"file header needs {size} bytes, found {remaining}"),
                start);
            Fail();
            return false;
        }

        var header = _data.Slice(start, size);
        if (header[8] != (byte)'.' || header[9] != (byte)'F' || header[10] != (byte)'I' || header[11] != (byte)'T')
        {
            _s.Diagnostics.Error(
                "fit.header.signature",
                Invariant($"data type at byte {start + 8} is 0x{BinaryPrimitives.ReadUInt32BigEndian(header[8..]):X8}, expected \".FIT\" (0x2E464954)"),
                start + 8);
            Fail();
            return false;
        }

        var protocol = header[1];
        var dataSize = BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
        ushort? headerCrc = size == 14 ? BinaryPrimitives.ReadUInt16LittleEndian(header[12..]) : null;
        _s.Header = new FitHeader(size, protocol, BinaryPrimitives.ReadUInt16LittleEndian(header[2..]), dataSize, headerCrc);
        _s.HeaderCrcValid = null;
        if (protocol >> 4 > 2)
        {
            _s.Diagnostics.Warning(
                "fit.header.protocol",
                Invariant($"protocol version {protocol >> 4}.{protocol & 0xF} is newer than 2.0; decoding as 2.0"),
                start + 1);
        }

        if (headerCrc is { } stored and not 0 && _s.Options.VerifyCrc)
        {
            var computed = FitCrc.Compute(header[..12]);
            _s.HeaderCrcValid = computed == stored;
            if (computed != stored)
            {
                _s.Diagnostics.Error(
                    "fit.crc.header",
                    Invariant($"header CRC is 0x{stored:X4}, computed 0x{computed:X4}"),
                    start + 12);
                if (_s.Options.Mode == DecodeMode.Strict)
                {
                    Fail();
                    return false;
                }
            }
        }

        _s.ResetFileState();
        _s.SegmentStart = start;
        _s.DataEnd = (long)start + size + dataSize;
        _s.SegmentFirstMessage = _s.MessageCount;
        _s.SegmentDefinitions = 0;
        _s.SegmentBigEndianDefinitions = 0;
        _s.Position = start + size;
        return true;
    }

    private void FinishSegment()
    {
        var complete = false;
        ushort? storedCrc = null;
        ushort? computedCrc = null;
        if (_s.DataEnd > _data.Length)
        {
            _s.Diagnostics.Error(
                "fit.eof.data",
                Invariant($"record area declared as {_s.Header.DataSize} bytes ends at byte {_s.DataEnd}, but the input ends at byte {_data.Length}"),
                _data.Length);
            _s.Position = _data.Length;
        }
        else if (_s.DataEnd + 2 > _data.Length)
        {
            _s.Diagnostics.Error(
                "fit.eof.crc",
                Invariant($"file CRC expected in the 2 bytes at {_s.DataEnd}, found {_data.Length - _s.DataEnd}"),
                _s.DataEnd);
            _s.Position = _data.Length;
        }
        else
        {
            var end = (int)_s.DataEnd;
            storedCrc = BinaryPrimitives.ReadUInt16LittleEndian(_data[end..]);
            complete = true;
            if (_s.Options.VerifyCrc)
            {
                computedCrc = FitCrc.Compute(_data[_s.SegmentStart..end]);
                if (computedCrc != storedCrc)
                {
                    _s.Diagnostics.Error(
                        "fit.crc.file",
                        Invariant($"file CRC is 0x{storedCrc:X4}, computed 0x{computedCrc:X4} over bytes {_s.SegmentStart}–{end - 1}"),
                        end);
                }
            }

            _s.Position = end + 2;
        }

        AddSegment(complete, storedCrc, computedCrc);
        _s.Current = null;
        _s.Phase = FitReaderPhase.Header;
        if (_s.Diagnostics.HasErrors && _s.Options.Mode == DecodeMode.Strict) Fail();
    }

    private void AddSegment(bool complete, ushort? storedCrc, ushort? computedCrc)
    {
        _s.Segments.Add(new FitFileSegment
        {
            Index = _s.Segments.Count,
            ByteOffset = _s.SegmentStart,
            Header = _s.Header,
            HeaderCrcValid = _s.HeaderCrcValid,
            StoredCrc = storedCrc,
            ComputedCrc = computedCrc,
            IsComplete = complete,
            FirstMessage = _s.SegmentFirstMessage,
            MessageCount = _s.MessageCount - _s.SegmentFirstMessage,
            DefinitionCount = _s.SegmentDefinitions,
            BigEndianDefinitionCount = _s.SegmentBigEndianDefinitions,
        });
    }

    /// <summary>Records a fatal condition: in strict mode (or when nothing can follow) reading stops.</summary>
    private bool Fail()
    {
        if (_s.Phase == FitReaderPhase.Records) AddSegment(complete: false, storedCrc: null, computedCrc: null);
        _s.Failed = true;
        _s.Phase = FitReaderPhase.Done;
        _s.Current = null;
        return true;
    }

    /// <summary>After an error inside the record area: strict mode stops, lenient mode skips to the segment's end.</summary>
    private void AbandonSegment()
    {
        if (_s.Options.Mode == DecodeMode.Strict)
        {
            Fail();
            return;
        }

        _s.Position = (int)Math.Min(_s.DataEnd, _data.Length);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Records

    /// <summary>Reads one record; true when it was a data message (now current).</summary>
    private bool ReadRecord()
    {
        var pos = _s.Position;
        var limit = (int)Math.Min(_s.DataEnd, _data.Length);
        var header = _data[pos];
        if ((header & 0x80) != 0)
        {
            var local = (header >> 5) & 0x03;
            var offset = header & 0x1F;
            if (!BeginDataMessage(pos, limit, local)) return false;
            ApplyCompressedTimestamp(offset);
            FinishDataMessage();
            return !_s.Failed && _s.Phase != FitReaderPhase.Done;
        }

        if ((header & 0x40) != 0)
        {
            ReadDefinition(pos, limit, header);
            return false;
        }

        if (!BeginDataMessage(pos, limit, header & 0x0F)) return false;
        _s.CurrentCompressed = false;
        _s.CurrentTimestamp = null;
        var def = Current;
        if (def.TimestampIndex >= 0)
        {
            ref readonly var field = ref def.Fields[def.TimestampIndex];
            var raw = def.BigEndian
                ? BinaryPrimitives.ReadUInt32BigEndian(_data.Slice(_s.CurrentStart + field.Offset))
                : BinaryPrimitives.ReadUInt32LittleEndian(_data.Slice(_s.CurrentStart + field.Offset));
            if (raw != uint.MaxValue)
            {
                _s.CurrentTimestamp = raw;
                _s.LastTimestamp = raw;
                _s.HasLastTimestamp = true;
            }
        }

        FinishDataMessage();
        return !_s.Failed && _s.Phase != FitReaderPhase.Done;
    }

    private bool BeginDataMessage(int pos, int limit, int local)
    {
        if (_s.MessageCount >= _s.Options.MaxMessages)
        {
            _s.Diagnostics.Error(
                "fit.limit.messages",
                Invariant($"more than {_s.Options.MaxMessages} data messages; the rest of the input is not read"),
                pos);
            Fail();
            return false;
        }

        var def = _s.Locals[local];
        if (def is null)
        {
            _s.Diagnostics.Error(
                "fit.record.undefined",
                Invariant($"data message uses local message type {local}, which no definition message has declared"),
                pos);
            AbandonSegment();
            return false;
        }

        if ((long)pos + 1 + def.DataSize > limit)
        {
            if (limit == _data.Length && _s.DataEnd > _data.Length)
            {
                _s.Diagnostics.Error(
                    "fit.eof.record",
                    Invariant($"{FitProfile.MessageName(def.GlobalNumber)} message needs {1 + def.DataSize} bytes, the input ends after {limit - pos}"),
                    pos);
                _s.Position = limit;
                if (_s.Options.Mode == DecodeMode.Strict) Fail();
                return false;
            }

            _s.Diagnostics.Error(
                "fit.record.overrun",
                Invariant($"{FitProfile.MessageName(def.GlobalNumber)} message needs {1 + def.DataSize} bytes, the record area ends after {limit - pos}"),
                pos);
            AbandonSegment();
            return false;
        }

        _s.Current = def;
        _s.CurrentOffset = pos;
        _s.CurrentStart = pos + 1;
        _s.Position = pos + 1 + def.DataSize;
        return true;
    }

    /// <summary>
    /// Compressed timestamp arithmetic (FIT-FACTS §3, fitdecode <c>_apply_compressed_accumulation</c>):
    /// t = (last &amp; ~0x1F) + offset, plus 0x20 when the offset is below the last timestamp's low five bits.
    /// </summary>
    private void ApplyCompressedTimestamp(int offset)
    {
        if (!_s.HasLastTimestamp && !_s.WarnedCompressedWithoutBase)
        {
            _s.WarnedCompressedWithoutBase = true;
            _s.Diagnostics.Warning(
                "fit.timestamp.no-base",
                "compressed timestamp header before any full timestamp; times count from 0",
                _s.CurrentOffset);
        }

        var last = _s.LastTimestamp;
        var t = (last & ~0x1Fu) + (uint)offset;
        if (offset < (last & 0x1F)) t += 0x20;
        _s.LastTimestamp = t;
        _s.HasLastTimestamp = true;
        _s.CurrentTimestamp = t;
        _s.CurrentCompressed = true;
        _s.CompressedTimestampMessages++;
    }

    private void FinishDataMessage()
    {
        var def = Current;
        _s.ExpandedCount = 0;
        if (_s.CurrentCompressed && def.Profile?.Field(253) is { } timestampProfile && def.IndexOf(253) < 0)
        {
            _s.AddExpansion(new FitExpansion(timestampProfile, _s.CurrentTimestamp!.Value, _s.CurrentTimestamp!.Value, true));
        }

        _s.PendingPureExpansion = false;
        if (_s.Options.ExpandComponents)
        {
            foreach (var index in def.AccumulatedIndices) SeedAccumulator(def, index);
            foreach (var index in def.StatefulExpandIndices) ExpandField(def, index);
            _s.PendingPureExpansion = def.PureExpandIndices.Length > 0;
        }

        _s.MessageCount++;
        if (def.GlobalNumber is 206 or 207) Register(def);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Definitions

    private void ReadDefinition(int pos, int limit, byte header)
    {
        if (limit - pos < 6)
        {
            TruncatedDefinition(pos, limit, 6);
            return;
        }

        var fieldCount = _data[pos + 5];
        var length = 6 + 3 * fieldCount;
        var hasDeveloper = (header & 0x20) != 0;
        if (hasDeveloper)
        {
            if (limit - pos < length + 1)
            {
                TruncatedDefinition(pos, limit, length + 1);
                return;
            }

            length += 1 + 3 * _data[pos + length];
        }

        if (limit - pos < length)
        {
            TruncatedDefinition(pos, limit, length);
            return;
        }

        var bytes = _data.Slice(pos, length);
        var key = DefinitionHash(bytes);
        if (!_s.DefinitionCache.TryGetValue(key, out var def) || !SameDefinition(def.Source, bytes))
        {
            def = BuildDefinition(pos, bytes, hasDeveloper);
            if (_s.DefinitionCache.Count < FitReaderState.MaxCachedDefinitions) _s.DefinitionCache[key] = def;
        }

        _s.Locals[header & 0x0F] = def;
        _s.SegmentDefinitions++;
        if (def.BigEndian) _s.SegmentBigEndianDefinitions++;
        _s.Position = pos + length;
    }

    private void TruncatedDefinition(int pos, int limit, int needed)
    {
        var truncatedFile = limit == _data.Length && _s.DataEnd > _data.Length;
        _s.Diagnostics.Error(
            truncatedFile ? "fit.eof.definition" : "fit.definition.overrun",
            Invariant($"definition message needs {needed} bytes, {(truncatedFile ? "the input" : "the record area")} ends after {limit - pos}"),
            pos);
        if (truncatedFile)
        {
            _s.Position = limit;
            if (_s.Options.Mode == DecodeMode.Strict) Fail();
        }
        else
        {
            AbandonSegment();
        }
    }

    private FitDefinition BuildDefinition(int pos, ReadOnlySpan<byte> bytes, bool hasDeveloper)
    {
        var architecture = bytes[2];
        var bigEndian = architecture != 0;
        if (architecture > 1)
        {
            _s.Diagnostics.Warning(
                "fit.definition.architecture",
                Invariant($"architecture byte is {architecture}, expected 0 (little-endian) or 1 (big-endian); reading big-endian"),
                pos + 2);
        }

        var global = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes[3..]) : BinaryPrimitives.ReadUInt16LittleEndian(bytes[3..]);
        var profile = FitProfile.Message(global);
        var fieldCount = bytes[5];
        var fields = new FitFieldDefinition[fieldCount];
        var offset = 0;
        for (var i = 0; i < fieldCount; i++)
        {
            var number = bytes[6 + 3 * i];
            var size = bytes[7 + 3 * i];
            var declared = bytes[8 + 3 * i];
            var fieldProfile = profile?.Field(number);
            var name = fieldProfile?.Name;
            FitBaseType type;
            if (!FitBaseTypes.IsKnown(declared & 0x1F))
            {
                _s.Diagnostics.Warning(
                    "fit.definition.base-type",
                    Invariant($"field {number} of {FitProfile.MessageName(global)} declares base type 0x{declared:X2}, which is not a FIT base type; read as bytes"),
                    pos + 8 + 3 * i);
                type = FitBaseType.Byte;
                fieldProfile = null;
            }
            else
            {
                type = (FitBaseType)(declared & 0x1F);
                if (size % FitBaseTypes.Size(type) != 0)
                {
                    // FIT SDK decoder.py reads such fields as uint8 bytes; python-fitparse warns "falling back to byte encoding".
                    _s.Diagnostics.Warning(
                        "fit.definition.misaligned",
                        Invariant($"field {name ?? number.ToString(CultureInfo.InvariantCulture)} of {FitProfile.MessageName(global)} is {size} bytes, not a multiple of its {type} size {FitBaseTypes.Size(type)}; read as bytes"),
                        pos + 7 + 3 * i,
                        name);
                    type = FitBaseType.Byte;
                    fieldProfile = null;
                }
            }

            var count = type == FitBaseType.String ? (size > 0 ? 1 : 0) : size / FitBaseTypes.Size(type);
            fields[i] = new FitFieldDefinition(number, size, type, offset, count, fieldProfile, name);
            offset += size;
        }

        var developer = Array.Empty<FitDeveloperFieldDefinition>();
        if (hasDeveloper)
        {
            var start = 6 + 3 * fieldCount;
            var devCount = bytes[start];
            developer = new FitDeveloperFieldDefinition[devCount];
            for (var i = 0; i < devCount; i++)
            {
                var b = start + 1 + 3 * i;
                developer[i] = new FitDeveloperFieldDefinition(bytes[b], bytes[b + 1], bytes[b + 2], offset);
                offset += bytes[b + 1];
            }
        }

        var source = bytes.ToArray();
        source[0] &= 0x20;
        return new FitDefinition(source, global, bigEndian, fields, developer, offset);
    }

    /// <summary>FNV-1a over the definition bytes, ignoring the local message number in the header byte.</summary>
    private static ulong DefinitionHash(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037UL;
        hash = (hash ^ (byte)(bytes[0] & 0x20)) * 1099511628211UL;
        for (var i = 1; i < bytes.Length; i++) hash = (hash ^ bytes[i]) * 1099511628211UL;
        return hash;
    }

    private static bool SameDefinition(byte[] source, ReadOnlySpan<byte> bytes) =>
        source.Length == bytes.Length && source[0] == (bytes[0] & 0x20) && bytes[1..].SequenceEqual(source.AsSpan(1));

    // ---------------------------------------------------------------------------------------------------------------
    // Components and accumulation

    /// <summary>
    /// A field that accumulating components target (e.g. record.distance) seeds the accumulator with its own value.
    /// As in the FIT SDK decoders, the value is converted into component units only when the same message also holds
    /// a container whose component targets the field; otherwise the raw value seeds it unchanged (Garmin FIT SDK
    /// test <c>fit_file_compressed_speed_distance_with_initial_distance</c>: distances 2, 264, 276).
    /// </summary>
    private void SeedAccumulator(FitDefinition def, int index)
    {
        ref readonly var field = ref def.Fields[index];
        var profile = field.Profile!;
        var size = FitBaseTypes.Size(field.BaseType);
        var message = _data.Slice(_s.CurrentStart + field.Offset, field.Size);
        var component = profile.AccumulatingComponent;
        var convert = component is not null && ContainsContainerFor(def, profile);
        for (var e = 0; e < field.ElementCount; e++)
        {
            var raw = FitBaseTypes.Read(message[(e * size)..], field.BaseType, def.BigEndian);
            if (!FitBaseTypes.IsValid(field.BaseType, raw)) continue;
            var seed = convert
                ? (long)Math.Round((raw / profile.Scale - profile.Offset + component!.Offset) * component.Scale)
                : raw;
            _s.AccumulatorValue[profile.AccumulatorId] = seed;
            _s.AccumulatorLast[profile.AccumulatorId] = seed;
            _s.AccumulatorSet[profile.AccumulatorId] = true;
        }
    }

    private static bool ContainsContainerFor(FitDefinition def, FitFieldProfile target)
    {
        foreach (var index in def.ExpandIndices)
        {
            foreach (var component in def.Fields[index].Profile!.Components)
            {
                if (component.Target == target) return true;
            }
        }

        return false;
    }

    private long Accumulate(int id, long value, int bits)
    {
        if (!_s.AccumulatorSet[id])
        {
            _s.AccumulatorSet[id] = true;
            _s.AccumulatorValue[id] = value;
            _s.AccumulatorLast[id] = value;
            return value;
        }

        var mask = (1L << bits) - 1;
        _s.AccumulatorValue[id] += (value - _s.AccumulatorLast[id]) & mask;
        _s.AccumulatorLast[id] = value;
        return _s.AccumulatorValue[id];
    }

    /// <summary>Computes the current message's stateless expansions (enhanced fields, data16, sub-field components) on first need.</summary>
    private void EnsureExpanded()
    {
        if (!_s.PendingPureExpansion) return;
        _s.PendingPureExpansion = false;
        var def = Current;
        foreach (var index in def.PureExpandIndices) ExpandField(def, index);
    }

    private void ExpandField(FitDefinition def, int index)
    {
        ref readonly var field = ref def.Fields[index];
        var profile = field.Profile!;
        var components = profile.Components;
        if (components.Length == 0)
        {
            // A sub-field with components (e.g. event.data as gear_change_data) is active only when its selector matches.
            components = ActiveSubFieldComponents(def, profile);
            if (components.Length == 0) return;
        }

        var bytes = _data.Slice(_s.CurrentStart + field.Offset, field.Size);
        Expand(bytes, field.BaseType, field.ElementCount, def.BigEndian, components, def);
    }

    private FitComponentProfile[] ActiveSubFieldComponents(FitDefinition def, FitFieldProfile profile)
    {
        foreach (var sub in profile.SubFields)
        {
            if (sub.Components.Length == 0) continue;
            foreach (var (refField, refValue) in sub.Selectors)
            {
                var refIndex = def.IndexOf(refField);
                if (refIndex < 0) continue;
                ref readonly var reference = ref def.Fields[refIndex];
                if (reference.ElementCount == 0 || reference.BaseType == FitBaseType.String) continue;
                var raw = FitBaseTypes.Read(_data.Slice(_s.CurrentStart + reference.Offset), reference.BaseType, def.BigEndian);
                if (raw == refValue) return sub.Components;
            }
        }

        return [];
    }

    /// <summary>
    /// Unpacks components LSB first across the container's elements (FIT-FACTS §8; Garmin FIT SDK bitstream.py),
    /// undoes each component's scale/offset and re-expresses the value in the target field's raw units.
    /// </summary>
    private void Expand(ReadOnlySpan<byte> bytes, FitBaseType type, int elementCount, bool bigEndian, FitComponentProfile[] components, FitDefinition def)
    {
        if (type == FitBaseType.String || FitBaseTypes.IsFloat(type) || elementCount == 0) return;
        var size = FitBaseTypes.Size(type);
        var elementBits = size * 8;
        var allInvalid = true;
        for (var e = 0; e < elementCount; e++)
        {
            if (FitBaseTypes.IsValid(type, FitBaseTypes.Read(bytes[(e * size)..], type, bigEndian)))
            {
                allInvalid = false;
                break;
            }
        }

        if (allInvalid) return;

        ulong buffer = 0;
        var bufferBits = 0;
        var element = 0;
        foreach (var component in components)
        {
            while (bufferBits < component.Bits && element < elementCount && bufferBits + elementBits <= 64)
            {
                var raw = (ulong)FitBaseTypes.Read(bytes[(element * size)..], type, bigEndian);
                if (elementBits < 64) raw &= (1UL << elementBits) - 1;
                buffer |= raw << bufferBits;
                bufferBits += elementBits;
                element++;
            }

            if (bufferBits < component.Bits) break;
            var value = (long)(component.Bits >= 64 ? buffer : buffer & ((1UL << component.Bits) - 1));
            buffer = component.Bits >= 64 ? 0 : buffer >> component.Bits;
            bufferBits -= component.Bits;
            AddComponentValue(component, value, def);
        }
    }

    private void AddComponentValue(FitComponentProfile component, long value, FitDefinition def)
    {
        var target = component.Target;
        if (target.AccumulatorId >= 0) value = Accumulate(target.AccumulatorId, value, component.Bits);
        var physical = value / component.Scale - component.Offset;
        var raw = (physical + target.Offset) * target.Scale;
        var valid = (long)raw != FitBaseTypes.Invalid(target.BaseType) || FitBaseTypes.IsFloat(target.BaseType);
        _s.AddExpansion(new FitExpansion(target, physical, raw, valid));

        // A target that is itself a container (compressed speed → speed → enhanced speed) expands in turn.
        if (valid && target.Components.Length > 0 && _s.ExpandedCount < 4096)
        {
            Span<byte> packed = stackalloc byte[8];
            var rawInteger = (long)raw;
            var targetSize = FitBaseTypes.Size(target.BaseType);
            FitBaseTypes.Write(packed, target.BaseType, rawInteger, bigEndian: false);
            Expand(packed[..targetSize], target.BaseType, 1, bigEndian: false, target.Components, def);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Developer data

    private void Register(FitDefinition def)
    {
        var message = Materialize();
        if (def.GlobalNumber == 207)
        {
            var application = new FitDeveloperDataId(message);
            if (application.DeveloperDataIndex is { } index) _s.DeveloperApplications[index] = application;
            _s.DeveloperRegistryVersion++;
            return;
        }

        var key = _s.FieldDescriptionCount++;
        var developerIndex = message.GetRaw(0);
        var fieldNumber = message.GetRaw(1);
        if (developerIndex is null || fieldNumber is null)
        {
            _s.Diagnostics.Warning(
                "fit.developer.description",
                "field_description without developer_data_index or field_definition_number is ignored",
                _s.CurrentOffset);
            return;
        }

        _s.DeveloperApplications.TryGetValue((byte)developerIndex.Value, out var app);
        var description = new FitFieldDescription(message, key, app.Message is null ? null : app);
        _s.DeveloperFields[DeveloperKey(description.DeveloperDataIndex, description.FieldNumber)] = description;
        _s.DeveloperRegistryVersion++;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
