using Formcast.Learning.Svm;
using Formcast.Learning.Tests.KernelsSupport;

namespace Formcast.Learning.Tests.Svm;

public sealed class SvmModelTests
{
    private static Dataset ThreeClasses(int rows, ulong seed)
    {
        var x = ModelChecks.Gaussian(rows, 3, seed);
        var y = Enumerable.Range(0, rows).Select(i => x[i, 0] + (0.5 * x[i, 1]) > 0.5 ? 2.0 : x[i, 2] > 0 ? 1.0 : 0.0).ToArray();
        return new Dataset(x, y);
    }

    [Theory]
    [InlineData(KernelKind.Rbf, true)]
    [InlineData(KernelKind.Polynomial, false)]
    [InlineData(KernelKind.Linear, true)]
    public void Classifier_SaveAndLoad_GiveIdenticalOutputs(KernelKind kernel, bool probability)
    {
        var data = ThreeClasses(90, 1);
        var model = new SvmClassifierLearner(new SvmClassifierOptions { Kernel = kernel, Probability = probability, Coef0 = 1 }).Fit(data);
        ModelChecks.RoundTrip(model, data.Features, (m, row) =>
        {
            var values = new double[3];
            m.PairwiseDecisionValues(row, values);
            if (probability)
            {
                var p = new double[3];
                m.PredictProbabilities(row, p);
                Assert.Equal(1, p.Sum(), 1e-9);
                values = [.. values, .. p];
            }

            return [.. values, m.PredictLabel(row)];
        });
    }

    [Fact]
    public void Regressor_SaveAndLoad_GiveIdenticalPredictions()
    {
        var x = ModelChecks.Gaussian(80, 2, 2);
        var y = Enumerable.Range(0, 80).Select(i => Math.Sin(x[i, 0]) + (0.3 * x[i, 1])).ToArray();
        var model = new SvrLearner(new SvrOptions { C = 3 }).Fit(new Dataset(x, y));
        ModelChecks.RoundTrip(model, x, (m, row) => [m.Predict(row)]);
        Assert.Equal(model.PredictAll(x), Enumerable.Range(0, 80).Select(i => model.Predict(x.Row(i))).ToArray());
    }

    // The probability cross-validation is seeded: same seed, same probabilities; and the pairs and folds trained in
    // parallel give the same model as one thread.
    [Fact]
    public void Probabilities_DependOnlyOnTheSeed()
    {
        var data = ThreeClasses(120, 3);
        SvmClassifierModel Fit(ulong seed, int threads) =>
            new SvmClassifierLearner(new SvmClassifierOptions { Seed = seed, MaxDegreeOfParallelism = threads }).Fit(data);
        var a = Fit(5, 1);
        var b = Fit(5, 4);
        var c = Fit(6, 4);
        var pa = new double[3];
        var pb = new double[3];
        var pc = new double[3];
        var differs = false;
        for (var i = 0; i < data.Rows; i++)
        {
            a.PredictProbabilities(data.Features.Row(i), pa);
            b.PredictProbabilities(data.Features.Row(i), pb);
            c.PredictProbabilities(data.Features.Row(i), pc);
            Assert.Equal(pa, pb);
            differs |= !pa.SequenceEqual(pc);
        }

        Assert.True(differs, "another seed draws other folds");
    }

    // A class weight scales that class's box constraint: weighting class 0 by 2 at C = 1 solves the same problem as
    // C = 2 for class 0 and C = 1 for class 1, which a weight of 0.5 on class 1 at C = 2 also gives.
    [Fact]
    public void ClassWeights_ScaleTheBoxConstraintPerClass()
    {
        var data = ThreeClasses(60, 4);
        var a = new SvmClassifierLearner(new SvmClassifierOptions
        {
            C = 1,
            Probability = false,
            ClassWeights = new Dictionary<double, double> { [0.0] = 2, [2.0] = 3 },
        }).Fit(data);
        var b = new SvmClassifierLearner(new SvmClassifierOptions
        {
            C = 2,
            Probability = false,
            ClassWeights = new Dictionary<double, double> { [1.0] = 0.5, [2.0] = 1.5 },
        }).Fit(data);
        for (var p = 0; p < a.Pairs.Count; p++) Assert.Equal(a.Pairs[p].Objective, b.Pairs[p].Objective, 1e-9);
    }

    [Fact]
    public void ProbabilitiesOfAModelFittedWithoutThem_AreRefused()
    {
        var model = new SvmClassifierLearner(new SvmClassifierOptions { Probability = false }).Fit(ThreeClasses(30, 5));
        Assert.Throws<InvalidOperationException>(() => model.PredictProbabilities([0.0, 0.0, 0.0], new double[3]));
        Assert.Throws<InvalidOperationException>(() => model.Coefficients(0).ToArray());
    }

    [Fact]
    public void InvalidOptions_AreRejectedByName()
    {
        ModelChecks.RejectsOption("C", () => new SvmClassifierOptions { C = -1 }.Validate());
        ModelChecks.RejectsOption("Tolerance", () => new SvrOptions { Tolerance = 0 }.Validate());
        ModelChecks.RejectsOption("Degree", () => new SvmClassifierOptions { Degree = 0 }.Validate());
        ModelChecks.RejectsOption("CacheSizeMegabytes", () => new SvmClassifierOptions { CacheSizeMegabytes = 0 }.Validate());
        ModelChecks.RejectsOption("Epsilon", () => new SvrOptions { Epsilon = -0.1 }.Validate());
        ModelChecks.RejectsOption("ProbabilityFolds", () => new SvmClassifierOptions { ProbabilityFolds = 1 }.Validate());
        ModelChecks.RejectsOption("Gamma", () => KernelGamma.Of(0));
        ModelChecks.RejectsOption("ClassWeights", () => new SvmClassifierOptions
        {
            ClassWeights = new Dictionary<double, double> { [1.0] = 2 },
            BalancedClassWeights = true,
        }.Validate());
    }

    // γ "scale" = 1 / (p·Var(X)): X = [[0, 2], [2, 0]] has all-values mean 1 and variance 1, so γ = 1/2; "auto" = 1/p.
    [Fact]
    public void GammaRules_GiveHandComputedValues()
    {
        var x = Matrix.FromRows([[0.0, 2.0], [2.0, 0.0]]);
        Assert.Equal(0.5, KernelGamma.Scale.Resolve(x), 1e-15);
        Assert.Equal(0.5, KernelGamma.Auto.Resolve(x), 1e-15);
        Assert.Equal(0.125, KernelGamma.Of(0.125).Resolve(x));
    }
}
