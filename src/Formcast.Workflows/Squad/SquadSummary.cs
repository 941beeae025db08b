namespace Formcast.Workflows.Squad;

/// <summary>The squad overview as of <see cref="AsOf"/> (the last day with data unless asked otherwise).</summary>
public sealed record SquadSummary(DateOnly AsOf, IReadOnlyList<AthleteSummary> Athletes);
