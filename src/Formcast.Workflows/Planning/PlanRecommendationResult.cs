namespace Formcast.Workflows.Planning;

/// <summary>The recommendation for one athlete: the chosen planner's plan, the other planners' plans when compared,
/// and the what-if week when asked, all from the same state and under the same safety limits and coach sessions.</summary>
public sealed record PlanRecommendationResult(
    string Athlete, DateOnly Date, string Policy, PlanView Plan, IReadOnlyList<PlanView> Alternatives, PlanView? WhatIf, int HistoryDaysWithLoad);
