using Formcast.Learning.Drift;

namespace Formcast.Workflows.Predictions.Monitoring;

/// <summary>One later block of rows and every feature's PSI against the reference, largest first.</summary>
internal sealed record DriftBlock(double StartTime, double EndTime, int Rows, IReadOnlyList<(string Feature, double Psi)> Features)
{
    public int Count(DriftBand band) => Features.Count(f => PopulationStabilityIndex.Classify(f.Psi) == band);
}
