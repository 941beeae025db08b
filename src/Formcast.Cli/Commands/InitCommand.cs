using System.CommandLine;
using Formcast.Cli.Infrastructure;
using Formcast.Storage;
using Spectre.Console;

namespace Formcast.Cli.Commands;

/// <summary><c>formcast init</c>: creates a store (or brings an existing one up to date).</summary>
internal static class InitCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var store = CommonOptions.Store(environment);
        var json = CommonOptions.Json();
        var command = new Command("init", "Create a store: a SQLite file, or the schema in a PostgreSQL database") { store, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var opened = await FormcastStore.CreateAsync(parse.GetValue(store)!, cancellationToken: ct);
            var info = opened.Info;
            if (parse.GetValue(json)) await JsonOutput.WriteAsync(environment, info);
            else environment.Console.MarkupLineInterpolated($"Store ready at [bold]{info.Location}[/] ({Describe(info.Provider)}, schema version {info.SchemaVersion}).");
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static string Describe(StoreProvider provider) => provider == StoreProvider.Sqlite ? "SQLite" : "PostgreSQL";
}
