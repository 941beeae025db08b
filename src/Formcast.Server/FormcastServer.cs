using Formcast.Server.Apis;
using Formcast.Server.Infrastructure;

namespace Formcast.Server;

/// <summary>
/// Composes the server: configuration (store from --store or FORMCAST_STORE, loopback address unless --urls says
/// otherwise), ProblemDetails errors, OpenAPI at /openapi/v1.json, the APIs and the dashboard's static files.
/// </summary>
public static class FormcastServer
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = WebRoot() });
        builder.Configuration.AddEnvironmentVariables("FORMCAST_");
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);

        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<StoreExceptionHandler>();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton<StoreHolder>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHostedService(services => services.GetRequiredService<StoreHolder>());

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapOpenApi();
        app.MapHealthApi();
        app.MapAthletesApi();
        app.MapSquadApi();
        app.MapPlanApi();
        return app;
    }

    /// <summary>The dashboard files: wwwroot beside the server program.</summary>
    private static string WebRoot() => Path.Combine(AppContext.BaseDirectory, "wwwroot");
}
