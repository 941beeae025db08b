using System.Numerics.Tensors;
using Formcast.Learning.Decomposition.Internal;
using Formcast.Learning.Linear.Internal;

namespace Formcast.Learning.Linear;

/// <summary>
/// Least-squares linear regression with an optional ridge penalty, minimising Σᵢ sᵢ(yᵢ − w·xᵢ − b)² + α‖w‖² over
/// row weights sᵢ. The intercept is handled as scikit-learn does (<c>LinearRegression</c>/<c>Ridge</c>): features and
/// target are centred on their weighted means, rows are scaled by √sᵢ, and b = ȳ − w·x̄.
/// Ordinary least squares (α = 0) solves through a singular value decomposition and returns the minimum-norm
/// solution when columns are collinear (singular values below σ_max·ε·max(n, p) are dropped, numpy's
/// <c>lstsq</c> default); ridge solves the normal equations (XᵀX + αI)w = Xᵀy by Cholesky, scikit-learn's
/// "cholesky" solver.
/// </summary>
public sealed class LinearRegressionLearner : ILearner<LinearRegressionModel>
{
    public LinearRegressionLearner(LinearRegressionOptions? options = null)
    {
        Options = options ?? new LinearRegressionOptions();
        Options.Validate();
    }

    public LinearRegressionOptions Options { get; }

    public LinearRegressionModel Fit(Dataset data)
    {
        TrainingData.RequireUsable(data);
        var weights = TrainingData.SampleWeights(data);
        var n = data.Rows;
        var p = data.Columns;
        var x = data.Features;
        var y = data.Target;

        var featureMeans = new double[p];
        var targetMean = 0.0;
        if (Options.FitIntercept)
        {
            var weightSum = 0.0;
            for (var i = 0; i < n; i++)
            {
                weightSum += weights[i];
                TensorPrimitives.MultiplyAdd(x.Row(i), weights[i], featureMeans, featureMeans);
                targetMean += weights[i] * y[i];
            }

            TensorPrimitives.Divide(featureMeans, weightSum, featureMeans);
            targetMean /= weightSum;
        }

        var columns = new double[p][];
        for (var j = 0; j < p; j++) columns[j] = new double[n];
        var target = new double[n];
        for (var i = 0; i < n; i++)
        {
            var root = Math.Sqrt(weights[i]);
            var row = x.Row(i);
            for (var j = 0; j < p; j++) columns[j][i] = root * (row[j] - featureMeans[j]);
            target[i] = root * (y[i] - targetMean);
        }

        var coefficients = Options.Alpha > 0 ? SolveRidge(columns, target, Options.Alpha) : SolveLeastSquares(columns, target);
        var intercept = Options.FitIntercept ? targetMean - TensorPrimitives.Dot(featureMeans, coefficients) : 0.0;
        return new LinearRegressionModel(coefficients, intercept);
    }

    private static double[] SolveRidge(double[][] columns, double[] target, double alpha)
    {
        var p = columns.Length;
        var gram = new double[p * p];
        var rhs = new double[p];
        for (var j = 0; j < p; j++)
        {
            rhs[j] = TensorPrimitives.Dot(columns[j], target);
            for (var k = 0; k <= j; k++) gram[(j * p) + k] = TensorPrimitives.Dot(columns[j], columns[k]);
            gram[(j * p) + j] += alpha;
        }

        if (!Cholesky.TryFactor(gram, p))
            throw new InvalidOperationException("the ridge system is not positive definite; the data holds non-finite or huge values");
        Cholesky.Solve(gram, p, rhs);
        return rhs;
    }

    private static double[] SolveLeastSquares(double[][] columns, double[] target)
    {
        var p = columns.Length;
        var n = target.Length;
        var svd = SingularValueDecomposition.Compute(columns, n, wantU: true);
        var coefficients = new double[p];
        if (svd.Values.Length == 0 || svd.Values[0] == 0) return coefficients;
        var cutoff = svd.Values[0] * 2.220446049250313e-16 * Math.Max(n, p);
        for (var k = 0; k < svd.Values.Length; k++)
        {
            if (svd.Values[k] <= cutoff) break;
            var projection = TensorPrimitives.Dot(svd.U![k], target) / svd.Values[k];
            TensorPrimitives.MultiplyAdd(svd.V[k], projection, coefficients, coefficients);
        }

        return coefficients;
    }
}
