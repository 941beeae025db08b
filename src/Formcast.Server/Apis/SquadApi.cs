using Formcast.Server.Infrastructure;
using Formcast.Workflows;
using Formcast.Workflows.Squad;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Formcast.Server.Apis;

/// <summary>/api/squad: the morning overview (last-7-day load and more per athlete).</summary>
public static class SquadApi
{
    public static IEndpointRouteBuilder MapSquadApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/squad", GetAsync).WithTags("Squad").WithName("GetSquad")
            .WithSummary("Squad overview as of a day (default: the last day with data)");
        return app;
    }

    private static async Task<Results<Ok<SquadResponse>, ProblemHttpResult>> GetAsync(string? asOf, HttpContext http, StoreHolder holder, CancellationToken ct)
    {
        if (!QueryDates.TryParse(asOf, "asOf", out var day, out var problem)) return problem!;
        var summary = await SquadSummaryQuery.RunAsync(holder.Store, RequestAccess.For(http), day, ct);
        return TypedResults.Ok(new SquadResponse(summary.AsOf, summary.Athletes.Select(a => new SquadLine(
            a.Id.ToString(), a.Handle, Names.Sport(a.Sport), Names.Sex(a.Sex), a.AgeYears, Names.Level(a.Level), a.Load7Days, a.Sessions7Days,
            a.Minutes7Days, a.WellnessAnswered28Days, a.LastRecordedDay, a.OpenInjury, a.Fitness, a.Fatigue, a.Form, a.AcwrEwma, a.Monotony, a.Readiness,
            a.Flags ?? [], a.Caveats ?? [])).ToArray()));
    }
}

public sealed record SquadResponse(DateOnly AsOf, SquadLine[] Athletes);

/// <summary>One athlete in the squad overview; the daily-state numbers are those of <see cref="SquadResponse.AsOf"/>.</summary>
public sealed record SquadLine(
    string Id, string Handle, string Sport, string Sex, int? Age, string Level, double Load7Days, int Sessions7Days, double Minutes7Days,
    double WellnessAnswered28Days, DateOnly? LastSession, string? OpenInjury, double? Fitness, double? Fatigue, double? Form, double? AcwrEwma,
    double? Monotony, double? Readiness, IReadOnlyList<string> Flags, IReadOnlyList<string> Caveats);
