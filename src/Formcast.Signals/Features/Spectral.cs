using System.Buffers;
using System.Numerics.Tensors;
using Formcast.Signals.Internal;

namespace Formcast.Signals;

/// <summary>
/// Power spectra and spectral features (dominant frequency, band power, spectral entropy) — e.g. the step frequency
/// of walking or running from acceleration, or the LF/HF power of an RR tachogram.
/// </summary>
/// <remarks>
/// Spectra are one-sided power spectral densities in units²/Hz, with the conventions of scipy.signal
/// (<c>periodogram</c>/<c>welch</c> with <c>window="hann"</c>, <c>detrend="constant"</c>, <c>scaling="density"</c>):
/// the mean is removed, a periodic Hann window w_j = ½ − ½·cos(2πj/n) is applied, P_k = |X_k|² / (fs·Σw²), and bins
/// other than 0 Hz and Nyquist are doubled. Band powers integrate the density by the rectangle rule over the bins
/// with low ≤ f_k &lt; high. Input must be gap-free: fill or resample first; a NaN makes every output NaN.
/// </remarks>
public static class Spectral
{
    /// <summary>Number of bins of a one-sided spectrum of an <paramref name="fftLength"/>-point transform (0 Hz … Nyquist).</summary>
    public static int OneSidedLength(int fftLength) => (fftLength / 2) + 1;

    /// <summary>Hann-windowed periodogram of the whole of <paramref name="x"/>, zero-padded to <paramref name="fftLength"/>.</summary>
    /// <param name="x">Samples on a uniform clock, no NaN.</param>
    /// <param name="sampleRateHz">Sampling rate.</param>
    /// <param name="fftLength">Transform length ≥ x.Length (zero padding refines the frequency grid, not the resolution).</param>
    /// <param name="destination">Power density, <see cref="OneSidedLength"/>(fftLength) bins.</param>
    /// <returns>The bin spacing, sampleRateHz / fftLength.</returns>
    public static double Periodogram(ReadOnlySpan<double> x, double sampleRateHz, int fftLength, Span<double> destination)
    {
        Check.AtLeast(x.Length, 2, nameof(x));
        Check.Positive(sampleRateHz, nameof(sampleRateHz));
        if (fftLength < x.Length) throw new ArgumentOutOfRangeException(nameof(fftLength), fftLength, "fftLength must be at least the number of samples");
        Check.SameLength(OneSidedLength(fftLength), destination.Length, nameof(destination));
        destination.Clear();
        using (var plan = new SegmentPlan(x.Length, fftLength, sampleRateHz)) plan.Accumulate(x, destination);
        return sampleRateHz / fftLength;
    }

    /// <summary>
    /// Welch's averaged periodogram (Welch 1967, IEEE Trans Audio Electroacoust 15:70): Hann-windowed segments of
    /// <paramref name="segmentLength"/> samples with 50 % overlap, each with its own mean removed, averaged.
    /// Trailing samples that do not fill a segment are not used (as scipy).
    /// </summary>
    /// <param name="x">Samples on a uniform clock, no NaN.</param>
    /// <param name="sampleRateHz">Sampling rate.</param>
    /// <param name="segmentLength">Segment length, 2 … x.Length; also the transform length.</param>
    /// <param name="destination">Power density, <see cref="OneSidedLength"/>(segmentLength) bins.</param>
    /// <returns>The bin spacing, sampleRateHz / segmentLength.</returns>
    public static double Welch(ReadOnlySpan<double> x, double sampleRateHz, int segmentLength, Span<double> destination)
    {
        Check.Positive(sampleRateHz, nameof(sampleRateHz));
        if (segmentLength < 2 || segmentLength > x.Length)
            throw new ArgumentOutOfRangeException(nameof(segmentLength), segmentLength, $"segmentLength must be 2 … {x.Length} (the number of samples)");
        Check.SameLength(OneSidedLength(segmentLength), destination.Length, nameof(destination));
        destination.Clear();
        var step = segmentLength - (segmentLength / 2);
        var segments = 0;
        using var plan = new SegmentPlan(segmentLength, segmentLength, sampleRateHz);
        for (var start = 0; start + segmentLength <= x.Length; start += step)
        {
            plan.Accumulate(x.Slice(start, segmentLength), destination);
            segments++;
        }

        TensorPrimitives.Divide(destination, segments, destination);
        return sampleRateHz / segmentLength;
    }

    /// <summary>Power in [<paramref name="lowHz"/>, <paramref name="highHz"/>): Σ P_k·Δf over the bins inside.</summary>
    /// <param name="psd">One-sided power density from <see cref="Periodogram"/> or <see cref="Welch"/>.</param>
    /// <param name="frequencyResolutionHz">Bin spacing Δf those methods return.</param>
    /// <param name="lowHz">Lower band edge, inclusive.</param>
    /// <param name="highHz">Upper band edge, exclusive.</param>
    public static double BandPower(ReadOnlySpan<double> psd, double frequencyResolutionHz, double lowHz, double highHz)
    {
        var (first, last) = BinRange(psd.Length, frequencyResolutionHz, lowHz, highHz);
        return first > last ? 0 : TensorPrimitives.Sum(psd[first..(last + 1)]) * frequencyResolutionHz;
    }

    /// <summary>Frequency of the largest bin in [<paramref name="lowHz"/>, <paramref name="highHz"/>) (the lowest on ties); NaN for an empty band.</summary>
    /// <inheritdoc cref="BandPower" path="/param"/>
    public static double DominantFrequency(ReadOnlySpan<double> psd, double frequencyResolutionHz, double lowHz, double highHz)
    {
        var (first, last) = BinRange(psd.Length, frequencyResolutionHz, lowHz, highHz);
        if (first > last) return double.NaN;
        return (first + TensorPrimitives.IndexOfMax(psd[first..(last + 1)])) * frequencyResolutionHz;
    }

    /// <summary>
    /// Normalised spectral entropy of the band: H = −Σ p_k ln p_k / ln N with p_k = P_k / Σ P over the N bins inside
    /// (Inouye et al. 1991, Electroencephalogr Clin Neurophysiol 79:204). 0 for a pure tone, 1 for a flat spectrum;
    /// NaN when the band holds fewer than two bins or no power.
    /// </summary>
    /// <inheritdoc cref="BandPower" path="/param"/>
    public static double SpectralEntropy(ReadOnlySpan<double> psd, double frequencyResolutionHz, double lowHz, double highHz)
    {
        var (first, last) = BinRange(psd.Length, frequencyResolutionHz, lowHz, highHz);
        var band = first > last ? [] : psd[first..(last + 1)];
        var total = TensorPrimitives.Sum(band);
        if (band.Length < 2 || !(total > 0)) return double.NaN;
        double entropy = 0;
        foreach (var p in band)
        {
            if (p > 0) entropy -= p / total * Math.Log(p / total);
        }

        return entropy / Math.Log(band.Length);
    }

    /// <summary>
    /// Periodogram features of <paramref name="x"/> in one call: dominant frequency, band power, total power and
    /// spectral entropy over [<paramref name="lowHz"/>, <paramref name="highHz"/>).
    /// </summary>
    /// <param name="x">Samples on a uniform clock, no NaN.</param>
    /// <param name="sampleRateHz">Sampling rate.</param>
    /// <param name="lowHz">Lower band edge, inclusive.</param>
    /// <param name="highHz">Upper band edge, exclusive.</param>
    /// <param name="minimumFftLength">Zero-pad to at least this many points (the transform length is the next power of two ≥ both this and x.Length).</param>
    public static SpectralFeatures Analyze(ReadOnlySpan<double> x, double sampleRateHz, double lowHz, double highHz, int minimumFftLength = 0)
    {
        var fftLength = Fft.NextPowerOfTwo(Math.Max(x.Length, minimumFftLength));
        var bins = OneSidedLength(fftLength);
        var buffer = ArrayPool<double>.Shared.Rent(bins);
        try
        {
            var psd = buffer.AsSpan(0, bins);
            var df = Periodogram(x, sampleRateHz, fftLength, psd);
            return new SpectralFeatures(
                DominantFrequency(psd, df, lowHz, highHz),
                BandPower(psd, df, lowHz, highHz),
                BandPower(psd, df, df / 2, double.PositiveInfinity),
                SpectralEntropy(psd, df, lowHz, highHz),
                df);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>The Hann window and work buffers shared by every segment of one spectrum.</summary>
    private readonly struct SegmentPlan : IDisposable
    {
        private readonly int _length;
        private readonly int _fftLength;
        private readonly double[] _buffer;
        private readonly double _scale;

        public SegmentPlan(int length, int fftLength, double sampleRateHz)
        {
            _length = length;
            _fftLength = fftLength;
            _buffer = ArrayPool<double>.Shared.Rent((2 * length) + OneSidedLength(fftLength));
            double energy = 0;
            for (var j = 0; j < length; j++)
            {
                var w = 0.5 - (0.5 * Math.Cos(2 * Math.PI * j / length));
                _buffer[j] = w;
                energy += w * w;
            }

            _scale = 1 / (sampleRateHz * energy);
        }

        /// <summary>Adds the density of one mean-removed, Hann-windowed segment to <paramref name="psd"/>.</summary>
        public void Accumulate(ReadOnlySpan<double> segment, Span<double> psd)
        {
            var window = _buffer.AsSpan(0, _length);
            var windowed = _buffer.AsSpan(_length, _length);
            var power = _buffer.AsSpan(2 * _length, psd.Length);
            TensorPrimitives.Subtract(segment, TensorPrimitives.Sum(segment) / _length, windowed);
            TensorPrimitives.Multiply(windowed, window, windowed);
            Fft.SquaredMagnitudes(windowed, _fftLength, power);
            for (var k = 0; k < power.Length; k++)
            {
                var isEdge = k == 0 || (_fftLength % 2 == 0 && k == power.Length - 1);
                psd[k] += power[k] * _scale * (isEdge ? 1 : 2);
            }
        }

        public void Dispose() => ArrayPool<double>.Shared.Return(_buffer);
    }

    /// <summary>First and last bin index with low ≤ k·Δf &lt; high (first &gt; last when none).</summary>
    private static (int First, int Last) BinRange(int bins, double frequencyResolutionHz, double lowHz, double highHz)
    {
        Check.Positive(frequencyResolutionHz, nameof(frequencyResolutionHz));
        if (!(highHz > lowHz)) throw new ArgumentOutOfRangeException(nameof(highHz), highHz, "highHz must exceed lowHz");
        var first = Math.Max(0, (int)Math.Ceiling((lowHz / frequencyResolutionHz) - 1e-9));
        var lastExclusive = double.IsPositiveInfinity(highHz) ? bins : (int)Math.Ceiling((highHz / frequencyResolutionHz) - 1e-9);
        return (first, Math.Min(bins, lastExclusive) - 1);
    }
}
