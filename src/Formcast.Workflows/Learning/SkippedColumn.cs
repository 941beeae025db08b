namespace Formcast.Workflows.Learning;

/// <summary>A column not used as a feature, and why.</summary>
public sealed record SkippedColumn(string Name, string Reason);
