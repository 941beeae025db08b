using Formcast.Core;

namespace Formcast.Storage;

/// <summary>
/// Everything one logical write puts in the store (an imported file, a sheet, a seeded athlete, a recomputation),
/// applied in one transaction. Athletes, teams, users and memberships are upserted; wellness replaces the same
/// athlete-day; activities, session RPE, tests, races and injuries are inserted unless their natural key exists.
/// </summary>
public sealed class StoreBatch
{
    public List<Athlete> Athletes { get; } = [];

    public List<Team> Teams { get; } = [];

    public List<UserAccount> Users { get; } = [];

    public List<Membership> Memberships { get; } = [];

    public List<SourceFileRecord> SourceFiles { get; } = [];

    public List<Activity> Activities { get; } = [];

    public List<WellnessEntry> Wellness { get; } = [];

    public List<SessionRpe> SessionRpe { get; } = [];

    public List<Injury> Injuries { get; } = [];

    public List<PerformanceTest> Tests { get; } = [];

    public List<RaceResult> Races { get; } = [];

    public List<AthleteDayReplacement> AthleteDays { get; } = [];

    /// <summary>Sessions a coach set for a day; one per athlete and day, replacing an earlier one. Planners must follow them.</summary>
    public List<PlannedSession> CoachSessions { get; } = [];

    /// <summary>Athlete-days whose coach session is withdrawn (applied before <see cref="CoachSessions"/>).</summary>
    public List<(AthleteId Athlete, DateOnly Date)> ClearedCoachSessions { get; } = [];

    public bool IsEmpty =>
        Athletes.Count + Teams.Count + Users.Count + Memberships.Count + SourceFiles.Count + Activities.Count + Wellness.Count
        + SessionRpe.Count + Injuries.Count + Tests.Count + Races.Count + AthleteDays.Count + CoachSessions.Count + ClearedCoachSessions.Count == 0;

    /// <summary>Checks every record's own validation; returns the first problem, naming the record, or null.</summary>
    public string? Validate()
    {
        foreach (var a in Athletes)
        {
            if (a.Validate() is { } p) return $"athlete '{a.Handle}': {p}";
        }

        foreach (var m in Memberships)
        {
            if (m.Validate() is { } p) return $"membership in team {m.TeamId}: {p}";
        }

        foreach (var a in Activities)
        {
            if (a.Validate() is { } p) return $"activity {a.Id} starting {a.StartUtc:O}: {p}";
        }

        foreach (var w in Wellness)
        {
            if (w.Validate() is { } p) return $"wellness {w.Date:yyyy-MM-dd}: {p}";
        }

        foreach (var r in SessionRpe)
        {
            if (r.Validate() is { } p) return $"session RPE {r.Date:yyyy-MM-dd}: {p}";
        }

        foreach (var i in Injuries)
        {
            if (i.Validate() is { } p) return $"injury {i.OnsetDate:yyyy-MM-dd}: {p}";
        }

        foreach (var t in Tests)
        {
            if (t.Validate() is { } p) return $"test {t.Kind} {t.Date:yyyy-MM-dd}: {p}";
        }

        foreach (var c in CoachSessions)
        {
            if (c.DurationMinutes < 0 || c.DurationMinutes > 24 * 60 || !double.IsFinite(c.DurationMinutes))
                return $"coach session {c.Date:yyyy-MM-dd}: duration {c.DurationMinutes} min is outside 0–1440";
            if (!Enum.IsDefined(c.Intensity)) return $"coach session {c.Date:yyyy-MM-dd}: unknown session type {(int)c.Intensity}";
        }

        foreach (var r in Races)
        {
            if (r.Validate() is { } p) return $"race {r.Date:yyyy-MM-dd}: {p}";
        }

        return null;
    }
}
