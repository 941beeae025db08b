using System.Numerics;
using System.Numerics.Tensors;

namespace Formcast.Learning.Svm.Internal;

/// <summary>
/// A kernel with its parameters resolved. Row kernels for training use the expansion
/// ‖x − z‖² = ‖x‖² + ‖z‖² − 2·x·z with precomputed squared norms, as LIBSVM's <c>Kernel::kernel_rbf</c> does;
/// single evaluations at prediction time use the direct difference (LIBSVM's <c>k_function</c>).
/// </summary>
internal sealed class KernelFunction
{
    public KernelFunction(KernelKind kind, double gamma, int degree, double coef0)
    {
        Kind = kind;
        Gamma = gamma;
        Degree = degree;
        Coef0 = coef0;
    }

    public KernelKind Kind { get; }

    public double Gamma { get; }

    public int Degree { get; }

    public double Coef0 { get; }

    public double Evaluate(ReadOnlySpan<double> x, ReadOnlySpan<double> z) => Kind switch
    {
        KernelKind.Linear => TensorPrimitives.Dot(x, z),
        KernelKind.Polynomial => Power((Gamma * TensorPrimitives.Dot(x, z)) + Coef0, Degree),
        _ => Math.Exp(-Gamma * SquaredDistance(x, z)),
    };

    /// <summary>
    /// Turns dot products into kernel values in place: <paramref name="values"/>[t] holds x·z_t on entry.
    /// <paramref name="squareX"/> is ‖x‖², <paramref name="squareZ"/>[t] is ‖z_t‖² (read only for RBF).
    /// </summary>
    public void FromDotProducts(Span<double> values, double squareX, ReadOnlySpan<double> squareZ)
    {
        switch (Kind)
        {
            case KernelKind.Linear:
                return;
            case KernelKind.Polynomial:
                TensorPrimitives.Multiply(values, Gamma, values);
                TensorPrimitives.Add(values, Coef0, values);
                if (Degree == 1) return;
                if (Degree == 2)
                {
                    TensorPrimitives.Multiply(values, values, values);
                    return;
                }

                for (var t = 0; t < values.Length; t++) values[t] = Power(values[t], Degree);
                return;
            default:
                // exp(−γ·((‖x‖² + ‖z‖²) − 2·x·z)), associated as LIBSVM does so equal inputs give equal rows.
                for (var t = 0; t < values.Length; t++) values[t] = squareX + squareZ[t] - (2 * values[t]);
                TensorPrimitives.Multiply(values, -Gamma, values);
                TensorPrimitives.Exp(values, values);
                return;
        }
    }

    /// <summary>Integer power by squaring (LIBSVM's <c>powi</c>), exact for the small degrees used here.</summary>
    public static double Power(double value, int degree)
    {
        var result = 1.0;
        var factor = value;
        for (var d = degree; d > 0; d /= 2)
        {
            if ((d & 1) == 1) result *= factor;
            factor *= factor;
        }

        return result;
    }

    /// <summary>x·z summed in index order, as LIBSVM's <c>Kernel::dot</c>.</summary>
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> z)
    {
        var sum = 0.0;
        for (var k = 0; k < x.Length; k++) sum += x[k] * z[k];
        return sum;
    }

    /// <summary>‖x − z‖², vectorised.</summary>
    public static double SquaredDistance(ReadOnlySpan<double> x, ReadOnlySpan<double> z)
    {
        var k = 0;
        var sum = 0.0;
        if (Vector.IsHardwareAccelerated && x.Length >= Vector<double>.Count)
        {
            var accumulator = Vector<double>.Zero;
            for (; k <= x.Length - Vector<double>.Count; k += Vector<double>.Count)
            {
                var d = new Vector<double>(x[k..]) - new Vector<double>(z[k..]);
                accumulator += d * d;
            }

            sum = Vector.Sum(accumulator);
        }

        for (; k < x.Length; k++)
        {
            var d = x[k] - z[k];
            sum += d * d;
        }

        return sum;
    }
}
