namespace Formcast.Learning.Drift;

/// <summary>The conventional reading of a population-stability index (see <see cref="PopulationStabilityIndex"/>).</summary>
public enum DriftBand
{
    /// <summary>PSI &lt; 0.1: no meaningful shift.</summary>
    Stable,

    /// <summary>0.1 ≤ PSI &lt; 0.25: a moderate shift worth watching.</summary>
    Moderate,

    /// <summary>PSI ≥ 0.25: a significant shift; the model's inputs no longer look like its training data.</summary>
    Significant,
}
