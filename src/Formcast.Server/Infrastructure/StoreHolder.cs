using Formcast.Storage;

namespace Formcast.Server.Infrastructure;

/// <summary>
/// Opens the configured store when the server starts (so a bad store fails start-up with one clear line) and
/// closes it on shutdown. Configuration key "store": --store on the command line or FORMCAST_STORE.
/// </summary>
public sealed partial class StoreHolder(IConfiguration configuration, ILogger<StoreHolder> logger) : IHostedService, IAsyncDisposable
{
    private IFormcastStore? _store;

    public IFormcastStore Store => _store ?? throw new InvalidOperationException("the store is not open yet");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var spec = configuration["store"] is { Length: > 0 } configured ? configured : "formcast.db";
        try
        {
            _store = await FormcastStore.OpenAsync(spec, cancellationToken: cancellationToken);
        }
        catch (StoreException e)
        {
            Log.StoreFailed(logger, e.Message);
            throw;
        }

        Log.Serving(logger, _store.Info.Location, _store.Info.Provider, _store.Info.SchemaVersion);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_store is not null) await _store.DisposeAsync();
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Critical, Message = "formcast server: {Message}")]
        public static partial void StoreFailed(ILogger logger, string message);

        [LoggerMessage(Level = LogLevel.Information, Message = "Serving store {Location} ({Provider}, schema {Version})")]
        public static partial void Serving(ILogger logger, string location, StoreProvider provider, int version);
    }
}
