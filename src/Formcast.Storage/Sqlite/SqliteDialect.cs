using System.Data.Common;
using System.Globalization;
using Formcast.Storage.Internal;
using Microsoft.Data.Sqlite;

namespace Formcast.Storage.Sqlite;

/// <summary>
/// The embedded provider: one SQLite file in WAL mode (readers never block the writer), foreign keys on, a busy
/// timeout so a second process waits rather than fails. Ids, days and instants are stored as canonical text that
/// sorts in time order (instants always UTC with seven fractional digits).
/// </summary>
internal sealed class SqliteDialect : SqlDialect
{
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    private readonly string _connectionString;

    public SqliteDialect(string path, bool create)
    {
        FullPath = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FullPath,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string FullPath { get; }

    public override StoreProvider Provider => StoreProvider.Sqlite;

    public override string Location => FullPath;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var pragma = connection.CreateCommand();
            // WAL: crash-safe commits without blocking readers; NORMAL sync is durable across process crashes in WAL
            // mode (only an OS crash can lose the last commits, never corrupt the file).
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override string Ddl(string template) => template
        .Replace("{ID}", "TEXT", StringComparison.Ordinal)
        .Replace("{TEXT}", "TEXT", StringComparison.Ordinal)
        .Replace("{REAL}", "REAL", StringComparison.Ordinal)
        .Replace("{INT}", "INTEGER", StringComparison.Ordinal)
        .Replace("{BIGINT}", "INTEGER", StringComparison.Ordinal)
        .Replace("{BLOB}", "BLOB", StringComparison.Ordinal)
        .Replace("{DATE}", "TEXT", StringComparison.Ordinal)
        .Replace("{INSTANT}", "TEXT", StringComparison.Ordinal);

    public override object Id(Guid value) => value.ToString("D", CultureInfo.InvariantCulture);

    public override Guid ReadId(DbDataReader reader, int ordinal) => Guid.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture);

    public override Guid ReadIdFromScalar(object value) => Guid.Parse((string)value, CultureInfo.InvariantCulture);

    public override object Day(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override DateOnly ReadDay(DbDataReader reader, int ordinal) =>
        DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override object Instant(DateTimeOffset value) => value.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    public override DateTimeOffset ReadInstant(DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(reader.GetString(ordinal), InstantFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public override string SchemaTableExistsSql =>
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'";

    public override StoreException? Translate(Exception exception) => exception switch
    {
        SqliteException { SqliteErrorCode: 5 or 6 } => new StoreException($"the store {FullPath} is busy (locked by another process); try again", isTransient: true, exception),
        SqliteException { SqliteErrorCode: 26 } => new StoreException($"{FullPath} is not a Formcast store (not an SQLite database)", isTransient: false, exception),
        SqliteException { SqliteErrorCode: 11 } => new StoreException($"the store {FullPath} is damaged (SQLite reports corruption)", isTransient: false, exception),
        SqliteException { SqliteErrorCode: 14 } => new StoreException($"cannot open the store file {FullPath}", isTransient: false, exception),
        SqliteException { SqliteErrorCode: 8 } => new StoreException($"the store {FullPath} is read-only", isTransient: false, exception),
        SqliteException e => new StoreException($"SQLite error on {FullPath}: {e.Message}", isTransient: false, exception),
        _ => null,
    };
}
