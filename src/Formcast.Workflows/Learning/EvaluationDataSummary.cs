namespace Formcast.Workflows.Learning;

/// <summary>The table as the evaluation used it.</summary>
public sealed record EvaluationDataSummary(
    string File,
    int Rows,
    int TestedRows,
    IReadOnlyList<string> Features,
    IReadOnlyList<SkippedColumn> Skipped,
    string Target,
    ModelTask Task,
    string TaskReason,
    IReadOnlyList<string> Classes,
    string? PositiveClass,
    string? GroupColumn,
    int Groups,
    string? TimeColumn,
    string? TimeUnit,
    int MissingCells,
    MissingValuePolicy Missing);
