using System.Data.Common;

namespace Formcast.Storage.Internal;

/// <summary>
/// What differs between the providers: column types, how ids, days and instants travel as parameters, and how a
/// connection is opened. Statements are otherwise shared (both accept @name parameters and ON CONFLICT upserts).
/// </summary>
internal abstract class SqlDialect
{
    public abstract StoreProvider Provider { get; }

    /// <summary>Location for messages, without secrets.</summary>
    public abstract string Location { get; }

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the type placeholders of shared DDL: {ID} {TEXT} {REAL} {INT} {BIGINT} {BLOB} {DATE} {INSTANT}.</summary>
    public abstract string Ddl(string template);

    public abstract object Id(Guid value);

    public abstract Guid ReadId(DbDataReader reader, int ordinal);

    /// <summary>An id returned by ExecuteScalar.</summary>
    public abstract Guid ReadIdFromScalar(object value);

    public abstract object Day(DateOnly value);

    public abstract DateOnly ReadDay(DbDataReader reader, int ordinal);

    public abstract object Instant(DateTimeOffset value);

    public abstract DateTimeOffset ReadInstant(DbDataReader reader, int ordinal);

    /// <summary>Whether the store's schema table exists yet.</summary>
    public abstract string SchemaTableExistsSql { get; }

    /// <summary>Translates a provider exception into a one-line <see cref="StoreException"/>, or null to rethrow.</summary>
    public abstract StoreException? Translate(Exception exception);
}
