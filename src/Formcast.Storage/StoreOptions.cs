namespace Formcast.Storage;

/// <summary>How a store is opened.</summary>
public sealed record StoreOptions
{
    /// <summary>Protects sensitive fields; the default marks them without encrypting.</summary>
    public IFieldProtector FieldProtector { get; init; } = PlaintextFieldProtector.Instance;

    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
