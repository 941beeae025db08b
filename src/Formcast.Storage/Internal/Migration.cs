namespace Formcast.Storage.Internal;

/// <summary>One schema step.</summary>
internal sealed record Migration(int Version, string Name, IReadOnlyList<string> Statements);
