using Formcast.Formats.Fit.Internal;

namespace Formcast.Formats.Fit;

/// <summary>One field to encode: number, base type and raw elements (or strings), optionally a fixed size in bytes.</summary>
public sealed record FitFieldData
{
    public required byte Number { get; init; }

    public required FitBaseType BaseType { get; init; }

    /// <summary>Raw elements as <see cref="FitMessage"/> reports them (floats as the bits of a double).</summary>
    public IReadOnlyList<long> Raw { get; init; } = [];

    /// <summary>Strings of a string field (NUL-separated on encoding).</summary>
    public IReadOnlyList<string> Strings { get; init; } = [];

    /// <summary>Size in bytes; by default the elements' size (strings: their UTF-8 bytes plus terminators).</summary>
    public int? Size { get; init; }

    public static FitFieldData Integer(byte number, FitBaseType type, long raw) => new() { Number = number, BaseType = type, Raw = [raw] };

    public static FitFieldData Integers(byte number, FitBaseType type, IReadOnlyList<long> raw) => new() { Number = number, BaseType = type, Raw = raw };

    public static FitFieldData Float(byte number, FitBaseType type, double value) =>
        new() { Number = number, BaseType = type, Raw = [BitConverter.DoubleToInt64Bits(value)] };

    public static FitFieldData Text(byte number, string text, int? size = null) =>
        new() { Number = number, BaseType = FitBaseType.String, Strings = [text], Size = size };

    /// <summary>Encodes a physical value with the profile's scale and offset: raw = round((value + offset) × scale).</summary>
    public static FitFieldData Scaled(byte number, FitBaseType type, double value, double scale = 1, double offset = 0) =>
        Integer(number, type, (long)Math.Round((value + offset) * scale));

    internal int EncodedSize()
    {
        if (Size is { } size) return size;
        return BaseType == FitBaseType.String ? FitStrings.Join(Strings).Length : Raw.Count * FitBaseTypes.Size(BaseType);
    }
}

/// <summary>One developer field to encode, typed by the field_description the file declares for it.</summary>
public sealed record FitDeveloperFieldData
{
    public required byte DeveloperDataIndex { get; init; }

    public required byte Number { get; init; }

    public required FitBaseType BaseType { get; init; }

    public IReadOnlyList<long> Raw { get; init; } = [];

    public IReadOnlyList<string> Strings { get; init; } = [];

    public int? Size { get; init; }

    internal FitFieldData AsField() => new() { Number = Number, BaseType = BaseType, Raw = Raw, Strings = Strings, Size = Size };
}

/// <summary>A message to encode with <see cref="FitWriter"/>.</summary>
public sealed record FitMessageData
{
    public required ushort GlobalNumber { get; init; }

    public IReadOnlyList<FitFieldData> Fields { get; init; } = [];

    public IReadOnlyList<FitDeveloperFieldData> DeveloperFields { get; init; } = [];

    /// <summary>The declared fields and developer fields of a decoded message, with their original sizes and raw bits.</summary>
    public static FitMessageData From(FitMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var fields = new List<FitFieldData>();
        var definitions = message.Definition.Fields;
        for (var d = 0; d < definitions.Length; d++)
        {
            var definition = definitions[d];
            var view = message.Fields[d];
            if (definition.BaseType == FitBaseType.String)
            {
                fields.Add(new FitFieldData { Number = definition.Number, BaseType = FitBaseType.String, Strings = [.. view.Strings], Size = definition.Size });
                continue;
            }

            var raw = new long[definition.ElementCount];
            for (var i = 0; i < raw.Length; i++) raw[i] = view.RawBits(i);
            fields.Add(new FitFieldData { Number = definition.Number, BaseType = definition.BaseType, Raw = raw, Size = definition.Size });
        }

        var developer = new List<FitDeveloperFieldData>();
        var devDefinitions = message.Definition.DeveloperFields;
        for (var i = 0; i < devDefinitions.Length; i++)
        {
            var value = message.DeveloperFields[i];
            developer.Add(new FitDeveloperFieldData
            {
                DeveloperDataIndex = devDefinitions[i].DeveloperDataIndex,
                Number = devDefinitions[i].Number,
                BaseType = value.BaseType,
                Raw = value.BaseType == FitBaseType.String ? [] : Enumerable.Range(0, value.Count).Select(value.GetRawBits).ToArray(),
                Strings = [.. value.Strings],
                Size = devDefinitions[i].Size,
            });
        }

        return new FitMessageData { GlobalNumber = message.GlobalNumber, Fields = fields, DeveloperFields = developer };
    }
}
