using System.Data.Common;
using System.Globalization;

namespace Formcast.Storage.Internal;

/// <summary>Brings a store's schema to the latest version, one migration per transaction.</summary>
internal static class Migrator
{
    public static async Task<int> EnsureSchemaAsync(SqlDialect dialect, bool create, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        var current = await CurrentVersionAsync(dialect, connection, cancellationToken).ConfigureAwait(false);
        if (current is null && !create)
            throw new StoreException($"{dialect.Location} is not a Formcast store yet; create it with 'formcast init --store {dialect.Location}'");
        var version = current ?? 0;
        if (version > Schema.LatestVersion)
            throw new StoreException($"the store {dialect.Location} has schema version {version}, newer than this Formcast understands ({Schema.LatestVersion}); upgrade Formcast");

        foreach (var migration in Schema.Migrations.Where(m => m.Version > version))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            if (dialect.Provider == StoreProvider.PostgreSql)
            {
                // Several server instances may start at once: one migrates, the others wait and then see it done.
                await using var lockCommand = connection.Command("SELECT pg_advisory_xact_lock(7361928)", transaction);
                await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var create0 = connection.Command(dialect.Ddl(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version {INT} PRIMARY KEY, name {TEXT} NOT NULL, applied_utc {INSTANT} NOT NULL)"), transaction))
            {
                await create0.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var check = connection.Command("SELECT COUNT(*) FROM schema_migrations WHERE version = @v", transaction))
            {
                check.Set("@v", migration.Version);
                if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0)
                {
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }
            }

            foreach (var statement in migration.Statements)
            {
                await using var command = connection.Command(dialect.Ddl(statement), transaction);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var record = connection.Command("INSERT INTO schema_migrations (version, name, applied_utc) VALUES (@v, @n, @t)", transaction))
            {
                record.Set("@v", migration.Version).Set("@n", migration.Name).Set("@t", dialect.Instant(clock.GetUtcNow()));
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return Math.Max(version, Schema.LatestVersion);
    }

    private static async Task<int?> CurrentVersionAsync(SqlDialect dialect, DbConnection connection, CancellationToken cancellationToken)
    {
        await using var exists = connection.Command(dialect.SchemaTableExistsSql);
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 0) return null;
        await using var max = connection.Command("SELECT MAX(version) FROM schema_migrations");
        var value = await max.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }
}
