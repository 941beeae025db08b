using Formcast.Learning.Svm;
using Formcast.Learning.Svm.Internal;

namespace Formcast.Learning.Tests.Svm;

public sealed class SmoSolverTests
{
    // x = +1 (class 0) and x = −1 (class 1), linear kernel. Hard margin (C = 10): w = 1, ρ = 0, α = ½ each,
    // dual objective ½·w² − Σα = −½. Box-bounded (C = ¼): α = ¼ each, w = ½, objective ⅛ − ½ = −⅜, and with no
    // free α, ρ is the midpoint of [−½, ½] = 0.
    [Theory]
    [InlineData(10.0, 1.0, -0.5)]
    [InlineData(0.25, 0.5, -0.375)]
    public void TwoPoints_GiveTheHandComputedDual(double c, double slope, double objective)
    {
        var data = new Dataset(Matrix.FromRows([[1.0], [-1.0]]), [0, 1]);
        var model = new SvmClassifierLearner(new SvmClassifierOptions { Kernel = KernelKind.Linear, C = c, Probability = false }).Fit(data);
        var pair = Assert.Single(model.Pairs);
        Assert.Equal(objective, pair.Objective, 1e-12);
        Assert.Equal(0, pair.Rho, 1e-12);
        Assert.Equal(2, pair.SupportVectors);
        var value = new double[1];
        model.PairwiseDecisionValues([2.0], value);
        Assert.Equal(2 * slope, value[0], 1e-12);
        Assert.Equal(-2 * slope, model.DecisionValue([2.0]), 1e-12);
        Assert.Equal(-slope, model.Coefficients(0)[0], 1e-12); // scikit-learn's coef_: positive favours class 1
        Assert.Equal(0.0, model.PredictLabel([0.5]));
        Assert.Equal(1.0, model.PredictLabel([-0.5]));
    }

    // Points (0, 0) and (1, 1), linear kernel, C large. ε = 0: the tube forces f(x) = x (½w² = ½, so the dual
    // objective is −½). ε = ¼: |y − f| ≤ ¼ at both points needs w ≥ ½, so f(x) = ½x + ¼ and the objective is −⅛.
    [Theory]
    [InlineData(0.0, 1.0, 0.0, -0.5)]
    [InlineData(0.25, 0.5, 0.25, -0.125)]
    public void Svr_TwoPoints_GiveTheHandComputedTube(double epsilon, double slope, double intercept, double objective)
    {
        var data = new Dataset(Matrix.FromRows([[0.0], [1.0]]), [0, 1]);
        var model = new SvrLearner(new SvrOptions { Kernel = KernelKind.Linear, C = 100, Epsilon = epsilon, Tolerance = 1e-9 }).Fit(data);
        Assert.Equal(objective, model.Objective, 1e-9);
        Assert.Equal(intercept + (0.4 * slope), model.Predict([0.4]), 1e-9);
        Assert.Equal(slope, model.Coefficients(0)[0], 1e-9);
    }

    // K(x, z) for x = (1, 0), z = (0, 1): linear 0; RBF γ = ½: e^{−½·2} = e^{−1}; polynomial γ = 2, coef0 = 1,
    // degree 3 at x·z = (1, 1)·(1, 2) = 3: (2·3 + 1)³ = 343.
    [Fact]
    public void Kernels_GiveHandComputedValues()
    {
        Assert.Equal(0, new KernelFunction(KernelKind.Linear, 0, 3, 0).Evaluate([1.0, 0.0], [0.0, 1.0]));
        Assert.Equal(Math.Exp(-1), new KernelFunction(KernelKind.Rbf, 0.5, 3, 0).Evaluate([1.0, 0.0], [0.0, 1.0]), 1e-15);
        Assert.Equal(343, new KernelFunction(KernelKind.Polynomial, 2, 3, 1).Evaluate([1.0, 1.0], [1.0, 2.0]), 1e-12);

        // The row form (from dot products and squared norms) agrees with the direct form.
        var rbf = new KernelFunction(KernelKind.Rbf, 0.3, 3, 0);
        double[] x = [0.5, -1.5, 2.0];
        double[][] z = [[1.0, 0.0, 0.0], [0.5, -1.5, 2.0], [-3.0, 1.0, 0.25]];
        var values = z.Select(r => r.Zip(x, (a, b) => a * b).Sum()).ToArray();
        rbf.FromDotProducts(values, x.Sum(v => v * v), z.Select(r => r.Sum(v => v * v)).ToArray());
        for (var t = 0; t < z.Length; t++) Assert.Equal(rbf.Evaluate(x, z[t]), values[t], 1e-14);
    }

    // The cache returns what its filler computes, across extensions, evictions at the two-row minimum and swaps.
    [Fact]
    public void KernelRowCache_ReturnsFreshRowsThroughEvictionAndSwaps()
    {
        const int n = 9;
        var identity = Enumerable.Range(0, n).ToArray();
        float Entry(int a, int b) => (identity[a] * 100) + identity[b];
        var cache = new KernelRowCache(n, bytes: 1, (row, start, end, destination) =>
        {
            for (var t = start; t < end; t++) destination[t - start] = Entry(row, t);
        });
        var rng = new Rng(3);
        for (var step = 0; step < 500; step++)
        {
            if (rng.NextInt(5) == 0)
            {
                var i = rng.NextInt(n);
                var j = rng.NextInt(n);
                cache.Swap(i, j);
                (identity[i], identity[j]) = (identity[j], identity[i]);
                continue;
            }

            var r = rng.NextInt(n);
            var length = 1 + rng.NextInt(n);
            var row = cache.Get(r, length);
            for (var t = 0; t < length; t++) Assert.Equal(Entry(r, t), row[t]);
        }
    }

    [Fact]
    public void Platt_FitsTheRegularisedMaximumLikelihood()
    {
        // Optimality of (A, B) for the regularised targets is checked by a plain gradient descent from the result.
        double[] f = [-2.1, -1.3, -0.4, 0.2, 0.5, 0.9, 1.4, 2.2, -0.8, 0.1];
        sbyte[] y = [-1, -1, -1, 1, -1, 1, 1, 1, 1, -1];
        var (a, b) = PlattSigmoid.Fit(f, y);
        Assert.True(a < 0, "larger decision values must mean a larger P(+1)");
        double positives = y.Count(v => v > 0), negatives = y.Length - positives;
        double Loss(double pa, double pb) => f.Select((fi, i) =>
        {
            var t = y[i] > 0 ? (positives + 1) / (positives + 2) : 1 / (negatives + 2);
            var p = 1 / (1 + Math.Exp((fi * pa) + pb));
            return -((t * Math.Log(p)) + ((1 - t) * Math.Log(1 - p)));
        }).Sum();
        var best = Loss(a, b);
        for (var da = -1e-3; da <= 1e-3; da += 5e-4)
        {
            for (var db = -1e-3; db <= 1e-3; db += 5e-4) Assert.True(Loss(a + da, b + db) >= best - 1e-12);
        }
    }

    // Consistent pairwise probabilities r_ij = p_i / (p_i + p_j) (Bradley–Terry) are coupled back to p
    // (to the method's stopping tolerance, 0.005/k on the optimality residual).
    [Fact]
    public void PairwiseCoupling_RecoversConsistentProbabilities()
    {
        double[] p = [0.5, 0.3, 0.2];
        var r = new double[3, 3];
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++) r[i, j] = i == j ? 0 : p[i] / (p[i] + p[j]);
        }

        var result = new double[3];
        PairwiseCoupling.Solve(r, result);
        Assert.Equal(1, result.Sum(), 1e-12);
        for (var k = 0; k < 3; k++) Assert.Equal(p[k], result[k], 1e-3);
    }
}
