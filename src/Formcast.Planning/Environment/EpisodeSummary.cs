namespace Formcast.Planning;

/// <summary>Totals of one episode so far: the numbers the evaluation reports.</summary>
public sealed record EpisodeSummary
{
    public int Days { get; init; }

    /// <summary>Change of the performance index from the first morning to the morning after the last day, %.</summary>
    public double PerformanceGainPercent { get; init; }

    public int Injuries { get; init; }

    public int DaysInjured { get; init; }

    /// <summary>Mean systemic fatigue (relative to habitual) over days.</summary>
    public double MeanFatigue { get; init; }

    public double EnergyKilowattHoursPerDay { get; init; }

    public double CostPerDay { get; init; }

    public double Co2KilogramsPerDay { get; init; }

    public double TrainingMinutesPerDay { get; init; }

    public double LoadPerDay { get; init; }

    /// <summary>Days with work above threshold.</summary>
    public int HardDays { get; init; }

    public double TotalReward { get; init; }
}
