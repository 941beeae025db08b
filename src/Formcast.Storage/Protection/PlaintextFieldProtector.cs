using System.Text;

namespace Formcast.Storage;

/// <summary>
/// The default protector: scheme byte 0x00 followed by UTF-8. It marks the fields but does not encrypt them; the
/// privacy module supplies an encrypting protector for the same columns.
/// </summary>
public sealed class PlaintextFieldProtector : IFieldProtector
{
    public const byte Scheme = 0x00;

    public static PlaintextFieldProtector Instance { get; } = new();

    public byte[]? Protect(string scope, string field, string? plaintext)
    {
        if (plaintext is null) return null;
        var bytes = new byte[Encoding.UTF8.GetByteCount(plaintext) + 1];
        bytes[0] = Scheme;
        Encoding.UTF8.GetBytes(plaintext, bytes.AsSpan(1));
        return bytes;
    }

    public string? Unprotect(string scope, string field, byte[]? protectedValue)
    {
        if (protectedValue is null) return null;
        if (protectedValue.Length == 0 || protectedValue[0] != Scheme)
            throw new FieldProtectionException(
                $"field '{field}' of {scope} uses protection scheme 0x{(protectedValue.Length == 0 ? 0xFF : protectedValue[0]):X2}, which this store's protector cannot read");
        return Encoding.UTF8.GetString(protectedValue.AsSpan(1));
    }
}
