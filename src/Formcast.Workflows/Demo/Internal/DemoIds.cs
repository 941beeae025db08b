using Formcast.Learning;

namespace Formcast.Workflows.Demo.Internal;

/// <summary>Identifiers drawn from the generator's seeded stream, so the same seed gives the same ids.</summary>
internal static class DemoIds
{
    public static Guid Next(Rng rng)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, rng.NextUInt64());
        BitConverter.TryWriteBytes(bytes[8..], rng.NextUInt64());
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // RFC 4122 version 4 layout
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
