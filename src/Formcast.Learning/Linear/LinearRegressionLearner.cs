using System.Numerics.Tensors;
using Formcast.Learning.Decomposition.Internal;
using Formcast.Learning.Linear.Internal;

namespace Formcast.Learning.Linear;

/// <summary>
/// Least-squares linear regression with an optional ridge penalty, minimising Σᵢ sᵢ(yᵢ − w·xᵢ − b)² + α‖w‖² over
/// row weights sᵢ. The intercept is handled as scikit-learn does (<c>LinearRegression</c>/<c>Ridge</c>): features and
/// target are centred on their weighted means, rows are scaled by √sᵢ, and b = ȳ − w·x̄.
/// Ordinary least squares (α = 0) solves through a singular value decomposition of the QR factor (row blocks
/// factorised in parallel) and returns the minimum-norm solution when columns are collinear (singular values below
/// σ_max·ε·max(n, p) are dropped, numpy's <c>lstsq</c> default); ridge solves the normal equations
/// (XᵀX + αI)w = Xᵀy by Cholesky, scikit-learn's "cholesky" solver.
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

        var coefficients = Options.Alpha > 0
            ? SolveRidge(x, y, weights, featureMeans, targetMean, Options.Alpha)
            : SolveLeastSquares(x, y, weights, featureMeans, targetMean, Options.ParallelOptions());
        var intercept = Options.FitIntercept ? targetMean - TensorPrimitives.Dot(featureMeans, coefficients) : 0.0;
        return new LinearRegressionModel(coefficients, intercept);
    }

    /// <summary>Row i of the centred, √weight-scaled problem: features into <paramref name="row"/>, target returned.</summary>
    private static double ScaledRow(Matrix x, double[] y, double[] weights, double[] featureMeans, double targetMean, int i, Span<double> row)
    {
        var root = Math.Sqrt(weights[i]);
        TensorPrimitives.Subtract(x.Row(i), featureMeans, row);
        TensorPrimitives.Multiply(row, root, row);
        return root * (y[i] - targetMean);
    }

    private static double[] SolveRidge(Matrix x, double[] y, double[] weights, double[] featureMeans, double targetMean, double alpha)
    {
        var n = x.Rows;
        var p = x.Columns;
        var columns = new double[p][];
        for (var j = 0; j < p; j++) columns[j] = new double[n];
        var target = new double[n];
        var row = new double[p];
        for (var i = 0; i < n; i++)
        {
            target[i] = ScaledRow(x, y, weights, featureMeans, targetMean, i, row);
            for (var j = 0; j < p; j++) columns[j][i] = row[j];
        }

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

    /// <summary>
    /// Minimum-norm least squares. With at least p + 1 rows: the triangular factor R̃ of [X̃ ỹ] by TSQR gives
    /// R (its leading p×p block) and c = Qᵀỹ (its last column), then w = V·S⁺·Uᵀc from the SVD of R — the same
    /// solution as an SVD of X̃, without forming Q. With fewer rows, X̃ itself is decomposed.
    /// </summary>
    private static double[] SolveLeastSquares(Matrix x, double[] y, double[] weights, double[] featureMeans, double targetMean, ParallelOptions parallel)
    {
        var n = x.Rows;
        var p = x.Columns;
        double[][] factor;
        double[] projected;
        if (n > p)
        {
            var augmented = TallSkinnyQr.R(n, p + 1, (start, end, block) =>
            {
                var row = new double[p];
                for (var i = start; i < end; i++)
                {
                    block[p][i - start] = ScaledRow(x, y, weights, featureMeans, targetMean, i, row);
                    for (var j = 0; j < p; j++) block[j][i - start] = row[j];
                }
            }, parallel);
            factor = new double[p][];
            for (var j = 0; j < p; j++) factor[j] = augmented[j][..p];
            projected = augmented[p][..p];
        }
        else
        {
            factor = new double[p][];
            for (var j = 0; j < p; j++) factor[j] = new double[n];
            projected = new double[n];
            var row = new double[p];
            for (var i = 0; i < n; i++)
            {
                projected[i] = ScaledRow(x, y, weights, featureMeans, targetMean, i, row);
                for (var j = 0; j < p; j++) factor[j][i] = row[j];
            }
        }

        var svd = SingularValueDecomposition.Compute(factor, projected.Length, wantU: true);
        var coefficients = new double[p];
        if (svd.Values.Length == 0 || svd.Values[0] == 0) return coefficients;
        var cutoff = svd.Values[0] * 2.220446049250313e-16 * Math.Max(n, p);
        for (var k = 0; k < svd.Values.Length; k++)
        {
            if (svd.Values[k] <= cutoff) break;
            var coordinate = TensorPrimitives.Dot(svd.U![k], projected) / svd.Values[k];
            TensorPrimitives.MultiplyAdd(svd.V[k], coordinate, coefficients, coefficients);
        }

        return coefficients;
    }
}
