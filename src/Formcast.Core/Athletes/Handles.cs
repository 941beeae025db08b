namespace Formcast.Core;

/// <summary>Rules for athlete handles: 1–64 characters of lower-case ASCII letters, digits, '-' and '_'.</summary>
public static class Handles
{
    public static bool IsValid(string? handle)
    {
        if (string.IsNullOrEmpty(handle) || handle.Length > 64) return false;
        foreach (var c in handle)
        {
            if (!(c is >= 'a' and <= 'z' || c is >= '0' and <= '9' || c is '-' or '_')) return false;
        }

        return true;
    }
}
