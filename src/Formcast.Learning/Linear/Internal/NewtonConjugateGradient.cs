using System.Numerics.Tensors;

namespace Formcast.Learning.Linear.Internal;

/// <summary>
/// Truncated Newton minimisation of the smooth logistic objective: each step solves H·d = −g approximately by
/// conjugate gradients with Hessian–vector products (no Hessian is formed), to the forcing tolerance
/// η = min(0.5, √(‖g‖/‖g₀‖))·‖g‖ that gives superlinear convergence (Nocedal &amp; Wright, Numerical Optimization,
/// 2nd ed., Algorithm 7.1), followed by an Armijo backtracking line search (sufficient decrease 10⁻⁴).
/// Stops when ‖g‖∞ ≤ tolerance·‖g₀‖∞.
/// </summary>
internal static class NewtonConjugateGradient
{
    public static (double[] Theta, int Iterations) Minimize(LogisticProblem problem, double tolerance, int maxIterations)
    {
        var n = problem.Dimension;
        var theta = new double[n];
        var gradient = new double[n];
        var value = problem.Evaluate(theta, gradient);
        var initialNorm = Math.Abs(TensorPrimitives.MaxMagnitude(gradient));
        if (initialNorm == 0) return (theta, 0);

        var direction = new double[n];
        var residual = new double[n];
        var search = new double[n];
        var product = new double[n];
        var trial = new double[n];
        var iteration = 0;
        while (iteration < maxIterations)
        {
            var gradientNorm = Math.Abs(TensorPrimitives.MaxMagnitude(gradient));
            if (gradientNorm <= tolerance * initialNorm) break;
            iteration++;

            // Conjugate gradients on H·d = −g from d = 0.
            Array.Clear(direction);
            TensorPrimitives.Negate(gradient, residual);
            residual.CopyTo(search, 0);
            var residualSquared = TensorPrimitives.Dot(residual, residual);
            var forcing = Math.Min(0.5, Math.Sqrt(gradientNorm / initialNorm)) * Math.Sqrt(residualSquared);
            for (var cg = 0; cg < Math.Max(n, 20) * 2; cg++)
            {
                problem.HessianVector(search, product);
                var curvature = TensorPrimitives.Dot(search, product);
                if (!(curvature > 0)) break;
                var step = residualSquared / curvature;
                TensorPrimitives.MultiplyAdd(search, step, direction, direction);
                TensorPrimitives.MultiplyAdd(product, -step, residual, residual);
                var next = TensorPrimitives.Dot(residual, residual);
                if (Math.Sqrt(next) <= forcing) break;
                TensorPrimitives.MultiplyAdd(search, next / residualSquared, residual, search);
                residualSquared = next;
            }

            var slope = TensorPrimitives.Dot(gradient, direction);
            if (!(slope < 0))
            {
                // No descent direction from CG (curvature lost to rounding): fall back to steepest descent.
                TensorPrimitives.Negate(gradient, direction);
                slope = -TensorPrimitives.Dot(gradient, gradient);
            }

            var alpha = 1.0;
            var accepted = false;
            for (var halving = 0; halving < 60; halving++)
            {
                TensorPrimitives.MultiplyAdd(direction, alpha, theta, trial);
                var trialValue = problem.Value(trial);
                // Near the optimum the predicted decrease falls to rounding level; a full Newton step is then taken
                // when the value does not change beyond rounding.
                var roundingLevel = 1e-13 * Math.Abs(value);
                if (trialValue <= value + (1e-4 * alpha * slope)
                    || (halving == 0 && -slope <= roundingLevel && trialValue - value <= roundingLevel))
                {
                    accepted = true;
                    break;
                }

                alpha *= 0.5;
            }

            if (!accepted) break;
            trial.CopyTo(theta, 0);
            value = problem.Evaluate(theta, gradient);
        }

        return (theta, iteration);
    }
}
