namespace Formcast.Workflows.Planning;

/// <summary>A recommendation, or why there is none (<see cref="NotFound"/> for an unknown athlete, otherwise bad input).</summary>
public sealed record PlanRecommendationOutcome(PlanRecommendationResult? Result, string? Problem, bool NotFound)
{
    public static PlanRecommendationOutcome Bad(string problem) => new(null, problem, false);
}
