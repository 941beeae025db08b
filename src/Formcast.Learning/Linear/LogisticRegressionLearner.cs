using Formcast.Learning.Linear.Internal;

namespace Formcast.Learning.Linear;

/// <summary>
/// Logistic regression minimising C·Σᵢ sᵢ·log-loss(xᵢ, yᵢ) + ½‖W‖² (L2) or + ‖W‖₁ (L1), intercepts unpenalised —
/// the objective of scikit-learn's <c>LogisticRegression</c> (solvers "lbfgs"/"newton-cg" for L2, "saga" for L1), so
/// both converge to the same coefficients. L2 is solved by truncated Newton (conjugate gradients on Hessian–vector
/// products), L1 by proximal Newton with coordinate descent. Softmax intercepts are reported centred (Σₖ bₖ = 0),
/// the representative gradient methods started at zero also reach.
/// </summary>
public sealed class LogisticRegressionLearner : ILearner<LogisticRegressionModel>
{
    public LogisticRegressionLearner(LogisticRegressionOptions? options = null)
    {
        Options = options ?? new LogisticRegressionOptions();
        Options.Validate();
    }

    public LogisticRegressionOptions Options { get; }

    public LogisticRegressionModel Fit(Dataset data)
    {
        TrainingData.RequireUsable(data);
        var rowWeights = TrainingData.SampleWeights(data);
        var (classes, classIndex) = TrainingData.EncodeClasses(data.Target);
        if (classes.Length < 2) throw new ArgumentException("logistic regression needs at least two classes in the target", nameof(data));
        var parallel = Options.ParallelOptions();
        var p = data.Columns;

        if (classes.Length == 2 || Options.MultiClass == MultiClassStrategy.Multinomial)
        {
            var classWeights = TrainingData.ClassWeights(classes, classIndex, Options.ClassWeights, Options.BalancedClassWeights);
            var c = new double[data.Rows];
            for (var i = 0; i < c.Length; i++) c[i] = Options.C * rowWeights[i] * classWeights[classIndex[i]];
            var outputs = classes.Length == 2 ? 1 : classes.Length;
            var theta = Solve(new LogisticProblem(data.Features, classIndex, c, outputs, Options.FitIntercept, L2Strength, parallel));
            var (coefficients, intercepts) = Unpack(theta, outputs, p);
            if (outputs > 1)
            {
                var mean = intercepts.Average();
                for (var k = 0; k < intercepts.Length; k++) intercepts[k] -= mean;
            }

            return new LogisticRegressionModel(classes, Options.MultiClass, coefficients, intercepts);
        }

        var rows = new double[classes.Length][];
        var bias = new double[classes.Length];
        var explicitWeights = Options.BalancedClassWeights ? null : TrainingData.ClassWeights(classes, classIndex, Options.ClassWeights, balanced: false);
        Parallel.For(0, classes.Length, parallel, k =>
        {
            var target = new int[data.Rows];
            for (var i = 0; i < target.Length; i++) target[i] = classIndex[i] == k ? 1 : 0;
            var binaryWeights = explicitWeights is null
                ? TrainingData.ClassWeights([0.0, 1.0], target, null, balanced: true)
                : null;
            var c = new double[data.Rows];
            for (var i = 0; i < c.Length; i++)
            {
                var classWeight = binaryWeights is null ? explicitWeights![classIndex[i]] : binaryWeights[target[i]];
                c[i] = Options.C * rowWeights[i] * classWeight;
            }

            // One thread per class already; the row sums inside stay sequential.
            var single = new ParallelOptions { MaxDegreeOfParallelism = 1 };
            var theta = Solve(new LogisticProblem(data.Features, target, c, 1, Options.FitIntercept, L2Strength, single));
            rows[k] = theta[..p];
            bias[k] = theta[p];
        });
        return new LogisticRegressionModel(classes, MultiClassStrategy.OneVsRest, rows, bias);
    }

    private double L2Strength => Options.Penalty == LogisticPenalty.L2 ? 1.0 : 0.0;

    private double[] Solve(LogisticProblem problem) =>
        Options.Penalty == LogisticPenalty.L2
            ? NewtonConjugateGradient.Minimize(problem, Options.Tolerance, Options.MaxIterations).Theta
            : ProximalNewton.Minimize(problem, 1.0, Options.Tolerance, Options.MaxIterations).Theta;

    private static (double[][] Coefficients, double[] Intercepts) Unpack(double[] theta, int outputs, int p)
    {
        var coefficients = new double[outputs][];
        var intercepts = new double[outputs];
        for (var k = 0; k < outputs; k++)
        {
            coefficients[k] = theta.AsSpan(k * (p + 1), p).ToArray();
            intercepts[k] = theta[(k * (p + 1)) + p];
        }

        return (coefficients, intercepts);
    }
}
