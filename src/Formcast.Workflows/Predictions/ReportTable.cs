namespace Formcast.Workflows.Predictions;

/// <summary>A table of formatted cells (invariant culture), the first column naming the row.</summary>
public sealed record ReportTable(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
