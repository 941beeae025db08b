using Formcast.Workflows.Athletes;

namespace Formcast.Workflows.WhatIf;

/// <summary>A what-if for one athlete: the unchanged plan and the changed plan simulated from the stored history, side by side.</summary>
/// <param name="Athlete">Who.</param>
/// <param name="HistoryFrom">First stored day the simulation continues from (and the twin was fitted on).</param>
/// <param name="HistoryTo">Last stored day; the plan starts the day after.</param>
/// <param name="PlanStart">First planned day.</param>
/// <param name="PlanEnd">Last planned day.</param>
/// <param name="BaselinePlanRule">How the unchanged plan was made.</param>
/// <param name="Changes">The changes as understood, in plain words.</param>
/// <param name="Notes">What the simulation could not do as asked, and caveats.</param>
/// <param name="Twin">The fitted twin, or why there is none.</param>
/// <param name="Plan">Headline numbers of the unchanged plan.</param>
/// <param name="Changed">Headline numbers of the changed plan.</param>
/// <param name="Days">Every day, both plans.</param>
/// <param name="BaselineSessions">Sessions of the unchanged plan.</param>
/// <param name="ChangedSessions">Sessions of the changed plan.</param>
/// <param name="Conventions">Conventions of the simulated numbers (the athlete's daily-state conventions).</param>
/// <param name="SignalRule">When a day carries a load signal.</param>
public sealed record WhatIfReport(
    AthleteHeader Athlete, DateOnly HistoryFrom, DateOnly HistoryTo, DateOnly PlanStart, DateOnly PlanEnd, string BaselinePlanRule,
    IReadOnlyList<string> Changes, IReadOnlyList<string> Notes, TwinSummary Twin, TrajectoryTotals Plan, TrajectoryTotals Changed,
    IReadOnlyList<TrajectoryRow> Days, IReadOnlyList<PlannedSessionView> BaselineSessions, IReadOnlyList<PlannedSessionView> ChangedSessions,
    NumberConventions Conventions, string SignalRule);
