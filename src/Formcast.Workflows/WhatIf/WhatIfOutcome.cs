namespace Formcast.Workflows.WhatIf;

/// <summary>A what-if's report, or why there is none: a change that does not parse (with its 1-based column) or an
/// athlete without stored days.</summary>
public sealed record WhatIfOutcome(WhatIfReport? Report, string? Error, int? ErrorColumn)
{
    public bool IsSuccess => Report is not null;
}
