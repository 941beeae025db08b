using Formcast.Server.Infrastructure;

namespace Formcast.Server.Apis;

/// <summary>GET /health: liveness plus which store is served.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (StoreHolder holder) => TypedResults.Ok(new HealthResponse("ok", holder.Store.Info.Provider.ToString(), holder.Store.Info.SchemaVersion)))
            .WithName("Health")
            .WithSummary("Liveness and the store being served");
        return app;
    }
}

public sealed record HealthResponse(string Status, string Store, int SchemaVersion);
