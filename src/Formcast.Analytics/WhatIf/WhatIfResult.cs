namespace Formcast.Analytics;

/// <summary>The unchanged and the changed plan simulated side by side, with the changes as applied.</summary>
public sealed record WhatIfResult(
    PlanTrajectory Baseline, PlanTrajectory Changed, IReadOnlyList<string> AppliedChanges, IReadOnlyList<string> Notes);
