namespace Formcast.Core;

/// <summary>A person who signs in. An athlete who uses Formcast themselves has a user account linked through a
/// membership with <see cref="TeamRole.Athlete"/>.</summary>
public sealed record UserAccount(UserId Id, string Login)
{
    /// <summary>Full name; sensitive.</summary>
    [Sensitive]
    public string? DisplayName { get; init; }
}
