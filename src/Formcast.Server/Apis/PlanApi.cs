using System.Globalization;
using Formcast.Server.Infrastructure;
using Formcast.Workflows.Planning;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Formcast.Server.Apis;

/// <summary>/api/athletes/{athlete}/plan: today's session and the coming week, the same recommendation as
/// <c>formcast plan recommend</c> (one workflow behind both).</summary>
public static class PlanApi
{
    public static IEndpointRouteBuilder MapPlanApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/athletes/{athlete}/plan", GetAsync).WithTags("Plans").WithName("GetPlan")
            .WithSummary("Today's session and the coming week with targets, safety limits and reasons")
            .WithDescription("date: yyyy-MM-dd (default today, UTC); planner: " + string.Join(", ", PlanPlanners.Names)
                + "; compare: also every other planner; coach: yyyy-MM-dd:TYPE[:MINUTES] sessions that always win (repeatable); "
                + "whatIf: TYPE[:MINUTES] per day, today first, comma-separated ('-' leaves a day to the planner).");
        return app;
    }

    private static async Task<Results<Ok<PlanRecommendationResult>, ProblemHttpResult>> GetAsync(
        string athlete, string? date, string? planner, bool? compare, string[]? coach, string? whatIf, HttpContext http, StoreHolder holder, TimeProvider clock, CancellationToken ct)
    {
        var day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad date", detail: $"date '{date}' is not a yyyy-MM-dd date");

        var request = new PlanRecommendationRequest
        {
            Athlete = athlete,
            Date = day,
            Planner = planner ?? PlanPlanners.Ppo,
            Compare = compare ?? false,
            CoachSessions = coach ?? [],
            WhatIf = whatIf is null ? [] : whatIf.Split(','),
        };
        var outcome = await new PlanRecommendationWorkflow(holder.Store, RequestAccess.For(http)).RunAsync(request, ct);
        if (outcome.Result is { } result) return TypedResults.Ok(result);
        return outcome.NotFound
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Athlete not found", detail: outcome.Problem)
            : TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad plan request", detail: outcome.Problem);
    }
}
