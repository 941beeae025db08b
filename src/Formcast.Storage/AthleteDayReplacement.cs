using Formcast.Core;

namespace Formcast.Storage;

/// <summary>Replaces an athlete's derived days from <see cref="From"/> onwards with <see cref="Days"/> (incremental
/// recomputation rewrites only the affected tail).</summary>
public sealed record AthleteDayReplacement(AthleteId AthleteId, DateOnly From, IReadOnlyList<AthleteDay> Days);
