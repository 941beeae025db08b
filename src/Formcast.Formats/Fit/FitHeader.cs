namespace Formcast.Formats.Fit;

/// <summary>
/// A FIT file header (12 or 14 bytes, little-endian). Source: FIT protocol, file header (FIT-FACTS §2; Garmin FIT SDK
/// <c>decoder.py</c> <c>read_file_header</c>).
/// </summary>
/// <param name="Size">Header size in bytes, 12 or 14.</param>
/// <param name="ProtocolVersion">Protocol version byte: high nibble major, low nibble minor (0x10 = 1.0, 0x20 = 2.0).</param>
/// <param name="ProfileVersion">Profile version, e.g. 2187 or 21205.</param>
/// <param name="DataSize">Declared length of the record area in bytes.</param>
/// <param name="Crc">Header CRC (14-byte headers only); 0 means "not computed".</param>
public readonly record struct FitHeader(byte Size, byte ProtocolVersion, ushort ProfileVersion, uint DataSize, ushort? Crc)
{
    public int ProtocolMajor => ProtocolVersion >> 4;

    public int ProtocolMinor => ProtocolVersion & 0x0F;
}
