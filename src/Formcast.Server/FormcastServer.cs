using Formcast.Server.Apis;
using Formcast.Server.Infrastructure;
using Microsoft.Extensions.FileProviders;

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
        // The charting library and the athlete charts shared with the HTML report, shipped beside the program.
        if (Directory.Exists(Assets()))
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Assets()), RequestPath = "/assets" });
        app.MapOpenApi();
        app.MapHealthApi();
        app.MapAthletesApi();
        app.MapSquadApi();
        app.MapPlanApi();
        return app;
    }

    /// <summary>The dashboard files: wwwroot beside the server program.</summary>
    private static string WebRoot() => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    /// <summary>The shared front-end assets: assets beside the server program.</summary>
    private static string Assets() => Path.Combine(AppContext.BaseDirectory, "assets");
}
