using System.Data.Common;
using System.Net.Sockets;
using Formcast.Storage.Internal;
using Npgsql;

namespace Formcast.Storage.Postgres;

/// <summary>
/// The shared-server provider: PostgreSQL with native uuid, date and timestamptz columns. One pooled data source
/// per store; several Formcast server instances can share the database.
/// </summary>
internal sealed class PostgresDialect : SqlDialect, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresDialect(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Location = $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}";
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public override StoreProvider Provider => StoreProvider.PostgreSql;

    public override string Location { get; }

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override string Ddl(string template) => template
        .Replace("{ID}", "UUID", StringComparison.Ordinal)
        .Replace("{TEXT}", "TEXT", StringComparison.Ordinal)
        .Replace("{REAL}", "DOUBLE PRECISION", StringComparison.Ordinal)
        .Replace("{INT}", "INTEGER", StringComparison.Ordinal)
        .Replace("{BIGINT}", "BIGINT", StringComparison.Ordinal)
        .Replace("{BLOB}", "BYTEA", StringComparison.Ordinal)
        .Replace("{DATE}", "DATE", StringComparison.Ordinal)
        .Replace("{INSTANT}", "TIMESTAMPTZ", StringComparison.Ordinal);

    public override object Id(Guid value) => value;

    public override Guid ReadId(DbDataReader reader, int ordinal) => reader.GetGuid(ordinal);

    public override Guid ReadIdFromScalar(object value) => (Guid)value;

    public override object Day(DateOnly value) => value;

    public override DateOnly ReadDay(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

    public override object Instant(DateTimeOffset value) => value.ToUniversalTime();

    public override DateTimeOffset ReadInstant(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public override string SchemaTableExistsSql =>
        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_migrations'";

    public override StoreException? Translate(Exception exception) => exception switch
    {
        NpgsqlException { InnerException: SocketException } or NpgsqlException { IsTransient: true } =>
            new StoreException($"cannot reach PostgreSQL at {Location}: {Root(exception).Message}", isTransient: true, exception),
        PostgresException { SqlState: "3D000" } => new StoreException($"the PostgreSQL database at {Location} does not exist", isTransient: false, exception),
        PostgresException { SqlState: "28P01" or "28000" } => new StoreException($"PostgreSQL at {Location} refused the credentials", isTransient: false, exception),
        PostgresException { SqlState: "40001" or "40P01" } e => new StoreException($"PostgreSQL at {Location}: {e.MessageText}; try again", isTransient: true, exception),
        PostgresException e => new StoreException($"PostgreSQL error at {Location}: {e.MessageText}", isTransient: false, exception),
        NpgsqlException e => new StoreException($"PostgreSQL at {Location}: {Root(e).Message}", isTransient: e.IsTransient, exception),
        _ => null,
    };

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static Exception Root(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e;
    }
}
