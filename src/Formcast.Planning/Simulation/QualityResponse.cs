namespace Formcast.Planning;

/// <summary>
/// One quality's dose–response: a Banister fitness–fatigue pair (Banister et al. 1975; Busso 2003) whose fitness
/// branch saturates at a ceiling. Capacity relative to the untrained level is
/// <c>1 + H·(1 − exp(−k1·F/H)) − k2·A</c>, where F and A are the fitness and fatigue impulses (daily quality load
/// decaying with <see cref="FitnessDays"/> and <see cref="FatigueDays"/>). For loads far below the ceiling this is
/// Banister's linear model with gains k1 and k2; near the ceiling extra load buys little, which is the reference
/// study's observation that HIIT barely moves the VO2max of high-level athletes.
/// </summary>
/// <param name="FitnessGain">k1: initial capacity gain per unit of fitness impulse (relative units per load unit).</param>
/// <param name="FitnessDays">τ1: fitness decay time constant, days.</param>
/// <param name="FatigueGain">k2: capacity loss per unit of fatigue impulse (relative units per load unit).</param>
/// <param name="FatigueDays">τ2: fatigue decay time constant, days.</param>
/// <param name="Headroom">H: the most training can add over the untrained level (relative, e.g. 0.45 = +45 %).</param>
public readonly record struct QualityResponse(double FitnessGain, double FitnessDays, double FatigueGain, double FatigueDays, double Headroom)
{
    /// <summary>The first problem with the values, or null.</summary>
    public string? Validate()
    {
        if (!(FitnessGain >= 0) || !double.IsFinite(FitnessGain)) return $"fitness gain {FitnessGain} must be finite and ≥ 0";
        if (!(FatigueGain >= 0) || !double.IsFinite(FatigueGain)) return $"fatigue gain {FatigueGain} must be finite and ≥ 0";
        if (!(FitnessDays >= 1) || FitnessDays > 365) return $"fitness time constant {FitnessDays} d must be in 1–365";
        if (!(FatigueDays >= 0.5) || FatigueDays > 120) return $"fatigue time constant {FatigueDays} d must be in 0.5–120";
        if (!(Headroom > 0) || Headroom > 50) return $"headroom {Headroom} must be in (0, 50]";
        return null;
    }

    /// <summary>Fitness contribution <c>H·(1 − exp(−k1·F/H))</c> for a fitness impulse <paramref name="impulse"/>.</summary>
    public double FitnessContribution(double impulse) => Headroom * -double.ExpM1(-FitnessGain * impulse / Headroom);
}
