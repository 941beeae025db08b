namespace Formcast.Analytics;

/// <summary>The changes parsed from a what-if text, or a precise error (1-based column and what was expected).</summary>
public sealed record PlanChangeParseResult(IReadOnlyList<PlanChange> Changes, string? Error, int ErrorColumn)
{
    public bool IsSuccess => Error is null;
}
