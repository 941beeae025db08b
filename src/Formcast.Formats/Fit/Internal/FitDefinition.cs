namespace Formcast.Formats.Fit.Internal;

/// <summary>One field of a definition message, with its place in the data message and its profile entry.</summary>
internal readonly struct FitFieldDefinition(
    byte number, byte size, FitBaseType baseType, int offset, int elementCount, FitFieldProfile? profile, string? name)
{
    public byte Number { get; } = number;

    public byte Size { get; } = size;

    /// <summary>The base type used for reading (bytes when the declared type is unknown or does not divide the size).</summary>
    public FitBaseType BaseType { get; } = baseType;

    /// <summary>Offset of the field's first byte after the record header.</summary>
    public int Offset { get; } = offset;

    /// <summary>Number of elements (1 for a scalar, 1 for a string field).</summary>
    public int ElementCount { get; } = elementCount;

    /// <summary>The profile entry; null for unknown fields and for fields whose size contradicts the profile type.</summary>
    public FitFieldProfile? Profile { get; } = profile;

    /// <summary>The field's profile name, also kept when the profile entry is detached (misaligned size).</summary>
    public string? Name { get; } = name;
}

/// <summary>One developer field of a definition message.</summary>
internal readonly struct FitDeveloperFieldDefinition(byte number, byte size, byte developerDataIndex, int offset)
{
    public byte Number { get; } = number;

    public byte Size { get; } = size;

    public byte DeveloperDataIndex { get; } = developerDataIndex;

    public int Offset { get; } = offset;
}

/// <summary>
/// A decoded definition message: global number, byte order, the field layout of its data messages, and indexes
/// the reader needs per message (timestamp field, component containers, accumulated fields). Immutable, so identical
/// definitions (files redefine the same layout often) share one instance.
/// </summary>
internal sealed class FitDefinition
{
    private readonly byte[] _indexByNumber;

    public FitDefinition(
        byte[] source,
        ushort globalNumber,
        bool bigEndian,
        FitFieldDefinition[] fields,
        FitDeveloperFieldDefinition[] developerFields,
        int dataSize)
    {
        Source = source;
        GlobalNumber = globalNumber;
        BigEndian = bigEndian;
        Fields = fields;
        DeveloperFields = developerFields;
        DataSize = dataSize;
        Profile = FitProfile.Message(globalNumber);

        // Field number → index + 1 (0 = absent). A definition holds at most 255 fields, so a byte suffices.
        _indexByNumber = new byte[256];
        var expand = new List<int>();
        var accumulated = new List<int>();
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            if (_indexByNumber[field.Number] == 0) _indexByNumber[field.Number] = (byte)(i + 1);
            if (field.Number == 253 && TimestampIndex < 0 && field.Size >= 4 && field.Profile is not null) TimestampIndex = i;
            if (field.Profile is not { } profile) continue;
            if (profile.Components.Length > 0 || profile.SubFields.Any(s => s.Components.Length > 0)) expand.Add(i);
            if (profile.AccumulatorId >= 0 && !FitBaseTypes.IsFloat(field.BaseType) && field.BaseType != FitBaseType.String) accumulated.Add(i);
        }

        ExpandIndices = [.. expand];
        StatefulExpandIndices = [.. expand.Where(i => IsStateful(fields[i].Profile!))];
        PureExpandIndices = [.. expand.Where(i => !IsStateful(fields[i].Profile!))];
        AccumulatedIndices = [.. accumulated];
        HasStrings = fields.Any(f => f.BaseType == FitBaseType.String);
    }

    /// <summary>The definition's bytes (header byte with the developer flag, then the rest), for sharing identical ones.</summary>
    public byte[] Source { get; }

    public ushort GlobalNumber { get; }

    public bool BigEndian { get; }

    public FitFieldDefinition[] Fields { get; }

    public FitDeveloperFieldDefinition[] DeveloperFields { get; }

    /// <summary>Bytes of one data message after its record header.</summary>
    public int DataSize { get; }

    public FitMessageProfile? Profile { get; }

    /// <summary>Index of the timestamp field (253), or -1.</summary>
    public int TimestampIndex { get; } = -1;

    /// <summary>Fields whose profile has components (directly or through a sub-field).</summary>
    public int[] ExpandIndices { get; }

    /// <summary>Containers whose components accumulate (directly or through a nested container): expanded for every message, in order.</summary>
    public int[] StatefulExpandIndices { get; }

    /// <summary>Containers whose expansion depends on the message alone: expanded only when someone reads an expanded value.</summary>
    public int[] PureExpandIndices { get; }

    /// <summary>Fields whose value seeds an accumulator (targets of accumulating components).</summary>
    public int[] AccumulatedIndices { get; }

    public bool HasStrings { get; }

    /// <summary>Layout for materialized messages, built on first use.</summary>
    public FitMessageLayout? Layout { get; set; }

    /// <summary>Developer field descriptions resolved for <see cref="DeveloperRegistryVersion"/>.</summary>
    public FitFieldDescription?[]? DeveloperDescriptions { get; set; }

    public int DeveloperRegistryVersion { get; set; } = -1;

    private static bool IsStateful(FitFieldProfile container) =>
        container.Components.Concat(container.SubFields.SelectMany(s => s.Components))
            .Any(c => c.Target.AccumulatorId >= 0 || (c.Target != container && c.Target.Components.Length > 0 && IsStateful(c.Target)));

    /// <summary>The index of field <paramref name="number"/>, or -1.</summary>
    public int IndexOf(byte number) => _indexByNumber[number] - 1;
}
