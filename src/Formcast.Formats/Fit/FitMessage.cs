using System.Globalization;
using Formcast.Formats.Fit.Internal;

namespace Formcast.Formats.Fit;

/// <summary>
/// One decoded FIT data message: its global number, the fields its definition declared (raw elements kept, so
/// values can be re-encoded exactly), fields produced by component expansion, and developer fields. Messages not in
/// the profile are kept with numbered fields.
/// </summary>
public sealed class FitMessage
{
    private readonly long[] _values;
    private readonly string[][]? _strings;
    private readonly FitExpandedField[] _expanded;
    private readonly FitDeveloperValue[] _developer;
    private FitField[]? _fields;

    private FitMessage(
        FitDefinition definition,
        long[] values,
        string[][]? strings,
        FitExpandedField[] expanded,
        FitDeveloperValue[] developer,
        long byteOffset,
        int segmentIndex,
        bool compressedTimestamp)
    {
        Definition = definition;
        _values = values;
        _strings = strings;
        _expanded = expanded;
        _developer = developer;
        ByteOffset = byteOffset;
        SegmentIndex = segmentIndex;
        HasCompressedTimestamp = compressedTimestamp;
    }

    public ushort GlobalNumber => Definition.GlobalNumber;

    /// <summary>Profile name, e.g. "record", or <c>unknown_N</c> for messages outside the profile.</summary>
    public string Name => Definition.Profile?.Name ?? FitProfile.MessageName(Definition.GlobalNumber);

    /// <summary>True when the message is in the profile this decoder knows.</summary>
    public bool IsKnown => Definition.Profile is not null;

    /// <summary>Byte offset of the message's record header in the input.</summary>
    public long ByteOffset { get; }

    /// <summary>Which chained file the message came from.</summary>
    public int SegmentIndex { get; }

    /// <summary>True when the message's timestamp came from a compressed-timestamp record header.</summary>
    public bool HasCompressedTimestamp { get; }

    /// <summary>True when the message's definition declared big-endian fields.</summary>
    public bool IsBigEndian => Definition.BigEndian;

    /// <summary>The fields the definition declared, then the fields component expansion produced.</summary>
    public IReadOnlyList<FitField> Fields => _fields ??= BuildFieldViews();

    /// <summary>Developer fields, in definition order.</summary>
    public IReadOnlyList<FitDeveloperValue> DeveloperFields => _developer;

    internal FitDefinition Definition { get; }

    internal int ExpandedCount => _expanded.Length;

    /// <summary>
    /// The field numbered <paramref name="number"/>: the declared field when it holds a valid value, otherwise a value
    /// expanded from a component container, otherwise the declared (invalid) field; null when neither exists.
    /// </summary>
    public FitField? Field(byte number)
    {
        var index = Definition.IndexOf(number);
        if (index >= 0)
        {
            var declared = new FitField(this, index, null);
            if (declared.HasValue) return declared;
        }

        for (var i = 0; i < _expanded.Length; i++)
        {
            if (_expanded[i].Target.Number == number) return new FitField(this, -1 - i, null);
        }

        return index >= 0 ? new FitField(this, index, null) : null;
    }

    /// <summary>
    /// The field named <paramref name="name"/> in the profile; a sub-field name (e.g. "duration_distance") resolves to
    /// its main field when the sub-field's selector matches this message. Null when absent or not selected.
    /// </summary>
    public FitField? Field(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var profile = Definition.Profile;
        if (profile?.Field(name) is { } main) return Field(main.Number);
        if (profile is not null)
        {
            foreach (var field in profile.Fields)
            {
                foreach (var sub in field.SubFields)
                {
                    if (sub.Name != name) continue;
                    if (Field(field.Number) is not { } value || !Selects(sub)) return null;
                    return value.WithSubField(sub);
                }
            }
        }

        // Unknown messages and fields are addressed as "field_N".
        if (name.StartsWith("field_", StringComparison.Ordinal) &&
            byte.TryParse(name.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return Field(number);
        }

        return null;
    }

    /// <summary>The active sub-field of field <paramref name="number"/> in this message, if any.</summary>
    public FitField? ResolvedField(byte number)
    {
        if (Field(number) is not { } field) return null;
        if (Definition.Profile?.Field(number) is not { } profile) return field;
        foreach (var sub in profile.SubFields)
        {
            if (Selects(sub)) return field.WithSubField(sub);
        }

        return field;
    }

    /// <summary>The raw first element of field <paramref name="number"/>, or null when absent or invalid.</summary>
    public long? GetRaw(byte number)
    {
        if (TryFirstDeclared(number, out var raw, out var type, out _)) return FitBaseTypes.IsFloat(type) ? (long)BitConverter.Int64BitsToDouble(raw) : raw;
        return Numeric(Field(number)) is { } f ? f.GetRaw(0) : null;
    }

    /// <summary>The scaled first element of field <paramref name="number"/>, or null when absent or invalid.</summary>
    public double? GetValue(byte number)
    {
        if (TryFirstDeclared(number, out var raw, out var type, out var profile))
        {
            var value = FitBaseTypes.ToDouble(type, raw);
            return profile is null ? value : value / profile.Scale - profile.Offset;
        }

        return Numeric(Field(number)) is { } f ? f.GetValue(0) : null;
    }

    /// <summary>The scaled first element of the field or sub-field named <paramref name="name"/>, or null.</summary>
    public double? GetValue(string name) => Numeric(Field(name)) is { } f ? f.GetValue(0) : null;

    /// <summary>The first string of string field <paramref name="number"/>, or null.</summary>
    public string? GetString(byte number) => Field(number) is { } f && f.Strings.Count > 0 ? f.Strings[0] : null;

    /// <summary>Field 253 (seconds since the FIT epoch), or the time a compressed-timestamp header gave.</summary>
    public uint? RawTimestamp => GetRaw(253) is { } t ? (uint)t : null;

    /// <summary>Field 253 as a UTC time, or null.</summary>
    public DateTimeOffset? Timestamp => RawTimestamp is { } t ? FitTime.ToDateTime(t) : null;

    internal long Value(int slot) => _values[slot];

    /// <summary>
    /// Fast path of <see cref="GetRaw"/> and <see cref="GetValue(byte)"/>: the first element of a declared numeric
    /// scalar-or-array field when it is valid. Byte arrays and fields needing expansion take the general path.
    /// </summary>
    private bool TryFirstDeclared(byte number, out long raw, out FitBaseType type, out FitFieldProfile? profile)
    {
        var index = Definition.IndexOf(number);
        raw = 0;
        type = default;
        profile = null;
        if (index < 0) return false;
        ref readonly var field = ref Definition.Fields[index];
        type = field.BaseType;
        if (type is FitBaseType.String or FitBaseType.Byte || field.ElementCount == 0) return false;
        raw = _values[Definition.Layout!.ValueStart[index]];
        profile = field.Profile;
        return FitBaseTypes.IsValid(type, raw);
    }

    /// <summary>The field when it is numeric (a damaged definition may declare a string where the profile has a number) and its first element valid.</summary>
    private static FitField? Numeric(FitField? field) =>
        field is { HasValue: true } f && f.BaseType != FitBaseType.String && f.IsValid(0) ? f : null;

    internal string[] StringsAt(int slot) => _strings![slot];

    internal ref readonly FitExpandedField Expanded(int index) => ref _expanded[index];

    internal bool Selects(FitSubFieldProfile sub)
    {
        foreach (var (field, value) in sub.Selectors)
        {
            if (GetRaw(field) == value) return true;
        }

        return false;
    }

    internal static FitMessage Create(
        FitDefinition definition,
        ReadOnlySpan<byte> data,
        long byteOffset,
        int segmentIndex,
        ReadOnlySpan<FitExpansion> expansions,
        FitFieldDescription?[] developerDescriptions,
        bool compressedTimestamp)
    {
        var layout = definition.Layout ??= FitMessageLayout.Build(definition);
        var fields = definition.Fields;
        var values = layout.ValueCount == 0 ? [] : new long[layout.ValueCount];
        var strings = layout.StringCount == 0 ? null : new string[layout.StringCount][];
        for (var i = 0; i < fields.Length; i++)
        {
            ref readonly var field = ref fields[i];
            var bytes = data.Slice(field.Offset, field.Size);
            if (field.BaseType == FitBaseType.String)
            {
                strings![layout.StringIndex[i]] = FitStrings.Split(bytes);
                continue;
            }

            var size = FitBaseTypes.Size(field.BaseType);
            var start = layout.ValueStart[i];
            for (var e = 0; e < field.ElementCount; e++)
                values[start + e] = FitBaseTypes.Read(bytes[(e * size)..], field.BaseType, definition.BigEndian);
        }

        return new FitMessage(
            definition,
            values,
            strings,
            FitExpandedField.Group(expansions),
            FitDeveloperValue.Decode(definition, data, developerDescriptions),
            byteOffset,
            segmentIndex,
            compressedTimestamp);
    }

    private FitField[] BuildFieldViews()
    {
        var views = new FitField[Definition.Fields.Length + _expanded.Length];
        for (var i = 0; i < Definition.Fields.Length; i++) views[i] = new FitField(this, i, null);
        for (var i = 0; i < _expanded.Length; i++) views[Definition.Fields.Length + i] = new FitField(this, -1 - i, null);
        return views;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name} @ {ByteOffset} ({Definition.Fields.Length} fields)");
}
