namespace Formcast.Signals;

/// <summary>
/// Options of <see cref="StepDetector"/>. Defaults were chosen on the three traces of the Oxford step-counter
/// "optimisation" set (Salvi et al. 2018) and are evaluated on its separate "validation" set; see docs/signals.md.
/// </summary>
public sealed record StepDetectionOptions
{
    /// <summary>Centred moving-mean window that smooths the magnitude (seconds). Short enough for 4 steps/s.</summary>
    public double SmoothingSeconds { get; init; } = 0.1;

    /// <summary>Centred moving-mean window of the baseline subtracted from the smoothed magnitude (seconds).</summary>
    public double BaselineSeconds { get; init; } = 1.0;

    /// <summary>Lowest step frequency searched in the spectrum (Hz): 60 steps/min.</summary>
    public double MinimumStepFrequencyHz { get; init; } = 1.0;

    /// <summary>Highest step frequency searched in the spectrum (Hz): 240 steps/min, sprint cadence.</summary>
    public double MaximumStepFrequencyHz { get; init; } = 4.0;

    /// <summary>Length of the windows in which the step frequency is estimated (seconds).</summary>
    public double FrequencyWindowSeconds { get; init; } = 10;

    /// <summary>Two steps closer than this fraction of the window's step period are one step (the higher peak wins).</summary>
    public double MinimumSpacingFraction { get; init; } = 0.8;

    /// <summary>
    /// Height a peak must exceed above the baseline (m/s²): above the noise of a still phone after smoothing
    /// (hundredths of m/s²), far below the bounce of a walking step (about 1–5 m/s²).
    /// </summary>
    public double MinimumPeakHeight { get; init; } = 0.1;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        Positive(SmoothingSeconds, nameof(SmoothingSeconds));
        Positive(BaselineSeconds, nameof(BaselineSeconds));
        Positive(MinimumStepFrequencyHz, nameof(MinimumStepFrequencyHz));
        if (!(MaximumStepFrequencyHz > MinimumStepFrequencyHz))
            throw new ArgumentOutOfRangeException(nameof(MaximumStepFrequencyHz), MaximumStepFrequencyHz, $"{nameof(MaximumStepFrequencyHz)} must exceed {nameof(MinimumStepFrequencyHz)}");
        Positive(FrequencyWindowSeconds, nameof(FrequencyWindowSeconds));
        if (!(MinimumSpacingFraction is > 0 and < 1))
            throw new ArgumentOutOfRangeException(nameof(MinimumSpacingFraction), MinimumSpacingFraction, $"{nameof(MinimumSpacingFraction)} must be in (0, 1)");
        if (!(MinimumPeakHeight >= 0))
            throw new ArgumentOutOfRangeException(nameof(MinimumPeakHeight), MinimumPeakHeight, $"{nameof(MinimumPeakHeight)} must be zero or positive");
    }

    private static void Positive(double value, string option)
    {
        if (!(value > 0) || double.IsInfinity(value))
            throw new ArgumentOutOfRangeException(option, value, $"{option} must be a positive finite number");
    }
}
