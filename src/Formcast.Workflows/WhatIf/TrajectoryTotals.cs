namespace Formcast.Workflows.WhatIf;

/// <summary>The headline numbers of one simulated plan.</summary>
public sealed record TrajectoryTotals(
    int Sessions, double TotalLoad, double FinalFitness, double FinalFatigue, double FinalForm, double? FinalPerformance, double? BestPerformance,
    DateOnly? BestPerformanceDate, double? MaxAcwrEwma, double? MaxMonotony, double? MaxRampRate, int SignalDays);
