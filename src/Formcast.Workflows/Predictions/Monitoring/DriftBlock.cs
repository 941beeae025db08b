using Formcast.Learning.Drift;

namespace Formcast.Workflows.Predictions.Monitoring;

/// <summary>One later block of rows and every feature's PSI against the reference with the PSI that sampling noise alone
/// reaches 5 % of the time at these sample sizes, largest PSI first.</summary>
internal sealed record DriftBlock(double StartTime, double EndTime, int Rows, IReadOnlyList<(string Feature, double Psi, double Noise)> Features)
{
    public int Count(DriftBand band) => Features.Count(f => PopulationStabilityIndex.Classify(f.Psi) == band);

    /// <summary>Features whose PSI exceeds its sampling-noise level.</summary>
    public int BeyondNoise => Features.Count(f => f.Psi > f.Noise);
}
