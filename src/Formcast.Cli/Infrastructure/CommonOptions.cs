using System.CommandLine;

namespace Formcast.Cli.Infrastructure;

/// <summary>Options every store-using command takes.</summary>
internal static class CommonOptions
{
    public const string DefaultStore = "formcast.db";

    public static Option<string> Store(CliEnvironment environment) => new("--store")
    {
        Description = "The store: a SQLite file path (default ./formcast.db, or $FORMCAST_STORE) or a PostgreSQL connection string (Host=...;Database=...) or postgresql:// URI",
        HelpName = "PATH|CONNECTION",
        DefaultValueFactory = _ => StoreFromEnvironment(environment) ?? DefaultStore,
    };

    /// <summary>$FORMCAST_STORE when set and not empty, else null.</summary>
    public static string? StoreFromEnvironment(CliEnvironment environment) =>
        environment.Variable("FORMCAST_STORE") is { Length: > 0 } fromEnvironment ? fromEnvironment : null;

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print machine-readable JSON instead of tables",
    };
}
