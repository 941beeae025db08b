namespace Formcast.Storage;

/// <summary>
/// The seam every sensitive field (names, injury details, medical notes, wellness free text) passes through on its
/// way to and from the store. The scope names whose key protects the value ("athlete:&lt;id&gt;", "user:&lt;id&gt;"), so an
/// encrypting protector can use one key per person and erase a person by destroying the key, with no schema change:
/// protected values are opaque bytes whose first byte names the scheme.
/// </summary>
public interface IFieldProtector
{
    /// <summary>Protects <paramref name="plaintext"/> (null stays null).</summary>
    byte[]? Protect(string scope, string field, string? plaintext);

    /// <summary>Recovers the plaintext; returns null for null input, and throws <see cref="FieldProtectionException"/>
    /// when the value cannot be recovered (unknown scheme, erased key).</summary>
    string? Unprotect(string scope, string field, byte[]? protectedValue);
}
