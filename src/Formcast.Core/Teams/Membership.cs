namespace Formcast.Core;

/// <summary>
/// Places an athlete or a user in a team with a role. An athlete's own membership has <see cref="TeamRole.Athlete"/>
/// and an <see cref="AthleteId"/>; when the athlete also signs in, <see cref="UserId"/> links the account.
/// Coaches and admins have a <see cref="UserId"/> and no athlete.
/// </summary>
public sealed record Membership(TeamId TeamId, TeamRole Role, UserId? UserId = null, AthleteId? AthleteId = null)
{
    public string? Validate()
    {
        if (UserId is null && AthleteId is null) return "a membership needs a user, an athlete, or both";
        if (Role != TeamRole.Athlete && UserId is null) return $"a {Role.ToString().ToLowerInvariant()} membership needs a user";
        if (Role != TeamRole.Athlete && AthleteId is not null) return "only athlete memberships name an athlete";
        return null;
    }
}
