using Formcast.Core;

namespace Formcast.Storage;

/// <summary>
/// The one storage contract Formcast runs on, implemented by the embedded SQLite file and by PostgreSQL. Every call
/// takes an <see cref="AccessContext"/>; what it may read and write is decided in one place (team memberships). Every
/// <see cref="WriteAsync"/> is one transaction: it lands completely or not at all, even if the process dies midway.
/// </summary>
public interface IFormcastStore : IAsyncDisposable
{
    /// <summary>Provider, location (without secrets) and schema version.</summary>
    StoreInfo Info { get; }

    /// <summary>Writes everything in <paramref name="batch"/> in one transaction.</summary>
    Task<WriteSummary> WriteAsync(AccessContext access, StoreBatch batch, CancellationToken cancellationToken = default);

    /// <summary>Athletes the context may see, ordered by handle.</summary>
    Task<IReadOnlyList<Athlete>> ListAthletesAsync(AccessContext access, CancellationToken cancellationToken = default);

    /// <summary>An athlete by id or handle, or null when absent or not visible to the context.</summary>
    Task<Athlete?> FindAthleteAsync(AccessContext access, string idOrHandle, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Team>> ListTeamsAsync(AccessContext access, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Membership>> ListMembershipsAsync(AccessContext access, TeamId team, CancellationToken cancellationToken = default);

    Task<UserAccount?> FindUserAsync(AccessContext access, string login, CancellationToken cancellationToken = default);

    /// <summary>True when a file with this SHA-256 was imported before (re-imports are no-ops).</summary>
    Task<bool> HasSourceFileAsync(AccessContext access, string sha256, CancellationToken cancellationToken = default);

    /// <summary>An athlete's activities whose local start day lies in [from, to] (either bound optional), by start time.</summary>
    Task<IReadOnlyList<Activity>> ListActivitiesAsync(AccessContext access, AthleteId athlete, DateRange range,
        bool includeStreams = false, CancellationToken cancellationToken = default);

    Task<Activity?> GetActivityAsync(AccessContext access, ActivityId id, bool includeStreams = true, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<WellnessEntry>> ListWellnessAsync(AccessContext access, AthleteId athlete, DateRange range, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SessionRpe>> ListSessionRpeAsync(AccessContext access, AthleteId athlete, DateRange range, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Injury>> ListInjuriesAsync(AccessContext access, AthleteId athlete, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PerformanceTest>> ListTestsAsync(AccessContext access, AthleteId athlete, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<RaceResult>> ListRacesAsync(AccessContext access, AthleteId athlete, CancellationToken cancellationToken = default);

    /// <summary>Sessions a coach set for the athlete on days in the range, by day.</summary>
    Task<IReadOnlyList<PlannedSession>> ListCoachSessionsAsync(AccessContext access, AthleteId athlete, DateRange range, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AthleteDay>> ListAthleteDaysAsync(AccessContext access, AthleteId athlete, DateRange range, CancellationToken cancellationToken = default);

    /// <summary>Registers a trained model (replacing a record with the same id) in one transaction. Squad-wide: only
    /// the owner or a team admin may register.</summary>
    Task RegisterModelAsync(AccessContext access, ModelRecord model, CancellationToken cancellationToken = default);

    /// <summary>Registered models, optionally of one name, oldest first; model files only when asked for.</summary>
    Task<IReadOnlyList<ModelRecord>> ListModelsAsync(AccessContext access, string? name = null, bool includeModelFiles = false,
        CancellationToken cancellationToken = default);

    /// <summary>Row counts per table, for summaries and tests.</summary>
    Task<StoreCounts> CountAsync(AccessContext access, CancellationToken cancellationToken = default);
}
