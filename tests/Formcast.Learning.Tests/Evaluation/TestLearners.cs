namespace Formcast.Learning.Tests.Evaluation;

/// <summary>Predicts the training mean: the smallest regressor, for plumbing tests.</summary>
internal sealed class MeanLearner : ILearner<IRegressor>
{
    public IRegressor Fit(Dataset data) => new LinearModel(new double[data.Columns], data.Target.Average());
}

/// <summary>Ordinary least squares with a tiny ridge (1e-9) for stability, solved by Gaussian elimination.</summary>
internal sealed class LeastSquaresLearner : ILearner<IRegressor>
{
    public IRegressor Fit(Dataset data)
    {
        var (w, b) = TestAlgebra.Ridge(data.Features, data.Target, data.Weights, 1e-9);
        return new LinearModel(w, b);
    }
}

/// <summary>y = w·x + b.</summary>
internal sealed class LinearModel(double[] weights, double intercept) : IRegressor
{
    public double[] Weights { get; } = weights;

    public double Intercept { get; } = intercept;

    public string Kind => "test-linear";

    public int FeatureCount => Weights.Length;

    public double Predict(ReadOnlySpan<double> features)
    {
        var sum = Intercept;
        for (var j = 0; j < Weights.Length; j++) sum += Weights[j] * features[j];
        return sum;
    }

    public void WritePayload(ModelWriter writer) => throw new NotSupportedException("test model");
}

/// <summary>
/// Binary logistic regression with L2 penalty ½λ‖w‖², fitted by Newton's method (IRLS) to a gradient norm below 1e-10.
/// Classes are the two sorted labels; probabilities are (1 − p, p).
/// </summary>
internal sealed class LogisticLearner(double lambda = 1e-3) : ILearner<IClassifier>
{
    public IClassifier Fit(Dataset data)
    {
        var classes = data.Classes();
        if (classes.Length == 1) return new LogisticModel(classes, new double[data.Columns], classes[0] == 1 ? 30 : -30, single: true);
        var n = data.Rows;
        var d = data.Columns + 1;
        var beta = new double[d];
        for (var iteration = 0; iteration < 100; iteration++)
        {
            var gradient = new double[d];
            var hessian = new double[d, d];
            for (var r = 0; r < n; r++)
            {
                var x = data.Features.Row(r);
                var z = beta[^1];
                for (var j = 0; j < x.Length; j++) z += beta[j] * x[j];
                var p = 1 / (1 + Math.Exp(-z));
                var y = data.Target[r] == classes[1] ? 1.0 : 0.0;
                var w = data.Weights?[r] ?? 1;
                for (var j = 0; j < d; j++)
                {
                    var xj = j < x.Length ? x[j] : 1;
                    gradient[j] += w * (p - y) * xj;
                    for (var k = 0; k < d; k++) hessian[j, k] += w * p * (1 - p) * xj * (k < x.Length ? x[k] : 1);
                }
            }

            for (var j = 0; j < d - 1; j++)
            {
                gradient[j] += lambda * beta[j];
                hessian[j, j] += lambda;
            }

            hessian[d - 1, d - 1] += 1e-12;
            var step = TestAlgebra.Solve(hessian, gradient);
            for (var j = 0; j < d; j++) beta[j] -= step[j];
            if (Math.Sqrt(gradient.Sum(g => g * g)) < 1e-10) break;
        }

        return new LogisticModel(classes, beta[..^1], beta[^1], single: false);
    }
}

internal sealed class LogisticModel(double[] classes, double[] weights, double intercept, bool single) : IClassifier
{
    public string Kind => "test-logistic";

    public int FeatureCount => weights.Length;

    public IReadOnlyList<double> Classes => classes;

    public double Logit(ReadOnlySpan<double> features)
    {
        var z = intercept;
        for (var j = 0; j < weights.Length; j++) z += weights[j] * features[j];
        return z;
    }

    public void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities)
    {
        if (single)
        {
            probabilities[0] = 1;
            return;
        }

        var p = 1 / (1 + Math.Exp(-Logit(features)));
        probabilities[0] = 1 - p;
        probabilities[1] = p;
    }

    public void WritePayload(ModelWriter writer) => throw new NotSupportedException("test model");
}

internal static class TestAlgebra
{
    /// <summary>Weighted ridge regression with an unpenalised intercept.</summary>
    public static (double[] Weights, double Intercept) Ridge(Matrix x, double[] y, double[]? sampleWeights, double lambda)
    {
        var d = x.Columns + 1;
        var a = new double[d, d];
        var b = new double[d];
        for (var r = 0; r < x.Rows; r++)
        {
            var row = x.Row(r);
            var w = sampleWeights?[r] ?? 1;
            for (var j = 0; j < d; j++)
            {
                var xj = j < row.Length ? row[j] : 1;
                b[j] += w * xj * y[r];
                for (var k = 0; k < d; k++) a[j, k] += w * xj * (k < row.Length ? row[k] : 1);
            }
        }

        for (var j = 0; j < d - 1; j++) a[j, j] += lambda;
        var beta = Solve(a, b);
        return (beta[..^1], beta[^1]);
    }

    /// <summary>Solves A x = b by Gaussian elimination with partial pivoting (A is copied).</summary>
    public static double[] Solve(double[,] matrix, double[] rhs)
    {
        var n = rhs.Length;
        var a = (double[,])matrix.Clone();
        var b = (double[])rhs.Clone();
        for (var c = 0; c < n; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < n; r++)
            {
                if (Math.Abs(a[r, c]) > Math.Abs(a[pivot, c])) pivot = r;
            }

            for (var k = 0; k < n; k++) (a[c, k], a[pivot, k]) = (a[pivot, k], a[c, k]);
            (b[c], b[pivot]) = (b[pivot], b[c]);
            for (var r = c + 1; r < n; r++)
            {
                var f = a[r, c] / a[c, c];
                for (var k = c; k < n; k++) a[r, k] -= f * a[c, k];
                b[r] -= f * b[c];
            }
        }

        var x = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var s = b[r];
            for (var k = r + 1; k < n; k++) s -= a[r, k] * x[k];
            x[r] = s / a[r, r];
        }

        return x;
    }
}
