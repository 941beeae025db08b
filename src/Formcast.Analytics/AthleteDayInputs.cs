using Formcast.Core;

namespace Formcast.Analytics;

/// <summary>
/// The raw material of athlete-days: scored sessions (by local day), wellness entries and days the athlete or plan marked
/// as rest. For an incremental update, sessions are needed from the first day to compute onwards and wellness from
/// <see cref="DailyStateOptions.RawLookbackDays"/> before it; anything outside is ignored.
/// </summary>
public sealed record AthleteDayInputs
{
    public IReadOnlyList<SessionLoad> Sessions { get; init; } = [];

    public IReadOnlyList<WellnessEntry> Wellness { get; init; } = [];

    /// <summary>Days declared as rest (by the athlete or the plan) even without a wellness entry.</summary>
    public IReadOnlySet<DateOnly> RestDays { get; init; } = new HashSet<DateOnly>();

    /// <summary>Scores the activities and session RPEs of one athlete and gathers them with the wellness entries.</summary>
    public static AthleteDayInputs Build(
        Athlete athlete, IEnumerable<Activity> activities, IEnumerable<SessionRpe> sessionRpes, IEnumerable<WellnessEntry> wellness,
        SessionLoadCalculator? calculator = null, IEnumerable<DateOnly>? restDays = null)
    {
        calculator ??= new SessionLoadCalculator();
        return new AthleteDayInputs
        {
            Sessions = calculator.ComputeAll(athlete, activities, sessionRpes),
            Wellness = [.. wellness],
            RestDays = (restDays ?? []).ToHashSet(),
        };
    }
}
