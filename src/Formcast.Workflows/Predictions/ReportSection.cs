namespace Formcast.Workflows.Predictions;

/// <summary>One part of a report: its protocol sentence, tables, charts and plain findings (verdicts included).</summary>
public sealed record ReportSection
{
    /// <summary>Stable id, e.g. "injury.held-out-athletes".</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>How the section's numbers were produced, printed next to them.</summary>
    public required string Protocol { get; init; }

    public IReadOnlyList<ReportTable> Tables { get; init; } = [];

    public IReadOnlyList<ReportChart> Charts { get; init; } = [];

    /// <summary>Plain statements, e.g. "The model does not beat the ACWR-only baseline: …".</summary>
    public IReadOnlyList<string> Findings { get; init; } = [];
}
