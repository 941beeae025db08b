namespace Formcast.Storage;

/// <summary>What one transaction wrote. Duplicates are rows already present (same natural key) and left as they were.</summary>
public sealed record WriteSummary(int RowsWritten, int DuplicatesSkipped);
