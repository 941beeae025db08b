using Formcast.Learning;

namespace Formcast.Planning;

/// <summary>
/// Weights and scales of the reward, the reference study's equation (9) plus its energy term:
/// reward = α·gain − β·fatigue − γ·risk − δ·energy, with α = 0.6, β = 0.3, γ = 0.1 (the study's values). Each term is
/// scaled to be about 1 on a typical day so the weights mean what they say:
/// gain = change of the fitness-only performance index (%) ÷ <see cref="GainPercentPerDay"/>, plus at the last step
/// the gap between the performance and fitness indices (the fatigue still carried), so the episode's summed gain is
/// the measured performance change;
/// fatigue = systemic fatigue relative to habitual (1 at habitual load), per day;
/// risk = the step's predicted injury probability ÷ the athlete's habitual daily probability;
/// energy = venue kWh ÷ <see cref="EnergyKilowattHoursPerDay"/>.
/// </summary>
public sealed record RewardWeights
{
    public double PerformanceGain { get; init; } = 0.6;

    public double Fatigue { get; init; } = 0.3;

    public double InjuryRisk { get; init; } = 0.1;

    /// <summary>Weight of venue energy (the study's energy/CO₂ term; 0 turns it off).</summary>
    public double Energy { get; init; } = 0.1;

    /// <summary>Performance-index change (percentage points) that counts as a gain of 1: 0.1 %/day = 6 % over 60 days, a
    /// good block for a trained athlete.</summary>
    public double GainPercentPerDay { get; init; } = 0.1;

    /// <summary>Venue energy that counts as 1, kWh per day.</summary>
    public double EnergyKilowattHoursPerDay { get; init; } = 100;

    public void Validate()
    {
        OptionCheck.NonNegative(PerformanceGain, nameof(PerformanceGain));
        OptionCheck.NonNegative(Fatigue, nameof(Fatigue));
        OptionCheck.NonNegative(InjuryRisk, nameof(InjuryRisk));
        OptionCheck.NonNegative(Energy, nameof(Energy));
        OptionCheck.Positive(GainPercentPerDay, nameof(GainPercentPerDay));
        OptionCheck.Positive(EnergyKilowattHoursPerDay, nameof(EnergyKilowattHoursPerDay));
    }
}
