namespace Formcast.Analytics;

/// <summary>
/// How an N-day exponentially weighted load average converts N into the daily weight λ
/// (<c>avg_t = avg_(t−1) + λ·(load_t − avg_(t−1))</c>). Three incompatible conventions are in use.
/// </summary>
public enum LoadWeighting
{
    /// <summary>λ = 1 − e^(−1/N): GoldenCheetah (<c>src/Metrics/PMCData.cpp</c>) and intervals.icu; 0.023528 for
    /// N = 42 and 0.133122 for N = 7.</summary>
    ExponentialDecay = 0,

    /// <summary>λ = 1/N: the TrainingPeaks glossary formulation.</summary>
    Reciprocal = 1,

    /// <summary>λ = 2/(N + 1): Runalyze (<c>Calculation/Performance/TSB.php</c>); 0.046512 for N = 42 and 0.25 for
    /// N = 7. Also the EWMA weight of Williams et al. 2017 for acute:chronic ratios.</summary>
    Runalyze = 2,
}
