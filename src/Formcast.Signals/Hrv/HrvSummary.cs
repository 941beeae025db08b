namespace Formcast.Signals;

/// <summary>HRV of one recording after artefact correction, as computed by <see cref="Hrv.Analyze"/>.</summary>
/// <param name="BeatCount">RR intervals in the recording.</param>
/// <param name="ArtefactCount">Intervals flagged and replaced.</param>
/// <param name="MeanRrMs">Mean NN interval, ms.</param>
/// <param name="MeanHeartRateBpm">60000 / mean NN, bpm.</param>
/// <param name="SdnnMs">Sample SD of NN intervals, ms.</param>
/// <param name="RmssdMs">Root mean square of successive NN differences, ms.</param>
/// <param name="Pnn50Percent">Share of successive differences larger than 50 ms, %.</param>
/// <param name="FrequencyDomain">LF/HF powers, or null when the series is shorter than one LF cycle (25 s).</param>
/// <param name="DfaAlpha1">Short-term DFA scaling exponent (4–16 beats), or NaN below 16 beats.</param>
public sealed record HrvSummary(
    int BeatCount, int ArtefactCount, double MeanRrMs, double MeanHeartRateBpm, double SdnnMs, double RmssdMs,
    double Pnn50Percent, HrvFrequencyDomain? FrequencyDomain, double DfaAlpha1)
{
    /// <summary>Share of intervals that were artefacts, %.</summary>
    public double ArtefactPercent => BeatCount == 0 ? double.NaN : 100.0 * ArtefactCount / BeatCount;
}
