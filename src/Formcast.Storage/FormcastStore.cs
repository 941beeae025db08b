using Formcast.Storage.Internal;
using Formcast.Storage.Postgres;
using Formcast.Storage.Sqlite;
using Npgsql;

namespace Formcast.Storage;

/// <summary>
/// Opens stores from a store specification: a file path selects the embedded SQLite provider; a PostgreSQL
/// connection string ("Host=...;Database=...") or URI ("postgresql://user@host:5432/db") selects PostgreSQL.
/// </summary>
public static class FormcastStore
{
    /// <summary>The provider a specification selects.</summary>
    public static StoreProvider DetectProvider(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var s = spec.Trim();
        if (s.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return StoreProvider.PostgreSql;
        // "key=value;..." with no path separator reads as a connection string, not a file name.
        return s.Contains('=', StringComparison.Ordinal) && !s.Contains('/', StringComparison.Ordinal) ? StoreProvider.PostgreSql : StoreProvider.Sqlite;
    }

    /// <summary>Creates the store (or brings an existing one up to date) and opens it.</summary>
    public static Task<IFormcastStore> CreateAsync(string spec, StoreOptions? options = null, CancellationToken cancellationToken = default) =>
        OpenCoreAsync(spec, options ?? new StoreOptions(), create: true, cancellationToken);

    /// <summary>Opens an existing store, migrating an older schema forward. Fails with a one-line
    /// <see cref="StoreException"/> when there is no store at <paramref name="spec"/>.</summary>
    public static Task<IFormcastStore> OpenAsync(string spec, StoreOptions? options = null, CancellationToken cancellationToken = default) =>
        OpenCoreAsync(spec, options ?? new StoreOptions(), create: false, cancellationToken);

    private static async Task<IFormcastStore> OpenCoreAsync(string spec, StoreOptions options, bool create, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (string.IsNullOrWhiteSpace(spec)) throw new StoreException("no store given: pass --store PATH or a PostgreSQL connection string");
        SqlDialect dialect = DetectProvider(spec) == StoreProvider.PostgreSql ? CreatePostgres(spec) : CreateSqlite(spec, create);
        return await RelationalStore.OpenAsync(dialect, options, create, cancellationToken).ConfigureAwait(false);
    }

    private static SqliteDialect CreateSqlite(string path, bool create)
    {
        var full = Path.GetFullPath(path.Trim());
        if (Directory.Exists(full)) throw new StoreException($"{full} is a folder; give the path of a store file, e.g. {Path.Combine(full, "formcast.db")}");
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder)) throw new StoreException($"the folder {folder} does not exist");
        if (!create && !File.Exists(full)) throw new StoreException($"no store at {full}; create one with 'formcast init --store {path}'");
        if (File.Exists(full))
        {
            Span<byte> header = stackalloc byte[16];
            using var file = File.OpenRead(full);
            var read = file.Read(header);
            if (read > 0 && (read < 16 || !header.SequenceEqual("SQLite format 3\0"u8)))
                throw new StoreException($"{full} is not a Formcast store (not an SQLite database)");
        }

        return new SqliteDialect(full, create);
    }

    private static PostgresDialect CreatePostgres(string spec)
    {
        string connectionString;
        try
        {
            connectionString = PostgresConnectionStrings.Normalise(spec.Trim());
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (string.IsNullOrWhiteSpace(builder.Host)) throw new StoreException("malformed PostgreSQL connection string: no Host");
        }
        catch (ArgumentException e)
        {
            throw new StoreException($"malformed PostgreSQL connection string: {e.Message}");
        }
        catch (FormatException e)
        {
            throw new StoreException($"malformed PostgreSQL connection string: {e.Message}");
        }

        return new PostgresDialect(connectionString);
    }
}
