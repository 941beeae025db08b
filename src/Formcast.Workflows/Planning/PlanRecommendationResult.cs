namespace Formcast.Workflows.Planning;

/// <summary>The recommendation for one athlete: the chosen planner's plan, the other planners' plans when compared,
/// and the what-if week when asked, all from the same state and under the same safety limits and coach sessions.</summary>
public sealed record PlanRecommendationResult(
    string Athlete, DateOnly Date, string Policy, PlanView Plan, IReadOnlyList<PlanView> Alternatives, PlanView? WhatIf, int HistoryDaysWithLoad);

/// <summary>A recommendation, or why there is none (<see cref="NotFound"/> for an unknown athlete, otherwise bad input).</summary>
public sealed record PlanRecommendationOutcome(PlanRecommendationResult? Result, string? Problem, bool NotFound)
{
    public static PlanRecommendationOutcome Bad(string problem) => new(null, problem, false);
}
