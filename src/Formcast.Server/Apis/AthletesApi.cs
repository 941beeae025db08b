using Formcast.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Formcast.Server.Apis;

/// <summary>/api/athletes: the squad and one athlete.</summary>
public static class AthletesApi
{
    public static IEndpointRouteBuilder MapAthletesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/athletes").WithTags("Athletes");
        group.MapGet("/", ListAsync).WithName("ListAthletes").WithSummary("Athletes visible to the caller, by handle");
        group.MapGet("/{athlete}", GetAsync).WithName("GetAthlete").WithSummary("One athlete by handle or id");
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
        return found is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Athlete not found", detail: $"no athlete '{athlete}'")
            : TypedResults.Ok(AthleteResponse.From(found));
    }
}
