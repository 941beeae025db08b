using System.Text;
using Formcast.Formats.Fit.Internal;

namespace Formcast.Formats.Tests.Fit;

public sealed class FitCrcTests
{
    // CRC-16/ARC check value for "123456789" (FIT-FACTS §9 [CHK]); "a", "abc", "abcdefghij" from tormoder/fit
    // dyncrc16_test.go golden values.
    [Theory]
    [InlineData("123456789", 0xBB3D)]
    [InlineData("a", 0xE8C1)]
    [InlineData("abc", 0x9738)]
    [InlineData("abcdefghij", 0xC8B1)]
    public void Compute_CheckStrings_MatchPublishedValues(string text, int expected) =>
        Assert.Equal(expected, FitCrc.Compute(Encoding.ASCII.GetBytes(text)));

    // python-fitparse tests/test_records.py: CRC of a 12-byte header.
    [Fact]
    public void Compute_FitparseHeaderBytes_Is0xACE7() =>
        Assert.Equal(0xACE7, FitCrc.Compute([0x0E, 0x10, 0x98, 0x00, 0x28, 0x00, 0x00, 0x00, 0x2E, 0x46, 0x49, 0x54]));

    // tormoder/fit header_test.go: the 14-byte header vector stores CRC 0x343B over its first 12 bytes.
    [Fact]
    public void Compute_TormoderHeaderVector_MatchesStoredCrc() =>
        Assert.Equal(0x343B, FitCrc.Compute([0x0E, 0x10, 0x57, 0x04, 0x63, 0x6F, 0x01, 0x00, 0x2E, 0x46, 0x49, 0x54]));

    [Fact]
    public void Compute_OverDataAndItsStoredCrc_IsZero()
    {
        var data = Encoding.ASCII.GetBytes("formcast");
        var crc = FitCrc.Compute(data);
        byte[] withCrc = [.. data, (byte)crc, (byte)(crc >> 8)];
        Assert.Equal(0, FitCrc.Compute(withCrc));
    }

    [Fact]
    public void Compute_SlicedByEight_EqualsBytewiseOnEveryLengthAndSeed()
    {
        var random = new Random(11);
        for (var length = 0; length < 100; length++)
        {
            var data = new byte[length];
            random.NextBytes(data);
            var seed = (ushort)random.Next(65536);
            Assert.Equal(FitCrc.ComputeBytewise(data, seed), FitCrc.Compute(data, seed));
        }
    }
}
