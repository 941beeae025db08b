namespace Formcast.Learning.Svm.Internal;

/// <summary>
/// Platt's sigmoid P(y = +1 | f) = 1 / (1 + exp(A·f + B)) fitted to decision values by the Newton method with
/// backtracking of Lin, Lin &amp; Weng, "A note on Platt's probabilistic outputs for support vector machines",
/// Machine Learning 68:267 (2007), Algorithm 1: regularised targets (N₊ + 1)/(N₊ + 2) and 1/(N₋ + 2), start
/// A = 0, B = log((N₋ + 1)/(N₊ + 1)), Hessian ridge σ = 10⁻¹², stop when both gradient entries are below 10⁻⁵,
/// at most 100 iterations, steps no smaller than 10⁻¹⁰.
/// </summary>
internal static class PlattSigmoid
{
    private const int MaxIterations = 100;
    private const double MinStep = 1e-10;
    private const double Sigma = 1e-12;
    private const double Epsilon = 1e-5;

    public static (double A, double B) Fit(ReadOnlySpan<double> decisionValues, ReadOnlySpan<sbyte> labels)
    {
        double positives = 0, negatives = 0;
        foreach (var y in labels)
        {
            if (y > 0) positives++;
            else negatives++;
        }

        var high = (positives + 1) / (positives + 2);
        var low = 1 / (negatives + 2);
        var targets = new double[labels.Length];
        for (var i = 0; i < targets.Length; i++) targets[i] = labels[i] > 0 ? high : low;

        var a = 0.0;
        var b = Math.Log((negatives + 1) / (positives + 1));
        var value = Objective(decisionValues, targets, a, b);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            double h11 = Sigma, h22 = Sigma, h21 = 0, g1 = 0, g2 = 0;
            for (var i = 0; i < targets.Length; i++)
            {
                var f = decisionValues[i];
                var fApB = (f * a) + b;
                double p, q;
                if (fApB >= 0)
                {
                    var e = Math.Exp(-fApB);
                    p = e / (1 + e);
                    q = 1 / (1 + e);
                }
                else
                {
                    var e = Math.Exp(fApB);
                    p = 1 / (1 + e);
                    q = e / (1 + e);
                }

                var d2 = p * q;
                h11 += f * f * d2;
                h22 += d2;
                h21 += f * d2;
                var d1 = targets[i] - p;
                g1 += f * d1;
                g2 += d1;
            }

            if (Math.Abs(g1) < Epsilon && Math.Abs(g2) < Epsilon) break;

            var determinant = (h11 * h22) - (h21 * h21);
            var da = -((h22 * g1) - (h21 * g2)) / determinant;
            var db = -((-h21 * g1) + (h11 * g2)) / determinant;
            var slope = (g1 * da) + (g2 * db);
            var step = 1.0;
            while (step >= MinStep)
            {
                var newA = a + (step * da);
                var newB = b + (step * db);
                var newValue = Objective(decisionValues, targets, newA, newB);
                if (newValue < value + (0.0001 * step * slope))
                {
                    a = newA;
                    b = newB;
                    value = newValue;
                    break;
                }

                step /= 2;
            }

            if (step < MinStep) break;
        }

        return (a, b);
    }

    /// <summary>P(y = +1 | f), evaluated without overflow.</summary>
    public static double Probability(double decisionValue, double a, double b)
    {
        var fApB = (decisionValue * a) + b;
        return fApB >= 0 ? Math.Exp(-fApB) / (1 + Math.Exp(-fApB)) : 1 / (1 + Math.Exp(fApB));
    }

    private static double Objective(ReadOnlySpan<double> decisionValues, double[] targets, double a, double b)
    {
        var sum = 0.0;
        for (var i = 0; i < targets.Length; i++)
        {
            var fApB = (decisionValues[i] * a) + b;
            sum += fApB >= 0
                ? (targets[i] * fApB) + Math.Log(1 + Math.Exp(-fApB))
                : ((targets[i] - 1) * fApB) + Math.Log(1 + Math.Exp(fApB));
        }

        return sum;
    }
}
