namespace Formcast.Signals;

/// <summary>Time-domain statistics of one signal, as defined in <see cref="TimeDomain"/>.</summary>
/// <param name="Count">Present (non-NaN) samples.</param>
/// <param name="Mean">Arithmetic mean.</param>
/// <param name="StandardDeviation">Sample standard deviation (n − 1).</param>
/// <param name="Rms">Root mean square.</param>
/// <param name="Skewness">Biased skewness g1.</param>
/// <param name="Kurtosis">Biased excess kurtosis g2.</param>
/// <param name="MeanCrossings">Crossings of the mean by consecutive present samples.</param>
/// <param name="PeakToPeak">Maximum − minimum.</param>
public readonly record struct TimeDomainSummary(
    int Count, double Mean, double StandardDeviation, double Rms, double Skewness, double Kurtosis, int MeanCrossings, double PeakToPeak);
