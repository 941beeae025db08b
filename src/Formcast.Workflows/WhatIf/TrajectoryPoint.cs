namespace Formcast.Workflows.WhatIf;

/// <summary>One simulated day of one plan, rounded for display; <paramref name="Performance"/> in the test's unit.</summary>
public sealed record TrajectoryPoint(
    double Load, double Fitness, double Fatigue, double Form, double? Performance, double? RampRate, double? AcwrRollingCoupled,
    double? AcwrRollingUncoupled, double? AcwrEwma, double? Monotony, double? Strain, IReadOnlyList<string> Signals);
