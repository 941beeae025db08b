using Formcast.Signals.Internal;

namespace Formcast.Signals;

/// <summary>
/// Step detection and cadence from the acceleration magnitude of a body-worn or hand-held device (walking and
/// running). The magnitude needs no orientation, so the device may sit in a pocket, an armband or a hand.
/// </summary>
/// <remarks>
/// Method (Formcast's own; a peak detector in the family reviewed by Salvi et al. 2018, "An optimised algorithm
/// for accurate steps counting from smart-phone accelerometry", IEEE EMBC 2018):
/// <list type="number">
/// <item>step signal d = moving mean of |a| over <see cref="StepDetectionOptions.SmoothingSeconds"/> minus its moving
/// mean over <see cref="StepDetectionOptions.BaselineSeconds"/> (a band-pass that removes gravity and posture);</item>
/// <item>in windows of <see cref="StepDetectionOptions.FrequencyWindowSeconds"/>, the step frequency f is the
/// dominant frequency of d's Hann periodogram in the step band (<see cref="Spectral"/>);</item>
/// <item>steps are the local maxima of d above <see cref="StepDetectionOptions.MinimumPeakHeight"/>, taken highest
/// first, each suppressing others closer than <see cref="StepDetectionOptions.MinimumSpacingFraction"/>/f.</item>
/// </list>
/// Input is the magnitude on a uniform clock (resample with <see cref="Resampling"/>, then
/// <see cref="Acceleration.Magnitude"/>). Missing samples (NaN) are skipped by the moving means; a long gap should
/// split the recording instead.
/// </remarks>
public static class StepDetector
{
    /// <summary>Default options.</summary>
    public static StepDetectionOptions DefaultOptions { get; } = new();

    /// <summary>Sample indices of the detected steps, ascending.</summary>
    /// <param name="magnitude">Acceleration magnitude |a| (m/s²) on a uniform clock.</param>
    /// <param name="sampleRateHz">Sampling rate, at least 10 Hz.</param>
    /// <param name="options">Detector options, or null for <see cref="DefaultOptions"/>.</param>
    public static int[] DetectSteps(ReadOnlySpan<double> magnitude, double sampleRateHz, StepDetectionOptions? options = null)
    {
        options ??= DefaultOptions;
        options.Validate();
        if (!(sampleRateHz >= 10)) throw new ArgumentOutOfRangeException(nameof(sampleRateHz), sampleRateHz, "sampleRateHz must be at least 10");
        var n = magnitude.Length;
        if (n < 3) return [];

        var signal = StepSignal(magnitude, sampleRateHz, options);
        var spacing = MinimumSpacing(signal, sampleRateHz, options);

        var candidates = new List<int>();
        for (var i = 1; i < n - 1; i++)
        {
            if (signal[i] > signal[i - 1] && signal[i] >= signal[i + 1] && signal[i] > options.MinimumPeakHeight) candidates.Add(i);
        }

        candidates.Sort((a, b) => signal[b] != signal[a] ? signal[b].CompareTo(signal[a]) : a.CompareTo(b));
        var taken = new bool[n];
        var steps = new List<int>();
        foreach (var i in candidates)
        {
            var reach = spacing[i];
            var free = true;
            for (int j = Math.Max(0, i - reach), end = Math.Min(n - 1, i + reach); j <= end && free; j++) free = !taken[j];
            if (!free) continue;
            taken[i] = true;
            steps.Add(i);
        }

        steps.Sort();
        return [.. steps];
    }

    /// <summary>
    /// Step frequency (Hz) of the whole recording: the dominant frequency of the step signal's periodogram inside the
    /// step band. Multiply by 60 for steps per minute.
    /// </summary>
    /// <param name="magnitude">Acceleration magnitude |a| (m/s²) on a uniform clock.</param>
    /// <param name="sampleRateHz">Sampling rate, at least 10 Hz.</param>
    /// <param name="options">Detector options, or null for <see cref="DefaultOptions"/>.</param>
    public static double StepFrequencyHz(ReadOnlySpan<double> magnitude, double sampleRateHz, StepDetectionOptions? options = null)
    {
        options ??= DefaultOptions;
        options.Validate();
        if (!(sampleRateHz >= 10)) throw new ArgumentOutOfRangeException(nameof(sampleRateHz), sampleRateHz, "sampleRateHz must be at least 10");
        var signal = StepSignal(magnitude, sampleRateHz, options);
        return DominantStepFrequency(signal, sampleRateHz, options);
    }

    /// <summary>Mean cadence (steps per minute) between the first and the last of <paramref name="stepIndices"/>; NaN with fewer than two.</summary>
    public static double CadencePerMinute(ReadOnlySpan<int> stepIndices, double sampleRateHz)
    {
        Check.Positive(sampleRateHz, nameof(sampleRateHz));
        if (stepIndices.Length < 2) return double.NaN;
        var seconds = (stepIndices[^1] - stepIndices[0]) / sampleRateHz;
        return seconds > 0 ? 60 * (stepIndices.Length - 1) / seconds : double.NaN;
    }

    /// <summary>Smoothed magnitude minus its baseline; missing samples become 0 (no step there).</summary>
    private static double[] StepSignal(ReadOnlySpan<double> magnitude, double sampleRateHz, StepDetectionOptions options)
    {
        var smoothed = new double[magnitude.Length];
        var baseline = new double[magnitude.Length];
        Smoothing.MovingMean(magnitude, OddWindow(options.SmoothingSeconds, sampleRateHz), WindowAlignment.Centered, smoothed);
        Smoothing.MovingMean(magnitude, OddWindow(options.BaselineSeconds, sampleRateHz), WindowAlignment.Centered, baseline);
        for (var i = 0; i < smoothed.Length; i++)
        {
            var d = smoothed[i] - baseline[i];
            smoothed[i] = double.IsNaN(d) ? 0 : d;
        }

        return smoothed;
    }

    /// <summary>Per sample, the half-width (samples) within which a higher step suppresses a lower one.</summary>
    private static int[] MinimumSpacing(double[] signal, double sampleRateHz, StepDetectionOptions options)
    {
        var n = signal.Length;
        var window = Math.Max(2, (int)Math.Round(options.FrequencyWindowSeconds * sampleRateHz));
        var spacing = new int[n];
        for (var start = 0; start < n; start += window)
        {
            // The last window reaches back so that every estimate sees a full window when the recording allows.
            var from = Math.Max(0, Math.Min(start, n - window));
            var to = Math.Min(n, from + window);
            var frequency = to - from >= 2 ? DominantStepFrequency(signal.AsSpan(from, to - from), sampleRateHz, options) : double.NaN;
            if (double.IsNaN(frequency)) frequency = options.MaximumStepFrequencyHz;
            var reach = (int)(options.MinimumSpacingFraction * sampleRateHz / frequency);
            spacing.AsSpan(start, Math.Min(window, n - start)).Fill(reach);
        }

        return spacing;
    }

    private static double DominantStepFrequency(ReadOnlySpan<double> signal, double sampleRateHz, StepDetectionOptions options)
    {
        // Zero-padding to 4096 points puts bins 0.024 Hz (1.5 steps/min) apart at 100 Hz.
        const int MinimumFftLength = 4096;
        return Spectral.Analyze(signal, sampleRateHz, options.MinimumStepFrequencyHz, options.MaximumStepFrequencyHz, MinimumFftLength)
            .DominantFrequencyHz;
    }

    private static int OddWindow(double seconds, double sampleRateHz) => ((int)Math.Round(seconds * sampleRateHz) / 2 * 2) + 1;
}
