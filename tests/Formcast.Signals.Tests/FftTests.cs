using System.Numerics;
using Formcast.Signals.Internal;
using MathNet.Numerics.IntegralTransforms;

namespace Formcast.Signals.Tests;

public sealed class FftTests
{
    [Theory]
    [InlineData(3, 4)]
    [InlineData(4, 4)]
    [InlineData(8, 8)]
    [InlineData(100, 128)]
    [InlineData(1000, 1024)]
    [InlineData(3000, 4096)]
    [InlineData(7, 7)]
    [InlineData(300, 300)]
    public void SquaredMagnitudes_MatchMathNetsComplexTransform(int samples, int fftLength)
    {
        // Independent oracle: MathNet.Numerics' complex FFT of the zero-padded signal.
        var random = new Random(samples);
        var x = Enumerable.Range(0, samples).Select(_ => random.NextDouble() - 0.3).ToArray();
        var reference = new Complex[fftLength];
        for (var i = 0; i < samples; i++) reference[i] = x[i];
        Fourier.Forward(reference, FourierOptions.NoScaling);

        var power = new double[(fftLength / 2) + 1];
        Fft.SquaredMagnitudes(x, fftLength, power);
        for (var k = 0; k < power.Length; k++)
        {
            var expected = reference[k].Magnitude * reference[k].Magnitude;
            Assert.True(Math.Abs(power[k] - expected) <= 1e-9 * (1 + expected), $"bin {k}: expected {expected}, got {power[k]}");
        }
    }
}
