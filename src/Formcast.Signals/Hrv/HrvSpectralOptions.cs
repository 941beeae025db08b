namespace Formcast.Signals;

/// <summary>Options of <see cref="Hrv.FrequencyDomain"/>: tachogram resampling, Welch segments and frequency bands.</summary>
public sealed record HrvSpectralOptions
{
    /// <summary>Rate of the evenly resampled tachogram (Hz); 4 Hz as Kubios HRV.</summary>
    public double ResampleRateHz { get; init; } = 4;

    /// <summary>Welch segment length (seconds): 64 s = 256 samples at 4 Hz, bins 1/64 Hz apart.</summary>
    public double SegmentSeconds { get; init; } = 64;

    /// <summary>Low-frequency band, lower edge (Hz), Task Force 1996.</summary>
    public double LowFrequencyStartHz { get; init; } = 0.04;

    /// <summary>Low/high boundary (Hz), Task Force 1996.</summary>
    public double HighFrequencyStartHz { get; init; } = 0.15;

    /// <summary>High-frequency band, upper edge (Hz), Task Force 1996.</summary>
    public double HighFrequencyEndHz { get; init; } = 0.40;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        if (!(ResampleRateHz > 2 * HighFrequencyEndHz) || double.IsInfinity(ResampleRateHz))
            throw new ArgumentOutOfRangeException(nameof(ResampleRateHz), ResampleRateHz, $"{nameof(ResampleRateHz)} must exceed twice {nameof(HighFrequencyEndHz)}");
        if (!(SegmentSeconds > 0) || double.IsInfinity(SegmentSeconds))
            throw new ArgumentOutOfRangeException(nameof(SegmentSeconds), SegmentSeconds, $"{nameof(SegmentSeconds)} must be positive");
        if (!(LowFrequencyStartHz > 0 && HighFrequencyStartHz > LowFrequencyStartHz && HighFrequencyEndHz > HighFrequencyStartHz))
            throw new ArgumentOutOfRangeException(nameof(HighFrequencyStartHz), HighFrequencyStartHz, "bands must satisfy 0 < LF start < HF start < HF end");
    }
}
