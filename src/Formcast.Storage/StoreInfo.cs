namespace Formcast.Storage;

/// <summary>What a store is: its provider, where it lives (never with a password), and its schema version.</summary>
public sealed record StoreInfo(StoreProvider Provider, string Location, int SchemaVersion);
