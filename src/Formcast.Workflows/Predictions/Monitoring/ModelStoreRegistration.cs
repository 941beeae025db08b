using Formcast.Core;
using Formcast.Storage;

namespace Formcast.Workflows.Predictions.Monitoring;

/// <summary>
/// Puts the models an evaluation registered in its registry folder into the store, so every trained model is kept with
/// its data hash, protocol, metrics and file where the squad's data lives, and each name's records form its accuracy
/// history.
/// </summary>
public static class ModelStoreRegistration
{
    /// <summary>Registers every model of <paramref name="registryFolder"/> in <paramref name="store"/>; returns how many.</summary>
    public static async Task<int> CopyAsync(string registryFolder, IFormcastStore store, AccessContext access, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var registry = new ModelRegistry(registryFolder, TimeProvider.System);
        var registrations = registry.List();
        foreach (var registration in registrations)
            await store.RegisterModelAsync(access, registry.ToRecord(registration), cancellationToken).ConfigureAwait(false);
        return registrations.Count;
    }
}
