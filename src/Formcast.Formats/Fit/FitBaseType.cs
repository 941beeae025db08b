namespace Formcast.Formats.Fit;

/// <summary>
/// The FIT base types: the low five bits of a field definition's base-type byte. Source: FIT protocol, base type
/// table (Garmin FIT SDK <c>fit.py</c> BASE_TYPE, profile 21.205).
/// </summary>
public enum FitBaseType : byte
{
    Enum = 0,
    SInt8 = 1,
    UInt8 = 2,
    SInt16 = 3,
    UInt16 = 4,
    SInt32 = 5,
    UInt32 = 6,
    String = 7,
    Float32 = 8,
    Float64 = 9,
    UInt8Z = 10,
    UInt16Z = 11,
    UInt32Z = 12,
    Byte = 13,
    SInt64 = 14,
    UInt64 = 15,
    UInt64Z = 16,
}
