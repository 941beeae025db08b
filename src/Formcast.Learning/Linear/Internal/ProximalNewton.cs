using System.Numerics.Tensors;

namespace Formcast.Learning.Linear.Internal;

/// <summary>
/// Minimises F(θ) + λ₁·‖W‖₁ (F the smooth logistic objective, intercepts unpenalised) by proximal Newton steps:
/// each outer iteration builds the exact quadratic model of F and minimises model + λ₁‖·‖₁ by cyclic coordinate
/// descent with soft thresholding, then backtracks along the step until the composite objective decreases
/// sufficiently (Yuan, Ho &amp; Lin, "An improved GLMNET for L1-regularized logistic regression", JMLR 13:1999, 2012;
/// Friedman, Hastie &amp; Tibshirani 2010 for the coordinate updates). Softmax problems use the full per-row Hessian
/// diag(π) − ππᵀ, kept current in O(n) per coordinate. Stops when the minimum-norm subgradient satisfies
/// ‖∂‖∞ ≤ tolerance·‖∂₀‖∞.
/// </summary>
internal static class ProximalNewton
{
    private const int MaxInnerSweeps = 200;

    public static (double[] Theta, int Iterations) Minimize(LogisticProblem problem, double l1, double tolerance, int maxIterations)
    {
        var dim = problem.Dimension;
        var n = problem.Rows;
        var p = problem.Features;
        var outputs = problem.Outputs;
        var columns = problem.Columns;
        var c = problem.RowWeights;
        var probabilities = problem.Probabilities;

        var theta = new double[dim];
        var gradient = new double[dim];
        var step = new double[dim];
        var trial = new double[dim];
        var curvature = new double[dim];
        var u = new double[outputs][];
        for (var k = 0; k < outputs; k++) u[k] = new double[n];
        var mean = problem.Softmax ? new double[n] : [];

        var smooth = problem.Evaluate(theta, gradient);
        var objective = smooth + (l1 * L1Norm(problem, theta));
        var initialViolation = Violation(problem, theta, gradient, l1);
        if (initialViolation == 0) return (theta, 0);

        var iteration = 0;
        while (iteration < maxIterations)
        {
            var violation = Violation(problem, theta, gradient, l1);
            if (violation <= tolerance * initialViolation) break;
            iteration++;

            // Diagonal of the Hessian, per coordinate: Σᵢ cᵢ·xᵢⱼ²·πᵢₖ(1 − πᵢₖ) (+ λ₂).
            for (var k = 0; k < outputs; k++)
            {
                var prob = probabilities[k];
                for (var j = 0; j <= p; j++)
                {
                    var h = 0.0;
                    for (var i = 0; i < n; i++)
                    {
                        var x = j < p ? columns[j][i] : 1.0;
                        h += c[i] * x * x * prob[i] * (1 - prob[i]);
                    }

                    var coordinate = (k * problem.Stride) + j;
                    curvature[coordinate] = Math.Max(h + (j < p ? problem.L2 : 0), 1e-12);
                }
            }

            Array.Clear(step);
            foreach (var row in u) Array.Clear(row);
            if (mean.Length > 0) Array.Clear(mean);
            var innerTolerance = 0.1 * violation;
            for (var sweep = 0; sweep < MaxInnerSweeps; sweep++)
            {
                var worst = 0.0;
                for (var k = 0; k < outputs; k++)
                {
                    var prob = probabilities[k];
                    var uk = u[k];
                    for (var j = 0; j <= p; j++)
                    {
                        var coordinate = (k * problem.Stride) + j;
                        var isWeight = j < p;
                        if (!isWeight && !problem.FitIntercept) continue;
                        var current = theta[coordinate] + step[coordinate];

                        // A weight at zero whose gradient is well inside [−λ₁, λ₁] stays at zero this round.
                        if (isWeight && current == 0 && theta[coordinate] == 0 && Math.Abs(gradient[coordinate]) < 0.99 * l1) continue;

                        var column = isWeight ? columns[j] : null;
                        var hd = 0.0;
                        for (var i = 0; i < n; i++)
                        {
                            var x = column is null ? 1.0 : column[i];
                            hd += x * c[i] * prob[i] * (problem.Softmax ? uk[i] - mean[i] : (1 - prob[i]) * uk[i]);
                        }

                        var g = gradient[coordinate] + hd + (isWeight ? problem.L2 * step[coordinate] : 0);
                        var h = curvature[coordinate];
                        double next;
                        if (isWeight)
                        {
                            worst = Math.Max(worst, CoordinateViolation(current, g, l1));
                            next = SoftThreshold(current - (g / h), l1 / h);
                        }
                        else
                        {
                            worst = Math.Max(worst, Math.Abs(g));
                            next = current - (g / h);
                        }

                        var delta = next - current;
                        if (delta == 0) continue;
                        step[coordinate] += delta;
                        for (var i = 0; i < n; i++)
                        {
                            var dx = delta * (column is null ? 1.0 : column[i]);
                            uk[i] += dx;
                            if (problem.Softmax) mean[i] += prob[i] * dx;
                        }
                    }
                }

                if (worst <= innerTolerance) break;
            }

            // Predicted decrease of the composite model; backtrack until a fraction of it is realised.
            var predicted = TensorPrimitives.Dot(gradient, step);
            TensorPrimitives.Add(theta, step, trial);
            predicted += l1 * (L1Norm(problem, trial) - L1Norm(problem, theta));
            if (!(predicted < 0)) break;
            var alpha = 1.0;
            var accepted = false;
            for (var halving = 0; halving < 60; halving++)
            {
                TensorPrimitives.MultiplyAdd(step, alpha, theta, trial);
                var trialObjective = problem.Value(trial) + (l1 * L1Norm(problem, trial));
                if (trialObjective <= objective + (0.01 * alpha * predicted))
                {
                    accepted = true;
                    break;
                }

                alpha *= 0.5;
            }

            if (!accepted) break;
            trial.CopyTo(theta, 0);
            smooth = problem.Evaluate(theta, gradient);
            objective = smooth + (l1 * L1Norm(problem, theta));
        }

        return (theta, iteration);
    }

    /// <summary>The largest entry of the minimum-norm subgradient of F + λ₁‖W‖₁.</summary>
    private static double Violation(LogisticProblem problem, ReadOnlySpan<double> theta, ReadOnlySpan<double> gradient, double l1)
    {
        var worst = 0.0;
        for (var coordinate = 0; coordinate < theta.Length; coordinate++)
        {
            var v = problem.IsWeight(coordinate) ? CoordinateViolation(theta[coordinate], gradient[coordinate], l1) : Math.Abs(gradient[coordinate]);
            worst = Math.Max(worst, v);
        }

        return worst;
    }

    private static double CoordinateViolation(double value, double gradient, double l1) =>
        value > 0 ? Math.Abs(gradient + l1)
        : value < 0 ? Math.Abs(gradient - l1)
        : Math.Max(Math.Abs(gradient) - l1, 0);

    private static double SoftThreshold(double value, double threshold) =>
        value > threshold ? value - threshold : value < -threshold ? value + threshold : 0;

    private static double L1Norm(LogisticProblem problem, ReadOnlySpan<double> theta)
    {
        var sum = 0.0;
        for (var coordinate = 0; coordinate < theta.Length; coordinate++)
        {
            if (problem.IsWeight(coordinate)) sum += Math.Abs(theta[coordinate]);
        }

        return sum;
    }
}
