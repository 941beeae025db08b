using Formcast.Learning.Evaluation.Internal;

namespace Formcast.Learning.Ensembles;

/// <summary>Options of <see cref="StackingLinearBlender"/>.</summary>
public sealed record StackingLinearBlenderOptions : LearnerOptions
{
    /// <summary>Constrain every weight to be ≥ 0 (Breiman 1996): a blend of predictions, not a contrast between them.</summary>
    public bool NonNegative { get; init; } = true;

    public bool FitIntercept { get; init; } = true;
}

/// <summary>
/// The default stacking meta-regressor: least squares y ≈ b + Σ wⱼ·xⱼ with wⱼ ≥ 0 (Breiman 1996, Machine Learning
/// 24:49, who found the non-negativity constraint essential for stacked regressions). Solved by Lawson &amp; Hanson's
/// active-set NNLS (1974, <i>Solving Least Squares Problems</i>, ch. 23) on weighted-mean-centred data, which is what
/// scikit-learn's <c>LinearRegression(positive=True)</c> does; sub-problems use Householder QR.
/// </summary>
public sealed class StackingLinearBlender(StackingLinearBlenderOptions? options = null) : ILearner<IRegressor>
{
    private const double MachineEpsilon = 2.220446049250313e-16;

    public StackingLinearBlenderOptions Options { get; } = options ?? new StackingLinearBlenderOptions();

    public IRegressor Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Options.Validate();
        var n = data.Rows;
        var p = data.Columns;
        if (n == 0) throw new ArgumentException("no rows to fit", nameof(data));
        var w = data.Weights;
        var xMean = new double[p];
        double yMean = 0;
        if (Options.FitIntercept)
        {
            double total = 0;
            for (var r = 0; r < n; r++)
            {
                var wr = w?[r] ?? 1;
                total += wr;
                yMean += wr * data.Target[r];
                var row = data.Features.Row(r);
                for (var j = 0; j < p; j++) xMean[j] += wr * row[j];
            }

            yMean /= total;
            for (var j = 0; j < p; j++) xMean[j] /= total;
        }

        var a = new double[n, p];
        var b = new double[n];
        for (var r = 0; r < n; r++)
        {
            var scale = w is null ? 1 : Math.Sqrt(w[r]);
            var row = data.Features.Row(r);
            for (var j = 0; j < p; j++) a[r, j] = (row[j] - xMean[j]) * scale;
            b[r] = (data.Target[r] - yMean) * scale;
        }

        var coefficients = Options.NonNegative ? NonNegativeLeastSquares(a, b) : HouseholderLeastSquares.Solve(a, b, Enumerable.Range(0, p).ToArray());
        double intercept = 0;
        if (Options.FitIntercept)
        {
            intercept = yMean;
            for (var j = 0; j < p; j++) intercept -= xMean[j] * coefficients[j];
        }

        return new StackingLinearBlenderModel(coefficients, intercept);
    }

    /// <summary>Lawson–Hanson: grow the set of free (positive) coefficients by the most promising gradient direction,
    /// and step back to the feasible boundary whenever the unconstrained solution on that set leaves it.</summary>
    internal static double[] NonNegativeLeastSquares(double[,] a, double[] b)
    {
        var n = b.Length;
        var p = a.GetLength(1);
        var x = new double[p];
        var passive = new bool[p];
        var tolerance = 10 * MachineEpsilon * p * Math.Max(1, Norm(a));
        for (var outer = 0; outer < 3 * p + 3; outer++)
        {
            var gradient = Gradient(a, b, x);
            var best = -1;
            for (var j = 0; j < p; j++)
            {
                if (!passive[j] && gradient[j] > tolerance && (best < 0 || gradient[j] > gradient[best])) best = j;
            }

            if (best < 0) break;
            passive[best] = true;
            for (var inner = 0; inner < 3 * p + 3; inner++)
            {
                var set = Enumerable.Range(0, p).Where(j => passive[j]).ToArray();
                var s = HouseholderLeastSquares.Solve(a, b, set);
                if (set.All(j => s[j] > 0))
                {
                    x = s;
                    break;
                }

                var alpha = double.PositiveInfinity;
                foreach (var j in set)
                {
                    if (s[j] <= 0) alpha = Math.Min(alpha, x[j] / (x[j] - s[j]));
                }

                for (var j = 0; j < p; j++) x[j] += alpha * (s[j] - x[j]);
                foreach (var j in set)
                {
                    if (x[j] <= tolerance)
                    {
                        x[j] = 0;
                        passive[j] = false;
                    }
                }
            }
        }

        return x;
    }

    private static double[] Gradient(double[,] a, double[] b, double[] x)
    {
        var n = b.Length;
        var p = x.Length;
        var residual = new double[n];
        for (var r = 0; r < n; r++)
        {
            var fit = 0.0;
            for (var j = 0; j < p; j++) fit += a[r, j] * x[j];
            residual[r] = b[r] - fit;
        }

        var gradient = new double[p];
        for (var j = 0; j < p; j++)
        {
            for (var r = 0; r < n; r++) gradient[j] += a[r, j] * residual[r];
        }

        return gradient;
    }

    private static double Norm(double[,] a)
    {
        double sum = 0;
        foreach (var v in a) sum += v * v;
        return Math.Sqrt(sum);
    }
}
