namespace Formcast.Planning;

/// <summary>What happened in one environment step (Gym's <c>info</c>): the reward's parts and the day's state.</summary>
public readonly record struct StepInfo
{
    public int Day { get; init; }

    public int Slot { get; init; }

    /// <summary>Competition performance index (100 = start of the block), fatigue included.</summary>
    public double PerformanceIndex { get; init; }

    /// <summary>Fitness-only performance index (what the reward's gain term tracks).</summary>
    public double FitnessIndex { get; init; }

    /// <summary>Systemic fatigue relative to habitual (1 = habitual).</summary>
    public double Fatigue { get; init; }

    /// <summary>Predicted probability of injury during this step.</summary>
    public double InjuryProbability { get; init; }

    /// <summary>An injury happened in this step.</summary>
    public bool InjuryOccurred { get; init; }

    /// <summary>The athlete could not do what the action asked (injured, daily cap reached, intensity not achievable).</summary>
    public bool ActionOverridden { get; init; }

    /// <summary>Training minutes done in this step.</summary>
    public double TrainingMinutes { get; init; }

    /// <summary>Banister TRIMP done in this step.</summary>
    public double Load { get; init; }

    /// <summary>Venue energy attributed to this step, kWh (the day's standby is added at the day's last step).</summary>
    public double EnergyKilowattHours { get; init; }

    public double RewardGain { get; init; }

    public double RewardFatigue { get; init; }

    public double RewardRisk { get; init; }

    public double RewardEnergy { get; init; }
}
