namespace Formcast.Core;

/// <summary>A person's role within a team. Admins manage membership and consent; coaches read and plan for the
/// team's athletes; athletes see their own data.</summary>
public enum TeamRole
{
    Athlete = 0,
    Coach = 1,
    Admin = 2,
}
