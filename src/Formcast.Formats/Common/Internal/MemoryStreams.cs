using System.Runtime.InteropServices;

namespace Formcast.Formats.Common.Internal;

/// <summary>Read-only streams over memory the caller already holds, without copying when it is an array.</summary>
internal static class MemoryStreams
{
    public static MemoryStream Over(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);
}
