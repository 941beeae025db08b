using System.Data.Common;
using Formcast.Core;

namespace Formcast.Storage.Internal;

/// <summary>
/// The store over any <see cref="SqlDialect"/>: statements are shared, the dialect supplies types and value
/// conversions. Reads are in <c>RelationalStore.Reads.cs</c>, writes in <c>RelationalStore.Writes.cs</c>.
/// </summary>
internal sealed partial class RelationalStore : IFormcastStore
{
    private readonly SqlDialect _dialect;
    private readonly IFieldProtector _protector;
    private readonly TimeProvider _clock;

    private RelationalStore(SqlDialect dialect, StoreOptions options, int schemaVersion)
    {
        _dialect = dialect;
        _protector = options.FieldProtector;
        _clock = options.Clock;
        Info = new StoreInfo(dialect.Provider, dialect.Location, schemaVersion);
    }

    public StoreInfo Info { get; }

    /// <summary>Opens the store, creating or migrating its schema as allowed.</summary>
    public static async Task<RelationalStore> OpenAsync(SqlDialect dialect, StoreOptions options, bool create, CancellationToken cancellationToken)
    {
        try
        {
            var version = await Migrator.EnsureSchemaAsync(dialect, create, options.Clock, cancellationToken).ConfigureAwait(false);
            return new RelationalStore(dialect, options, version);
        }
        catch (Exception e) when (dialect.Translate(e) is { } translated)
        {
            throw translated;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_dialect is IAsyncDisposable disposable) await disposable.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="work"/> on a fresh connection with the caller's resolved access scope, translating
    /// provider errors into one-line store errors.</summary>
    private async Task<T> WithConnectionAsync<T>(AccessContext access, Func<DbConnection, AccessScope, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        try
        {
            await using var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
            var scope = await AccessScope.ResolveAsync(access, _dialect, connection, null, cancellationToken).ConfigureAwait(false);
            return await work(connection, scope).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not (AccessDeniedException or StoreException or OperationCanceledException) && _dialect.Translate(e) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>Runs <paramref name="work"/> in one transaction on a fresh connection with the caller's resolved access
    /// scope, commits when it returns, and translates provider errors into one-line store errors.</summary>
    private async Task<T> WithTransactionAsync<T>(AccessContext access, Func<DbConnection, DbTransaction, AccessScope, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        try
        {
            await using var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var scope = await AccessScope.ResolveAsync(access, _dialect, connection, transaction, cancellationToken).ConfigureAwait(false);
            var result = await work(connection, transaction, scope).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        catch (Exception e) when (e is not (AccessDeniedException or StoreException or OperationCanceledException) && _dialect.Translate(e) is { } translated)
        {
            throw translated;
        }
    }

    private byte[]? Protect(AthleteId athlete, string field, string? value) => _protector.Protect(ProtectionScopes.For(athlete), field, value);

    private string? Unprotect(AthleteId athlete, string field, byte[]? value) => _protector.Unprotect(ProtectionScopes.For(athlete), field, value);
}
