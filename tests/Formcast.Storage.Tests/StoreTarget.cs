using Formcast.TestSupport;

namespace Formcast.Storage.Tests;

/// <summary>A store under test and the resources behind it (a temp folder or a throw-away database).</summary>
public sealed class StoreTarget : IAsyncDisposable
{
    private readonly IAsyncDisposable? _resource;
    private readonly IDisposable? _folder;

    private StoreTarget(string spec, IAsyncDisposable? resource, IDisposable? folder)
    {
        Spec = spec;
        _resource = resource;
        _folder = folder;
    }

    public string Spec { get; }

    public static async Task<StoreTarget> CreateAsync(StoreProvider provider)
    {
        if (provider == StoreProvider.Sqlite)
        {
            var folder = new TempDirectory("formcast-store");
            return new StoreTarget(folder.File("store.db"), null, folder);
        }

        var database = await PostgresTestDatabase.CreateAsync();
        return new StoreTarget(database.ConnectionString, database, null);
    }

    public Task<IFormcastStore> CreateStoreAsync(StoreOptions? options = null) => FormcastStore.CreateAsync(Spec, options);

    public Task<IFormcastStore> OpenStoreAsync(StoreOptions? options = null) => FormcastStore.OpenAsync(Spec, options);

    public async ValueTask DisposeAsync()
    {
        if (_resource is not null) await _resource.DisposeAsync();
        _folder?.Dispose();
    }
}
