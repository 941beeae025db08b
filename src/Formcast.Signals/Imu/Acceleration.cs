using System.Numerics.Tensors;
using Formcast.Signals.Internal;

namespace Formcast.Signals;

/// <summary>
/// Acceleration magnitude and gravity removal for three-axis accelerometers (m/s²). NaN marks a missing sample and
/// propagates to the outputs of that sample.
/// </summary>
/// <remarks>
/// Two ways to remove gravity, for two needs:
/// <list type="bullet">
/// <item><see cref="DynamicMagnitude"/>: |a| − g₀. Needs no orientation and no filter; exact when the device is
/// still, and a good step signal, but it mixes gravity and motion when the motion is large.</item>
/// <item><see cref="LinearAcceleration"/>: estimates gravity per axis with a first-order low-pass filter
/// g ← α·g + (1 − α)·a, α = τ / (τ + Δt), and subtracts it (the filter in Android's <c>SensorEvent</c>
/// documentation for TYPE_ACCELEROMETER); follows slow changes of orientation.</item>
/// </list>
/// </remarks>
public static class Acceleration
{
    /// <summary>Standard acceleration of gravity g₀ = 9.80665 m/s² (3rd CGPM, 1901).</summary>
    public const double StandardGravity = 9.80665;

    private const int ChunkLength = 512;

    /// <summary>|a| = √(x² + y² + z²) per sample.</summary>
    /// <param name="x">Acceleration along x.</param>
    /// <param name="y">Acceleration along y.</param>
    /// <param name="z">Acceleration along z.</param>
    /// <param name="destination">Magnitude per sample; may be the same span as one of the inputs.</param>
    public static void Magnitude(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> z, Span<double> destination)
    {
        CheckAxes(x, y, z, destination.Length);

        // Chunks through a stack buffer: no allocation, and a chunk's inputs are read before its output is written.
        Span<double> squares = stackalloc double[ChunkLength];
        for (var start = 0; start < x.Length; start += ChunkLength)
        {
            var length = Math.Min(ChunkLength, x.Length - start);
            var sum = squares[..length];
            TensorPrimitives.Multiply(x.Slice(start, length), x.Slice(start, length), sum);
            TensorPrimitives.MultiplyAdd(y.Slice(start, length), y.Slice(start, length), sum, sum);
            TensorPrimitives.MultiplyAdd(z.Slice(start, length), z.Slice(start, length), sum, sum);
            TensorPrimitives.Sqrt(sum, destination.Slice(start, length));
        }
    }

    /// <summary>|a| − g₀ per sample: the magnitude with standard gravity removed (0 when still).</summary>
    /// <inheritdoc cref="Magnitude" path="/param"/>
    public static void DynamicMagnitude(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> z, Span<double> destination)
    {
        Magnitude(x, y, z, destination);
        TensorPrimitives.Subtract(destination, StandardGravity, destination);
    }

    /// <summary>
    /// Linear (gravity-free) acceleration per axis: a − g, with g from the first-order low-pass filter described on
    /// the class, started at the first present sample. A missing sample leaves the gravity estimate unchanged.
    /// </summary>
    /// <param name="x">Acceleration along x on a uniform clock.</param>
    /// <param name="y">Acceleration along y.</param>
    /// <param name="z">Acceleration along z.</param>
    /// <param name="sampleRateHz">Sampling rate.</param>
    /// <param name="gravityTimeConstantSeconds">τ of the gravity filter; about 0.2–1 s (longer = steadier gravity, slower to follow turns).</param>
    /// <param name="linearX">Linear acceleration along x.</param>
    /// <param name="linearY">Linear acceleration along y.</param>
    /// <param name="linearZ">Linear acceleration along z.</param>
    public static void LinearAcceleration(
        ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> z, double sampleRateHz, double gravityTimeConstantSeconds,
        Span<double> linearX, Span<double> linearY, Span<double> linearZ)
    {
        CheckAxes(x, y, z, linearX.Length);
        Check.SameLength(x.Length, linearY.Length, nameof(linearY));
        Check.SameLength(x.Length, linearZ.Length, nameof(linearZ));
        Check.Positive(sampleRateHz, nameof(sampleRateHz));
        Check.Positive(gravityTimeConstantSeconds, nameof(gravityTimeConstantSeconds));
        var alpha = gravityTimeConstantSeconds / (gravityTimeConstantSeconds + (1 / sampleRateHz));
        RemoveLowPass(x, alpha, linearX);
        RemoveLowPass(y, alpha, linearY);
        RemoveLowPass(z, alpha, linearZ);
    }

    /// <summary>Magnitude of <see cref="LinearAcceleration"/>: the size of the motion with gravity removed per axis.</summary>
    /// <param name="x">Acceleration along x on a uniform clock.</param>
    /// <param name="y">Acceleration along y.</param>
    /// <param name="z">Acceleration along z.</param>
    /// <param name="sampleRateHz">Sampling rate.</param>
    /// <param name="gravityTimeConstantSeconds">τ of the gravity filter.</param>
    /// <param name="destination">Linear-acceleration magnitude per sample.</param>
    public static void LinearMagnitude(
        ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> z, double sampleRateHz, double gravityTimeConstantSeconds,
        Span<double> destination)
    {
        var (lx, ly, lz) = (new double[x.Length], new double[x.Length], new double[x.Length]);
        LinearAcceleration(x, y, z, sampleRateHz, gravityTimeConstantSeconds, lx, ly, lz);
        Magnitude(lx, ly, lz, destination);
    }

    private static void RemoveLowPass(ReadOnlySpan<double> a, double alpha, Span<double> destination)
    {
        var gravity = double.NaN;
        for (var i = 0; i < a.Length; i++)
        {
            if (double.IsNaN(a[i]))
            {
                destination[i] = double.NaN;
                continue;
            }

            gravity = double.IsNaN(gravity) ? a[i] : (alpha * gravity) + ((1 - alpha) * a[i]);
            destination[i] = a[i] - gravity;
        }
    }

    private static void CheckAxes(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> z, int destinationLength)
    {
        Check.SameLength(x.Length, y.Length, nameof(y));
        Check.SameLength(x.Length, z.Length, nameof(z));
        Check.SameLength(x.Length, destinationLength, "destination");
    }
}
