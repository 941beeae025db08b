using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Formcast.Formats.Fit.Internal;

/// <summary>
/// Sizes, invalid values and raw reads of the FIT base types. Source: FIT protocol base type table (Garmin FIT SDK
/// <c>fit.py</c>, profile 21.205): each type has one "invalid" bit pattern meaning "no value"; the z-types use 0.
/// Integers are kept sign-extended in a <see cref="long"/> (uint64 as its bit pattern); floats as the bits of a double.
/// </summary>
internal static class FitBaseTypes
{
    public const int Count = 17;

    private static ReadOnlySpan<byte> Sizes => [1, 1, 1, 2, 2, 4, 4, 1, 4, 8, 1, 2, 4, 1, 8, 8, 8];

    /// <summary>True for a known base type number (0–16).</summary>
    public static bool IsKnown(int baseType) => (uint)baseType < Count;

    public static int Size(FitBaseType type) => Sizes[(int)type];

    public static bool IsFloat(FitBaseType type) => type is FitBaseType.Float32 or FitBaseType.Float64;

    public static bool IsSigned(FitBaseType type) =>
        type is FitBaseType.SInt8 or FitBaseType.SInt16 or FitBaseType.SInt32 or FitBaseType.SInt64;

    /// <summary>Reads one element of <paramref name="type"/> from the start of <paramref name="bytes"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Read(ReadOnlySpan<byte> bytes, FitBaseType type, bool bigEndian)
    {
        switch (type)
        {
            case FitBaseType.SInt8:
                return (sbyte)bytes[0];
            case FitBaseType.Enum:
            case FitBaseType.UInt8:
            case FitBaseType.UInt8Z:
            case FitBaseType.Byte:
            case FitBaseType.String:
                return bytes[0];
            case FitBaseType.SInt16:
                return bigEndian ? BinaryPrimitives.ReadInt16BigEndian(bytes) : BinaryPrimitives.ReadInt16LittleEndian(bytes);
            case FitBaseType.UInt16:
            case FitBaseType.UInt16Z:
                return bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes) : BinaryPrimitives.ReadUInt16LittleEndian(bytes);
            case FitBaseType.SInt32:
                return bigEndian ? BinaryPrimitives.ReadInt32BigEndian(bytes) : BinaryPrimitives.ReadInt32LittleEndian(bytes);
            case FitBaseType.UInt32:
            case FitBaseType.UInt32Z:
                return bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes);
            case FitBaseType.Float32:
                {
                    var f = bigEndian ? BinaryPrimitives.ReadSingleBigEndian(bytes) : BinaryPrimitives.ReadSingleLittleEndian(bytes);
                    return BitConverter.DoubleToInt64Bits(f);
                }

            case FitBaseType.Float64:
                {
                    var d = bigEndian ? BinaryPrimitives.ReadDoubleBigEndian(bytes) : BinaryPrimitives.ReadDoubleLittleEndian(bytes);
                    return BitConverter.DoubleToInt64Bits(d);
                }

            default:
                return bigEndian ? BinaryPrimitives.ReadInt64BigEndian(bytes) : BinaryPrimitives.ReadInt64LittleEndian(bytes);
        }
    }

    /// <summary>True when <paramref name="raw"/> (as returned by <see cref="Read"/>) is not the type's invalid value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsValid(FitBaseType type, long raw) => type switch
    {
        FitBaseType.Enum or FitBaseType.UInt8 or FitBaseType.Byte => raw != 0xFF,
        FitBaseType.SInt8 => raw != sbyte.MaxValue,
        FitBaseType.SInt16 => raw != short.MaxValue,
        FitBaseType.UInt16 => raw != ushort.MaxValue,
        FitBaseType.SInt32 => raw != int.MaxValue,
        FitBaseType.UInt32 => raw != uint.MaxValue,
        FitBaseType.String => raw != 0,
        FitBaseType.Float32 or FitBaseType.Float64 => !double.IsNaN(BitConverter.Int64BitsToDouble(raw)),
        FitBaseType.UInt8Z or FitBaseType.UInt16Z or FitBaseType.UInt32Z or FitBaseType.UInt64Z => raw != 0,
        FitBaseType.SInt64 => raw != long.MaxValue,
        FitBaseType.UInt64 => raw != -1L,
        _ => true,
    };

    /// <summary>The invalid value of <paramref name="type"/> in the representation of <see cref="Read"/>.</summary>
    public static long Invalid(FitBaseType type) => type switch
    {
        FitBaseType.Enum or FitBaseType.UInt8 or FitBaseType.Byte => 0xFF,
        FitBaseType.SInt8 => sbyte.MaxValue,
        FitBaseType.SInt16 => short.MaxValue,
        FitBaseType.UInt16 => ushort.MaxValue,
        FitBaseType.SInt32 => int.MaxValue,
        FitBaseType.UInt32 => uint.MaxValue,
        FitBaseType.Float32 or FitBaseType.Float64 => BitConverter.DoubleToInt64Bits(double.NaN),
        FitBaseType.SInt64 => long.MaxValue,
        FitBaseType.UInt64 => -1L,
        _ => 0,
    };

    /// <summary>The numeric value of a raw element (floats decoded, uint64 unsigned).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToDouble(FitBaseType type, long raw) => type switch
    {
        FitBaseType.Float32 or FitBaseType.Float64 => BitConverter.Int64BitsToDouble(raw),
        FitBaseType.UInt64 or FitBaseType.UInt64Z => (ulong)raw,
        _ => raw,
    };

    /// <summary>Writes one element of <paramref name="type"/>; the inverse of <see cref="Read"/>.</summary>
    public static void Write(Span<byte> destination, FitBaseType type, long raw, bool bigEndian)
    {
        switch (Size(type))
        {
            case 1:
                destination[0] = (byte)raw;
                break;
            case 2:
                if (bigEndian) BinaryPrimitives.WriteUInt16BigEndian(destination, (ushort)raw);
                else BinaryPrimitives.WriteUInt16LittleEndian(destination, (ushort)raw);
                break;
            case 4:
                if (type == FitBaseType.Float32)
                {
                    var f = (float)BitConverter.Int64BitsToDouble(raw);
                    if (bigEndian) BinaryPrimitives.WriteSingleBigEndian(destination, f);
                    else BinaryPrimitives.WriteSingleLittleEndian(destination, f);
                }
                else if (bigEndian)
                {
                    BinaryPrimitives.WriteUInt32BigEndian(destination, (uint)raw);
                }
                else
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(destination, (uint)raw);
                }

                break;
            default:
                if (bigEndian) BinaryPrimitives.WriteInt64BigEndian(destination, raw);
                else BinaryPrimitives.WriteInt64LittleEndian(destination, raw);
                break;
        }
    }
}
