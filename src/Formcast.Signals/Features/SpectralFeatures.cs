namespace Formcast.Signals;

/// <summary>Frequency-domain features of one signal window, as defined in <see cref="Spectral"/>.</summary>
/// <param name="DominantFrequencyHz">Frequency of the largest power-density bin inside the band.</param>
/// <param name="BandPower">Power inside the band (signal units²).</param>
/// <param name="TotalPower">Power over all frequencies above 0 Hz (signal units²).</param>
/// <param name="SpectralEntropy">Normalised Shannon entropy of the band's spectrum, 0 (one line) – 1 (flat).</param>
/// <param name="FrequencyResolutionHz">Spacing of the spectrum's bins.</param>
public readonly record struct SpectralFeatures(
    double DominantFrequencyHz, double BandPower, double TotalPower, double SpectralEntropy, double FrequencyResolutionHz);
