using System.Data.Common;
using Formcast.Core;

namespace Formcast.Storage.Internal;

internal sealed partial class RelationalStore
{
    public async Task RegisterModelAsync(AccessContext access, ModelRecord model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(model);
        if (string.IsNullOrWhiteSpace(model.Id) || string.IsNullOrWhiteSpace(model.Name))
            throw new StoreException("nothing was written: a model needs an id and a name");
        if (model.ModelFile.Length == 0) throw new StoreException($"nothing was written: model '{model.Id}' has an empty model file");

        await WithTransactionAsync(access, async (connection, transaction, scope) =>
        {
            if (!scope.IsAdminOfAnyTeam) throw new AccessDeniedException($"{access} may not register models (owner or team admin only)");
            await using var command = connection.Command("""
                INSERT INTO models (id, name, kind, trained_utc, data_sha256, protocol, metrics_json, details_json, model_file)
                VALUES (@id, @name, @kind, @at, @data, @protocol, @metrics, @details, @file)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, trained_utc = excluded.trained_utc,
                    data_sha256 = excluded.data_sha256, protocol = excluded.protocol, metrics_json = excluded.metrics_json,
                    details_json = excluded.details_json, model_file = excluded.model_file
                """, transaction);
            command.Set("@id", model.Id).Set("@name", model.Name).Set("@kind", model.Kind).Set("@at", _dialect.Instant(model.TrainedUtc))
                .Set("@data", model.DataSha256).Set("@protocol", model.Protocol).Set("@metrics", Json.Write(model.Metrics))
                .Set("@details", model.DetailsJson).Set("@file", model.ModelFile);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<ModelRecord>> ListModelsAsync(AccessContext access, string? name = null, bool includeModelFiles = false,
        CancellationToken cancellationToken = default) =>
        WithConnectionAsync<IReadOnlyList<ModelRecord>>(access, async (connection, scope) =>
        {
            if (!scope.IsAdminOfAnyTeam) throw new AccessDeniedException($"{access} may not read the model registry (owner or team admin only)");
            var sql = "SELECT id, name, kind, trained_utc, data_sha256, protocol, metrics_json, details_json, "
                + (includeModelFiles ? "model_file" : "NULL") + " FROM models"
                + (name is null ? "" : " WHERE name = @name") + " ORDER BY trained_utc, id";
            await using var command = connection.Command(sql);
            if (name is not null) command.Set("@name", name);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var models = new List<ModelRecord>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) models.Add(ReadModel(reader));
            return models;
        }, cancellationToken);

    private ModelRecord ReadModel(DbDataReader reader)
    {
        var id = reader.GetString(0);
        return new ModelRecord
        {
            Id = id,
            Name = reader.GetString(1),
            Kind = reader.GetString(2),
            TrainedUtc = _dialect.ReadInstant(reader, 3),
            DataSha256 = reader.GetString(4),
            Protocol = reader.GetString(5),
            Metrics = Json.Read<Dictionary<string, double>>(reader.GetString(6), $"metrics of model {id}"),
            DetailsJson = reader.GetString(7),
            ModelFile = reader.NullableBytes(8) ?? [],
        };
    }
}
