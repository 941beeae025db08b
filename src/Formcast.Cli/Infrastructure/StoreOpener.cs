using Formcast.Storage;

namespace Formcast.Cli.Infrastructure;

/// <summary>Opens the store a command names.</summary>
internal static class StoreOpener
{
    public static Task<IFormcastStore> OpenAsync(string spec, CancellationToken cancellationToken) =>
        FormcastStore.OpenAsync(spec, cancellationToken: cancellationToken);
}
