using Formcast.Formats.Fit.Internal;

namespace Formcast.Formats.Fit;

/// <summary>
/// A developer field's description (FIT message 206 <c>field_description</c>): which developer data index and field
/// number it covers, its base type, name, units and optional scale/offset. Source: FIT protocol 2.0 developer data
/// (FIT-FACTS §10; Garmin FIT SDK profile 21.205).
/// </summary>
public sealed class FitFieldDescription
{
    internal FitFieldDescription(FitMessage message, int key, FitDeveloperDataId? application)
    {
        DeveloperDataIndex = (byte)(message.GetRaw(0) ?? 0xFF);
        FieldNumber = (byte)(message.GetRaw(1) ?? 0xFF);
        var baseTypeId = (int)((message.GetRaw(2) ?? (int)FitBaseType.Byte) & 0x1F);
        BaseType = FitBaseTypes.IsKnown(baseTypeId) ? (FitBaseType)baseTypeId : FitBaseType.Byte;
        Name = message.GetString(3);
        Units = message.GetString(8);
        Scale = message.GetRaw(6) is { } scale and > 0 ? scale : null;
        Offset = message.GetRaw(7);
        NativeMessageNumber = (ushort?)message.GetRaw(14);
        NativeFieldNumber = (byte?)message.GetRaw(15);
        Key = key;
        Application = application;
    }

    internal FitFieldDescription(byte developerDataIndex, byte fieldNumber, FitBaseType baseType, string? name, string? units)
    {
        DeveloperDataIndex = developerDataIndex;
        FieldNumber = fieldNumber;
        BaseType = baseType;
        Name = name;
        Units = units;
    }

    public byte DeveloperDataIndex { get; }

    public byte FieldNumber { get; }

    public FitBaseType BaseType { get; }

    /// <summary>The field's name as the application gives it, e.g. "Power" or "doughnuts_earned".</summary>
    public string? Name { get; }

    public string? Units { get; }

    /// <summary>Divisor applied to raw values, when the description gives one.</summary>
    public double? Scale { get; }

    /// <summary>Offset subtracted after scaling, when the description gives one.</summary>
    public double? Offset { get; }

    /// <summary>The profile message this field stands in for, when declared.</summary>
    public ushort? NativeMessageNumber { get; }

    /// <summary>The profile field this field stands in for, when declared.</summary>
    public byte? NativeFieldNumber { get; }

    /// <summary>Order of this description among the file's field_description messages (from 0).</summary>
    public int Key { get; }

    /// <summary>The application that registered the developer data index, when a developer_data_id message did.</summary>
    public FitDeveloperDataId? Application { get; }
}
