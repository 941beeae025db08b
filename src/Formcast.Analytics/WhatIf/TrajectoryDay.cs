namespace Formcast.Analytics;

/// <summary>One simulated day of a plan: load, fitness/fatigue/form, twin performance and load-based signals.</summary>
public sealed record TrajectoryDay(
    DateOnly Date, double Load, double Fitness, double Fatigue, double Form, double? Performance, double? RampRate,
    double? AcwrRollingCoupled, double? AcwrRollingUncoupled, double? AcwrEwma, double? Monotony, double? Strain,
    IReadOnlyList<string> Signals);
