using Formcast.Core;

namespace Formcast.Storage;

/// <summary>Names of the key scopes sensitive fields are protected under.</summary>
public static class ProtectionScopes
{
    public static string For(AthleteId athlete) => $"athlete:{athlete}";

    public static string For(UserId user) => $"user:{user}";
}
