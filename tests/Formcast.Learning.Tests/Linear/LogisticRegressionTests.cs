using Formcast.Learning.Linear;
using Formcast.Learning.Tests.KernelsSupport;

namespace Formcast.Learning.Tests.Linear;

public sealed class LogisticRegressionTests
{
    // Two rows x = −1 (class 0) and x = 1 (class 1), C = 1, L2: by symmetry b = 0 and the objective
    // 2·log(1 + e^{−w}) + w²/2 is stationary where w = 2·σ(−w); bisection on that equation gives w = 0.674832 (2 / (1 + e^0.674832) = 0.674832)
    [Fact]
    public void TwoPointProblem_SolvesTheStationarityEquation()
    {
        var data = new Dataset(Matrix.FromRows([[-1.0], [1.0]]), [0, 1]);
        var model = new LogisticRegressionLearner().Fit(data);
        var w = model.Coefficients(0)[0];
        double lo = 0, hi = 2;
        for (var i = 0; i < 200; i++)
        {
            var mid = (lo + hi) / 2;
            if (mid - (2 / (1 + Math.Exp(mid))) < 0) lo = mid;
            else hi = mid;
        }

        Assert.Equal(lo, w, 1e-9);
        Assert.Equal(0, model.Intercepts[0], 1e-9);
        Assert.Equal(0.674832, w, 1e-6);
    }

    // With L1 and C small enough, w = 0 satisfies the optimality condition C·|Σ(p − y)x_j| ≤ 1 at the
    // intercept-only fit, so every weight is exactly zero.
    [Fact]
    public void StrongL1Penalty_ZeroesEveryWeight()
    {
        var x = ModelChecks.Gaussian(40, 5, 3);
        var y = Enumerable.Range(0, 40).Select(i => x[i, 0] > 0 ? 1.0 : 0.0).ToArray();
        var model = new LogisticRegressionLearner(new LogisticRegressionOptions { Penalty = LogisticPenalty.L1, C = 0.01 }).Fit(new Dataset(x, y));
        Assert.All(model.Coefficients(0).ToArray(), w => Assert.Equal(0, w));
        var positives = y.Average();
        Assert.Equal(Math.Log(positives / (1 - positives)), model.Intercepts[0], 1e-6);
    }

    // Balanced weights equal the explicit weights n / (K·n_k).
    [Fact]
    public void BalancedClassWeights_EqualExplicitWeights()
    {
        var x = ModelChecks.Gaussian(30, 2, 4);
        var y = Enumerable.Range(0, 30).Select(i => i < 8 ? 1.0 : 0.0).ToArray();
        var data = new Dataset(x, y);
        var balanced = new LogisticRegressionLearner(new LogisticRegressionOptions { BalancedClassWeights = true }).Fit(data);
        var explicitWeights = new LogisticRegressionLearner(new LogisticRegressionOptions
        {
            ClassWeights = new Dictionary<double, double> { [0.0] = 30.0 / (2 * 22), [1.0] = 30.0 / (2 * 8) },
        }).Fit(data);
        for (var j = 0; j < 2; j++) Assert.Equal(explicitWeights.Coefficients(0)[j], balanced.Coefficients(0)[j], 1e-12);
    }

    // The fit does not depend on how many threads sum the rows (blocks are fixed by the row count).
    [Fact]
    public void Softmax_IsIndependentOfTheThreadCount()
    {
        var x = ModelChecks.Gaussian(5000, 4, 6);
        var y = Enumerable.Range(0, 5000).Select(i => (double)(Math.Abs((int)(x[i, 0] * 3)) % 3)).ToArray();
        var one = new LogisticRegressionLearner(new LogisticRegressionOptions { MaxDegreeOfParallelism = 1 }).Fit(new Dataset(x, y));
        var many = new LogisticRegressionLearner(new LogisticRegressionOptions { MaxDegreeOfParallelism = 4 }).Fit(new Dataset(x, y));
        for (var k = 0; k < 3; k++) Assert.Equal(one.Coefficients(k).ToArray(), many.Coefficients(k).ToArray());
    }

    [Theory]
    [InlineData(LogisticPenalty.L2, MultiClassStrategy.Multinomial)]
    [InlineData(LogisticPenalty.L1, MultiClassStrategy.Multinomial)]
    [InlineData(LogisticPenalty.L2, MultiClassStrategy.OneVsRest)]
    public void SaveAndLoad_GiveIdenticalProbabilities(LogisticPenalty penalty, MultiClassStrategy strategy)
    {
        var x = ModelChecks.Gaussian(60, 3, 7);
        var y = Enumerable.Range(0, 60).Select(i => (double)(i % 3)).ToArray();
        var model = new LogisticRegressionLearner(new LogisticRegressionOptions { Penalty = penalty, MultiClass = strategy }).Fit(new Dataset(x, y));
        ModelChecks.RoundTrip(model, x, (m, row) =>
        {
            var p = new double[3];
            m.PredictProbabilities(row, p);
            Assert.Equal(1, p.Sum(), 1e-12);
            return p;
        });
    }

    [Fact]
    public void InvalidOptions_AreRejectedByName()
    {
        ModelChecks.RejectsOption("C", () => new LogisticRegressionOptions { C = 0 }.Validate());
        ModelChecks.RejectsOption("Tolerance", () => new LogisticRegressionOptions { Tolerance = 2 }.Validate());
        ModelChecks.RejectsOption("MaxIterations", () => new LogisticRegressionOptions { MaxIterations = 0 }.Validate());
        ModelChecks.RejectsOption("ClassWeights", () => new LogisticRegressionOptions
        {
            ClassWeights = new Dictionary<double, double> { [1.0] = -1 },
        }.Validate());
        ModelChecks.RejectsOption("ClassWeights", () => new LogisticRegressionOptions
        {
            ClassWeights = new Dictionary<double, double> { [1.0] = 2 },
            BalancedClassWeights = true,
        }.Validate());
        Assert.Throws<ArgumentException>(() => new LogisticRegressionLearner().Fit(new Dataset(Matrix.FromRows([[1.0], [2.0]]), [1, 1])));
    }
}
