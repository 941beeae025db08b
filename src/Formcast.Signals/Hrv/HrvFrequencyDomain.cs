namespace Formcast.Signals;

/// <summary>Frequency-domain HRV of one NN series, as computed by <see cref="Hrv.FrequencyDomain"/>.</summary>
/// <param name="LowFrequencyPowerMs2">LF power (default 0.04–0.15 Hz), ms².</param>
/// <param name="HighFrequencyPowerMs2">HF power (default 0.15–0.40 Hz), ms².</param>
/// <param name="DurationSeconds">Length of the resampled tachogram analysed.</param>
/// <param name="SegmentCount">Welch segments averaged.</param>
public sealed record HrvFrequencyDomain(double LowFrequencyPowerMs2, double HighFrequencyPowerMs2, double DurationSeconds, int SegmentCount)
{
    /// <summary>LF / HF.</summary>
    public double LowHighRatio => LowFrequencyPowerMs2 / HighFrequencyPowerMs2;

    /// <summary>LF in normalised units, 100 · LF / (LF + HF).</summary>
    public double LowFrequencyNormalized => 100 * LowFrequencyPowerMs2 / (LowFrequencyPowerMs2 + HighFrequencyPowerMs2);

    /// <summary>HF in normalised units, 100 · HF / (LF + HF).</summary>
    public double HighFrequencyNormalized => 100 * HighFrequencyPowerMs2 / (LowFrequencyPowerMs2 + HighFrequencyPowerMs2);
}
