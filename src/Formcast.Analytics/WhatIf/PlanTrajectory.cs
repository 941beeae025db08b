namespace Formcast.Analytics;

/// <summary>A simulated plan: its sessions, its days and the headline numbers a coach compares.</summary>
public sealed record PlanTrajectory(IReadOnlyList<Formcast.Core.PlannedSession> Plan, IReadOnlyList<TrajectoryDay> Days)
{
    public double TotalLoad => Days.Sum(d => d.Load);

    public double FinalFitness => Days.Count > 0 ? Days[^1].Fitness : double.NaN;

    public double FinalForm => Days.Count > 0 ? Days[^1].Form : double.NaN;

    /// <summary>Twin performance on the last day (null without a twin).</summary>
    public double? FinalPerformance => Days.Count > 0 ? Days[^1].Performance : null;

    /// <summary>Highest twin performance and its day (null without a twin).</summary>
    public TrajectoryDay? PeakPerformanceDay => Days.Where(d => d.Performance is not null).MaxBy(d => d.Performance);

    public double? MaxAcwrEwma => Days.Max(d => d.AcwrEwma);

    public double? MaxMonotony => Days.Max(d => d.Monotony);

    public double? MaxRampRate => Days.Max(d => d.RampRate);

    /// <summary>Days carrying at least one load-based signal.</summary>
    public int SignalDays => Days.Count(d => d.Signals.Count > 0);
}
