using System.Buffers;
using MathNet.Numerics.IntegralTransforms;

namespace Formcast.Signals.Internal;

/// <summary>Squared magnitudes of a real signal's discrete Fourier transform, through MathNet's packed real FFT.</summary>
internal static class Fft
{
    /// <summary>
    /// Writes |X_k|² for k = 0 … fftLength/2, where X is the unscaled DFT of <paramref name="samples"/> zero-padded to
    /// <paramref name="fftLength"/>.
    /// </summary>
    public static void SquaredMagnitudes(ReadOnlySpan<double> samples, int fftLength, Span<double> destination)
    {
        var buffer = ArrayPool<double>.Shared.Rent(fftLength + 2);
        try
        {
            var data = buffer.AsSpan(0, fftLength + 2);
            data.Clear();
            samples.CopyTo(data);
            Fourier.ForwardReal(buffer, fftLength, FourierOptions.NoScaling);
            for (var k = 0; k < destination.Length; k++)
            {
                var (re, im) = (buffer[2 * k], buffer[(2 * k) + 1]);
                destination[k] = (re * re) + (im * im);
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>Smallest power of two ≥ <paramref name="n"/>.</summary>
    public static int NextPowerOfTwo(int n) => n <= 1 ? 1 : checked((int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)n));
}
