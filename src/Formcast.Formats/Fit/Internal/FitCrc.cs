namespace Formcast.Formats.Fit.Internal;

/// <summary>
/// The FIT CRC-16: reflected polynomial 0x8005 (0xA001), initial value 0, no final XOR — the nibble table of the
/// Garmin FIT SDK <c>crc_calculator.py</c> folded into one byte-wise table. Check values: "123456789" → 0xBB3D;
/// header bytes <c>0E 10 98 00 28 00 00 00 2E 46 49 54</c> → 0xACE7 (python-fitparse test_records.py).
/// </summary>
internal static class FitCrc
{
    private static readonly ushort[] Table = BuildTable();

    public static ushort Compute(ReadOnlySpan<byte> bytes, ushort crc = 0)
    {
        var table = Table;
        foreach (var b in bytes) crc = (ushort)((crc >> 8) ^ table[(crc ^ b) & 0xFF]);
        return crc;
    }

    private static ushort[] BuildTable()
    {
        var table = new ushort[256];
        for (var i = 0; i < 256; i++)
        {
            var crc = (ushort)i;
            for (var bit = 0; bit < 8; bit++) crc = (crc & 1) != 0 ? (ushort)((crc >> 1) ^ 0xA001) : (ushort)(crc >> 1);
            table[i] = crc;
        }

        return table;
    }
}
