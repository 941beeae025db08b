namespace Formcast.Learning.Calibration;

/// <summary>
/// Platt scaling (Platt 1999): P(y = 1 | s) = 1 / (1 + exp(A·s + B)), fitted by maximum likelihood against Platt's
/// smoothed targets t₊ = (N₊ + 1)/(N₊ + 2) and t₋ = 1/(N₋ + 2) (weighted counts), exactly scikit-learn's
/// <c>_sigmoid_calibration</c> objective. Solved by Newton's method with backtracking line search (Lin, Lin &amp; Weng
/// 2007, Machine Learning 68:267, Algorithm 1) to a gradient below 1e-12 of the total weight, i.e. to the optimum
/// that scikit-learn's BFGS approaches within its 1e-5 gradient tolerance.
/// </summary>
public static class PlattScaling
{
    private const int MaxIterations = 100;
    private const double MinStep = 1e-10;
    private const double HessianRidge = 1e-12;

    /// <summary>Fits A and B; a label is positive when it equals <paramref name="positiveLabel"/>.</summary>
    public static SigmoidFunction Fit(ReadOnlySpan<double> scores, ReadOnlySpan<double> labels, double positiveLabel = 1, ReadOnlySpan<double> weights = default)
    {
        if (scores.Length != labels.Length) throw new ArgumentException($"{scores.Length} scores for {labels.Length} labels", nameof(labels));
        if (!weights.IsEmpty && weights.Length != scores.Length) throw new ArgumentException("one weight per row is needed", nameof(weights));
        if (scores.IsEmpty) throw new ArgumentException("no rows", nameof(scores));
        var n = scores.Length;
        double positives = 0, negatives = 0;
        var target = new double[n];
        for (var i = 0; i < n; i++)
        {
            if (!double.IsFinite(scores[i])) throw new ArgumentException($"score at row {i} is {scores[i]}", nameof(scores));
            var w = weights.IsEmpty ? 1 : weights[i];
            if (labels[i] == positiveLabel) positives += w;
            else negatives += w;
        }

        var high = (positives + 1) / (positives + 2);
        var low = 1 / (negatives + 2);
        for (var i = 0; i < n; i++) target[i] = labels[i] == positiveLabel ? high : low;

        var s = scores.ToArray();
        var wt = weights.IsEmpty ? null : weights.ToArray();
        double a = 0, b = Math.Log((negatives + 1) / (positives + 1));
        var value = Objective(s, target, wt, a, b);
        var tolerance = 1e-12 * (positives + negatives);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            double h11 = HessianRidge, h22 = HessianRidge, h21 = 0, g1 = 0, g2 = 0;
            for (var i = 0; i < n; i++)
            {
                var w = wt?[i] ?? 1;
                var (p, q) = Probabilities((a * s[i]) + b);
                var d2 = w * p * q;
                h11 += s[i] * s[i] * d2;
                h22 += d2;
                h21 += s[i] * d2;
                var d1 = w * (target[i] - p);
                g1 += s[i] * d1;
                g2 += d1;
            }

            if (Math.Abs(g1) < tolerance && Math.Abs(g2) < tolerance) break;
            var det = (h11 * h22) - (h21 * h21);
            var da = -((h22 * g1) - (h21 * g2)) / det;
            var db = -((-h21 * g1) + (h11 * g2)) / det;
            var descent = (g1 * da) + (g2 * db);
            var step = 1.0;
            var improved = false;
            while (step >= MinStep)
            {
                var newA = a + (step * da);
                var newB = b + (step * db);
                var newValue = Objective(s, target, wt, newA, newB);
                // Near the optimum the objective changes below its rounding error and Armijo's test cannot pass;
                // a full Newton step is then taken on the gradient's word (quadratic convergence makes it safe).
                var flat = step == 1 && Math.Abs(newValue - value) <= 1e-13 * Math.Abs(value);
                if (newValue < value + (1e-4 * step * descent) || flat)
                {
                    a = newA;
                    b = newB;
                    value = newValue;
                    improved = true;
                    break;
                }

                step /= 2;
            }

            if (!improved) break;
        }

        return new SigmoidFunction(a, b);
    }

    /// <summary>Negative log-likelihood Σ w [t·(As + B) + log(1 + e^{−(As + B)})], written to avoid overflow.</summary>
    private static double Objective(double[] s, double[] t, double[]? w, double a, double b)
    {
        double sum = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var f = (a * s[i]) + b;
            var term = f >= 0 ? (t[i] * f) + Math.Log(1 + Math.Exp(-f)) : ((t[i] - 1) * f) + Math.Log(1 + Math.Exp(f));
            sum += (w?[i] ?? 1) * term;
        }

        return sum;
    }

    /// <summary>(p, 1 − p) for p = 1/(1 + e^f), computed without overflow.</summary>
    private static (double P, double Q) Probabilities(double f)
    {
        if (f >= 0)
        {
            var e = Math.Exp(-f);
            return (e / (1 + e), 1 / (1 + e));
        }

        var g = Math.Exp(f);
        return (1 / (1 + g), g / (1 + g));
    }
}
