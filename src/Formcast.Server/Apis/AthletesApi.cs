using Formcast.Server.Infrastructure;
using Formcast.Workflows.Athletes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Formcast.Server.Apis;

/// <summary>/api/athletes: the squad, one athlete, and one athlete's daily state over a range of days.</summary>
public static class AthletesApi
{
    public static IEndpointRouteBuilder MapAthletesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/athletes").WithTags("Athletes");
        group.MapGet("/", ListAsync).WithName("ListAthletes").WithSummary("Athletes visible to the caller, by handle");
        group.MapGet("/{athlete}", GetAsync).WithName("GetAthlete").WithSummary("One athlete by handle or id");
        group.MapGet("/{athlete}/days", GetDaysAsync).WithName("GetAthleteDays")
            .WithSummary("The athlete's daily state from..to (default: the whole stored history), with conventions, heart-rate zones of the last 4 weeks and data-quality caveats");
        return app;
    }

    private static async Task<Ok<AthleteResponse[]>> ListAsync(HttpContext http, StoreHolder holder, CancellationToken ct)
    {
        var athletes = await holder.Store.ListAthletesAsync(RequestAccess.For(http), ct);
        return TypedResults.Ok(athletes.Select(AthleteResponse.From).ToArray());
    }

    private static async Task<Results<Ok<AthleteResponse>, ProblemHttpResult>> GetAsync(string athlete, HttpContext http, StoreHolder holder, CancellationToken ct)
    {
        var found = await holder.Store.FindAthleteAsync(RequestAccess.For(http), athlete, ct);
        return found is null ? NotFound(athlete) : TypedResults.Ok(AthleteResponse.From(found));
    }

    private static async Task<Results<Ok<AthleteTimeline>, ProblemHttpResult>> GetDaysAsync(
        string athlete, string? from, string? to, HttpContext http, StoreHolder holder, CancellationToken ct)
    {
        if (!QueryDates.TryParse(from, "from", out var first, out var problem) || !QueryDates.TryParse(to, "to", out var last, out problem)) return problem!;
        if (first > last) return QueryDates.BadRequest("Bad range", $"from {first:yyyy-MM-dd} is after to {last:yyyy-MM-dd}");
        var access = RequestAccess.For(http);
        var found = await holder.Store.FindAthleteAsync(access, athlete, ct);
        if (found is null) return NotFound(athlete);
        return TypedResults.Ok(await AthleteTimelineQuery.RunAsync(holder.Store, access, found, first, last, cancellationToken: ct));
    }

    private static ProblemHttpResult NotFound(string athlete) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Athlete not found", detail: $"no athlete '{athlete}'");
}
