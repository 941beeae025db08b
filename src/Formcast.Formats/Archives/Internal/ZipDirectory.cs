using System.Buffers.Binary;

namespace Formcast.Formats.Archives.Internal;

/// <summary>
/// Reads the entry count a ZIP declares in its end-of-central-directory record (APPNOTE 6.3.10 §4.3.16, and the
/// ZIP64 record §4.3.14 with its locator §4.3.15) before the archive is opened, because opening loads the whole
/// central directory into memory — an archive declaring millions of entries must be refused first.
/// </summary>
internal static class ZipDirectory
{
    private const uint EndOfCentralDirectory = 0x06054b50;
    private const uint Zip64Locator = 0x07064b50;
    private const uint Zip64EndOfCentralDirectory = 0x06064b50;

    /// <summary>The declared number of entries, or null when no end record is found (the opener then reports).</summary>
    public static long? DeclaredEntryCount(Stream stream)
    {
        if (!stream.CanSeek || stream.Length < 22) return null;
        var tailLength = (int)Math.Min(stream.Length, 22 + ushort.MaxValue);
        var tail = new byte[tailLength];
        stream.Seek(-tailLength, SeekOrigin.End);
        stream.ReadExactly(tail);
        stream.Seek(0, SeekOrigin.Begin);

        for (var i = tailLength - 22; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i)) != EndOfCentralDirectory) continue;
            var count = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(i + 10));
            if (count != ushort.MaxValue) return count;
            return Zip64Count(stream, stream.Length - tailLength + i) ?? count;
        }

        return null;
    }

    private static long? Zip64Count(Stream stream, long endRecordOffset)
    {
        if (endRecordOffset < 20) return null;
        var locator = new byte[20];
        stream.Seek(endRecordOffset - 20, SeekOrigin.Begin);
        stream.ReadExactly(locator);
        if (BinaryPrimitives.ReadUInt32LittleEndian(locator) != Zip64Locator) return Rewind(stream);
        var recordOffset = BinaryPrimitives.ReadInt64LittleEndian(locator.AsSpan(8));
        if (recordOffset < 0 || recordOffset > stream.Length - 56) return Rewind(stream);
        var record = new byte[56];
        stream.Seek(recordOffset, SeekOrigin.Begin);
        stream.ReadExactly(record);
        stream.Seek(0, SeekOrigin.Begin);
        if (BinaryPrimitives.ReadUInt32LittleEndian(record) != Zip64EndOfCentralDirectory) return null;
        var total = BinaryPrimitives.ReadInt64LittleEndian(record.AsSpan(32));
        return total < 0 ? long.MaxValue : total;
    }

    private static long? Rewind(Stream stream)
    {
        stream.Seek(0, SeekOrigin.Begin);
        return null;
    }
}
