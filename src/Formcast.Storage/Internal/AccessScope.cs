using System.Data.Common;
using Formcast.Core;

namespace Formcast.Storage.Internal;

/// <summary>
/// What one access context may touch, resolved once per call from team memberships: the owner sees everything; an
/// admin or coach sees the athletes of their teams; an athlete sees themselves. This is the single place access
/// is decided.
/// </summary>
internal sealed class AccessScope
{
    private readonly HashSet<Guid> _athletes;
    private readonly HashSet<Guid> _adminTeams;
    private readonly HashSet<Guid> _teams;

    private AccessScope(AccessContext context, bool everything, HashSet<Guid> athletes, HashSet<Guid> adminTeams, HashSet<Guid> teams)
    {
        Context = context;
        Everything = everything;
        _athletes = athletes;
        _adminTeams = adminTeams;
        _teams = teams;
    }

    public AccessContext Context { get; }

    public bool Everything { get; }

    public bool IsAdminOfAnyTeam => Everything || _adminTeams.Count > 0;

    public bool CanSeeAthlete(Guid athlete) => Everything || _athletes.Contains(athlete);

    public bool CanSeeTeam(Guid team) => Everything || _teams.Contains(team);

    public bool CanAdministerTeam(Guid team) => Everything || _adminTeams.Contains(team);

    public void EnsureAthlete(Guid athlete, string what)
    {
        if (!CanSeeAthlete(athlete)) throw new AccessDeniedException($"{Context} may not {what} athlete {athlete}");
    }

    /// <summary>Lets a batch's new athletes be written by an admin who places them in one of their teams.</summary>
    public void Grant(Guid athlete) => _athletes.Add(athlete);

    public static async Task<AccessScope> ResolveAsync(AccessContext context, SqlDialect dialect, DbConnection connection,
        DbTransaction? transaction, CancellationToken cancellationToken)
    {
        if (context.IsOwner) return new AccessScope(context, true, [], [], []);

        var athletes = new HashSet<Guid>();
        var adminTeams = new HashSet<Guid>();
        var staffTeams = new HashSet<Guid>();
        var teams = new HashSet<Guid>();
        await using (var command = connection.Command("SELECT team_id, role, athlete_id FROM memberships WHERE user_id = @user", transaction))
        {
            command.Set("@user", dialect.Id(context.UserId!.Value.Value));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var team = dialect.ReadId(reader, 0);
                var role = (TeamRole)reader.Int(1);
                teams.Add(team);
                if (role == TeamRole.Admin) adminTeams.Add(team);
                if (role is TeamRole.Admin or TeamRole.Coach) staffTeams.Add(team);
                if (role == TeamRole.Athlete && !reader.IsDBNull(2)) athletes.Add(dialect.ReadId(reader, 2));
            }
        }

        foreach (var team in staffTeams)
        {
            await using var command = connection.Command("SELECT athlete_id FROM memberships WHERE team_id = @team AND athlete_id IS NOT NULL", transaction);
            command.Set("@team", dialect.Id(team));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) athletes.Add(dialect.ReadId(reader, 0));
        }

        return new AccessScope(context, false, athletes, adminTeams, teams);
    }
}
