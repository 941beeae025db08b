using System.CommandLine;
using Formcast.Cli.Infrastructure;
using Spectre.Console;

namespace Formcast.Cli.Commands;

/// <summary><c>formcast serve</c>: the HTTP API and dashboard over a store, on loopback by default.</summary>
internal static class ServeCommand
{
    public const int DefaultPort = 5080;

    public static Option<int> Port() => new("--port") { Description = "TCP port", DefaultValueFactory = _ => DefaultPort };

    public static Option<string> Host() => new("--host")
    {
        Description = "Address to listen on (127.0.0.1 keeps the server private to this machine)",
        DefaultValueFactory = _ => "127.0.0.1",
    };

    public static Command Create(CliEnvironment environment)
    {
        var store = CommonOptions.Store(environment);
        var port = Port();
        var host = Host();
        var json = CommonOptions.Json();
        var command = new Command("serve", "Serve the dashboard and HTTP API over a store") { store, port, host, json };
        command.SetAction(async (parse, ct) =>
        {
            var spec = parse.GetValue(store)!;
            await (await StoreOpener.OpenAsync(spec, ct)).DisposeAsync();
            return await RunServerAsync(environment, spec, parse.GetValue(host)!, parse.GetValue(port), parse.GetValue(json), ct);
        });
        return command;
    }

    /// <summary>Starts the server, says where to look, and runs until interrupted.</summary>
    public static async Task<int> RunServerAsync(CliEnvironment environment, string spec, string host, int port, bool json, CancellationToken ct)
    {
        await using var server = await ServerProcess.StartAsync(environment, spec, host, port, ct);
        if (json)
        {
            await JsonOutput.WriteAsync(environment, new { Dashboard = server.Address, Api = new Uri(server.Address, "api/"), OpenApi = new Uri(server.Address, "openapi/v1.json") });
            await environment.Output.FlushAsync(ct);
            return await server.WaitAsync(ct);
        }

        environment.Console.MarkupLineInterpolated($"Dashboard: {server.Address}");
        environment.Console.MarkupLineInterpolated($"API:       {server.Address}api/athletes  (OpenAPI: {server.Address}openapi/v1.json)");
        environment.Console.MarkupLine("Press Ctrl+C to stop.");
        return await server.WaitAsync(ct);
    }
}
