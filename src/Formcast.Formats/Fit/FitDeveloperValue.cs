using System.Globalization;
using Formcast.Formats.Fit.Internal;

namespace Formcast.Formats.Fit;

/// <summary>
/// One developer field of a message, typed and named by its <see cref="FitFieldDescription"/>. Without a
/// description (none was declared before the message), its bytes are kept raw.
/// </summary>
public sealed class FitDeveloperValue
{
    private readonly long[] _raw;
    private readonly string[] _strings;

    private FitDeveloperValue(byte developerDataIndex, byte fieldNumber, FitFieldDescription? description, FitBaseType baseType, long[] raw, string[] strings)
    {
        DeveloperDataIndex = developerDataIndex;
        FieldNumber = fieldNumber;
        Description = description;
        BaseType = baseType;
        _raw = raw;
        _strings = strings;
    }

    public byte DeveloperDataIndex { get; }

    public byte FieldNumber { get; }

    /// <summary>The description that types this field; null when the file gave none.</summary>
    public FitFieldDescription? Description { get; }

    public FitBaseType BaseType { get; }

    public string Name => Description?.Name ??
        string.Create(CultureInfo.InvariantCulture, $"developer_{DeveloperDataIndex}_{FieldNumber}");

    public string? Units => Description?.Units;

    public int Count => BaseType == FitBaseType.String ? _strings.Length : _raw.Length;

    public IReadOnlyList<string> Strings => _strings;

    public bool HasValue
    {
        get
        {
            if (BaseType == FitBaseType.String) return _strings.Length > 0;
            foreach (var raw in _raw)
            {
                if (FitBaseTypes.IsValid(BaseType, raw)) return true;
            }

            return false;
        }
    }

    public bool IsValid(int index) => BaseType == FitBaseType.String ? index < _strings.Length : FitBaseTypes.IsValid(BaseType, _raw[index]);

    /// <summary>Raw element bits as decoded (integers sign-extended, floats as double bits).</summary>
    public long GetRawBits(int index = 0) => _raw[index];

    /// <summary>The element scaled by the description's scale and offset; NaN when invalid.</summary>
    public double GetValue(int index = 0)
    {
        if (!IsValid(index) || BaseType == FitBaseType.String) return double.NaN;
        return FitBaseTypes.ToDouble(BaseType, _raw[index]) / (Description?.Scale ?? 1) - (Description?.Offset ?? 0);
    }

    public double[] GetValues()
    {
        var values = new double[Count];
        for (var i = 0; i < values.Length; i++) values[i] = GetValue(i);
        return values;
    }

    internal static FitDeveloperValue[] Decode(FitDefinition definition, ReadOnlySpan<byte> data, FitFieldDescription?[] descriptions)
    {
        var fields = definition.DeveloperFields;
        if (fields.Length == 0) return [];
        var result = new FitDeveloperValue[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var bytes = data.Slice(field.Offset, field.Size);
            var description = descriptions[i];
            var type = description?.BaseType ?? FitBaseType.Byte;
            if (type != FitBaseType.String && field.Size % FitBaseTypes.Size(type) != 0) type = FitBaseType.Byte;
            if (type == FitBaseType.String)
            {
                result[i] = new FitDeveloperValue(field.DeveloperDataIndex, field.Number, description, type, [], FitStrings.Split(bytes));
                continue;
            }

            var size = FitBaseTypes.Size(type);
            var raw = new long[field.Size / size];
            for (var e = 0; e < raw.Length; e++) raw[e] = FitBaseTypes.Read(bytes[(e * size)..], type, definition.BigEndian);
            result[i] = new FitDeveloperValue(field.DeveloperDataIndex, field.Number, description, type, raw, []);
        }

        return result;
    }

    public override string ToString() =>
        BaseType == FitBaseType.String
            ? $"{Name} = \"{string.Join("\", \"", _strings)}\""
            : string.Create(CultureInfo.InvariantCulture, $"{Name} = {string.Join(", ", GetValues())} {Units}").TrimEnd();
}
