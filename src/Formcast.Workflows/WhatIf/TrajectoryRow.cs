namespace Formcast.Workflows.WhatIf;

/// <summary>One day of the what-if: the unchanged plan and the changed plan side by side.</summary>
public sealed record TrajectoryRow(DateOnly Date, TrajectoryPoint Plan, TrajectoryPoint Changed);
