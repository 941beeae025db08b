using System.Numerics.Tensors;

namespace Formcast.Learning.Linear.Internal;

/// <summary>
/// The smooth part of the regularised logistic objective, F(θ) = Σᵢ cᵢ·ℓᵢ(θ) + (λ₂/2)·‖W‖², with row weights
/// cᵢ = C × row weight × class weight and the intercepts unpenalised (scikit-learn's objective for
/// <c>LogisticRegression</c>, up to the constant factor C). ℓ is the binary log loss on a sigmoid output or the
/// multinomial log loss on a softmax over one score per class.
/// Parameters are laid out output by output: [w₀ (p values), b₀, w₁, b₁, …].
/// </summary>
internal sealed class LogisticProblem
{
    private readonly Matrix _x;
    private readonly int[] _target;
    private readonly ParallelOptions _parallel;
    private double[][]? _columns;

    /// <param name="x">Features.</param>
    /// <param name="target">Per row: 0/1 for a sigmoid problem, the class index for a softmax problem.</param>
    /// <param name="rowWeights">cᵢ, already multiplied by C and the class weights.</param>
    /// <param name="outputs">1 for a sigmoid problem, the number of classes (≥ 3) for softmax.</param>
    /// <param name="fitIntercept">False pins every intercept at 0.</param>
    /// <param name="l2">λ₂ of the penalty (λ₂/2)·‖W‖²; 0 for none.</param>
    /// <param name="parallel">Parallelism of the row sums.</param>
    public LogisticProblem(Matrix x, int[] target, double[] rowWeights, int outputs, bool fitIntercept, double l2, ParallelOptions parallel)
    {
        _x = x;
        _target = target;
        RowWeights = rowWeights;
        Outputs = outputs;
        FitIntercept = fitIntercept;
        L2 = l2;
        _parallel = parallel;
        Features = x.Columns;
        Probabilities = new double[outputs][];
        for (var k = 0; k < outputs; k++) Probabilities[k] = new double[x.Rows];
    }

    public int Rows => _x.Rows;

    public int Features { get; }

    public int Outputs { get; }

    public bool FitIntercept { get; }

    public double L2 { get; }

    public double[] RowWeights { get; }

    public bool Softmax => Outputs > 1;

    /// <summary>Parameters per output: p weights and one intercept.</summary>
    public int Stride => Features + 1;

    public int Dimension => Outputs * Stride;

    /// <summary>Model probabilities at the point of the last <see cref="Evaluate"/>, per output then row.</summary>
    public double[][] Probabilities { get; }

    public int[] Target => _target;

    /// <summary>The features as columns, built on first use (coordinate descent walks columns).</summary>
    public double[][] Columns => _columns ??= TrainingData.Columns(_x);

    /// <summary>True for a penalised coordinate (a weight, not an intercept).</summary>
    public bool IsWeight(int coordinate) => coordinate % Stride != Features;

    /// <summary>Value and gradient at <paramref name="theta"/>; remembers the probabilities for Hessian products.</summary>
    public double Evaluate(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var parameters = theta.ToArray();
        var width = Dimension + 1;
        var sums = new double[width];
        RowChunks.Sum(Rows, width, _parallel, (start, end, partial) => Accumulate(parameters, start, end, partial, withGradient: true), sums);
        sums.AsSpan(0, Dimension).CopyTo(gradient);
        var value = sums[Dimension] + AddPenalty(theta, gradient);
        if (!FitIntercept)
        {
            for (var k = 0; k < Outputs; k++) gradient[(k * Stride) + Features] = 0;
        }

        return value;
    }

    /// <summary>Value only (line searches); does not change <see cref="Probabilities"/>.</summary>
    public double Value(ReadOnlySpan<double> theta)
    {
        var parameters = theta.ToArray();
        var sums = new double[1];
        RowChunks.Sum(Rows, 1, _parallel, (start, end, partial) => Accumulate(parameters, start, end, partial, withGradient: false), sums);
        return sums[0] + AddPenalty(theta, default);
    }

    /// <summary>Hessian of F at the last evaluated point times <paramref name="v"/>.</summary>
    public void HessianVector(ReadOnlySpan<double> v, Span<double> result)
    {
        var direction = v.ToArray();
        RowChunks.Sum(Rows, Dimension, _parallel, (start, end, partial) => AccumulateHessianVector(direction, start, end, partial), result);
        for (var k = 0; k < Outputs; k++)
        {
            var offset = k * Stride;
            if (L2 > 0) TensorPrimitives.MultiplyAdd(v.Slice(offset, Features), L2, result.Slice(offset, Features), result.Slice(offset, Features));
            if (!FitIntercept) result[offset + Features] = 0;
        }
    }

    private double AddPenalty(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        if (L2 == 0) return 0;
        var value = 0.0;
        for (var k = 0; k < Outputs; k++)
        {
            var w = theta.Slice(k * Stride, Features);
            value += 0.5 * L2 * TensorPrimitives.Dot(w, w);
            if (!gradient.IsEmpty)
            {
                var g = gradient.Slice(k * Stride, Features);
                TensorPrimitives.MultiplyAdd(w, L2, g, g);
            }
        }

        return value;
    }

    private void Accumulate(double[] theta, int start, int end, double[] partial, bool withGradient)
    {
        var p = Features;
        var loss = 0.0;
        Span<double> z = stackalloc double[Outputs];
        for (var i = start; i < end; i++)
        {
            var c = RowWeights[i];
            var row = _x.Row(i);
            for (var k = 0; k < Outputs; k++) z[k] = TensorPrimitives.Dot(row, theta.AsSpan(k * Stride, p)) + (FitIntercept ? theta[(k * Stride) + p] : 0);
            if (!Softmax)
            {
                var y = _target[i];
                var zi = z[0];
                // log(1 + e^z) − y·z, computed without overflow.
                var softplus = Math.Max(zi, 0) + Math.Log(1 + Math.Exp(-Math.Abs(zi)));
                loss += c * (softplus - (y * zi));
                if (!withGradient) continue;
                var prob = zi >= 0 ? 1 / (1 + Math.Exp(-zi)) : Math.Exp(zi) / (1 + Math.Exp(zi));
                Probabilities[0][i] = prob;
                var coefficient = c * (prob - y);
                if (coefficient != 0)
                {
                    TensorPrimitives.MultiplyAdd(row, coefficient, partial.AsSpan(0, p), partial.AsSpan(0, p));
                    partial[p] += coefficient;
                }

                continue;
            }

            var max = TensorPrimitives.Max(z);
            var sum = 0.0;
            for (var k = 0; k < Outputs; k++) sum += Math.Exp(z[k] - max);
            var logSumExp = max + Math.Log(sum);
            loss += c * (logSumExp - z[_target[i]]);
            if (!withGradient) continue;
            for (var k = 0; k < Outputs; k++)
            {
                var prob = Math.Exp(z[k] - logSumExp);
                Probabilities[k][i] = prob;
                var coefficient = c * (prob - (k == _target[i] ? 1 : 0));
                if (coefficient == 0) continue;
                var g = partial.AsSpan(k * Stride, p);
                TensorPrimitives.MultiplyAdd(row, coefficient, g, g);
                partial[(k * Stride) + p] += coefficient;
            }
        }

        partial[^1] += loss;
    }

    private void AccumulateHessianVector(double[] v, int start, int end, double[] partial)
    {
        var p = Features;
        Span<double> u = stackalloc double[Outputs];
        for (var i = start; i < end; i++)
        {
            var c = RowWeights[i];
            if (c == 0) continue;
            var row = _x.Row(i);
            for (var k = 0; k < Outputs; k++) u[k] = TensorPrimitives.Dot(row, v.AsSpan(k * Stride, p)) + (FitIntercept ? v[(k * Stride) + p] : 0);
            if (!Softmax)
            {
                var prob = Probabilities[0][i];
                var r = c * prob * (1 - prob) * u[0];
                TensorPrimitives.MultiplyAdd(row, r, partial.AsSpan(0, p), partial.AsSpan(0, p));
                partial[p] += r;
                continue;
            }

            // Per row the softmax Hessian is diag(π) − ππᵀ, so (H·u)_k = π_k·(u_k − Σ_m π_m·u_m).
            var mean = 0.0;
            for (var k = 0; k < Outputs; k++) mean += Probabilities[k][i] * u[k];
            for (var k = 0; k < Outputs; k++)
            {
                var r = c * Probabilities[k][i] * (u[k] - mean);
                var h = partial.AsSpan(k * Stride, p);
                TensorPrimitives.MultiplyAdd(row, r, h, h);
                partial[(k * Stride) + p] += r;
            }
        }
    }
}
