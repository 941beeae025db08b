namespace Formcast.Workflows.Planning;

/// <summary>
/// What <c>formcast plan recommend</c> and <c>GET /api/athletes/{athlete}/plan</c> ask: an athlete (handle or id),
/// the day to plan from, the planner (<see cref="PlanPlanners.Names"/>), whether to set every other planner beside
/// it, coach-set sessions (<c>yyyy-MM-dd:TYPE[:MINUTES]</c>, always kept), a what-if week (<c>TYPE[:MINUTES]</c> per day,
/// today first, <c>-</c> for the planner's choice) and an optional PPO policy file instead of the shipped one.
/// </summary>
public sealed record PlanRecommendationRequest
{
    public required string Athlete { get; init; }

    public required DateOnly Date { get; init; }

    public string Planner { get; init; } = PlanPlanners.Ppo;

    public bool Compare { get; init; }

    public IReadOnlyList<string> CoachSessions { get; init; } = [];

    public IReadOnlyList<string> WhatIf { get; init; } = [];

    public string? PolicyPath { get; init; }
}
