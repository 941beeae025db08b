using Formcast.Learning.Explanations;
using Formcast.Learning.Tests.Evaluation;

namespace Formcast.Learning.Tests.Explanations;

/// <summary>
/// Kernel SHAP against Shapley values computed here by their definition, φⱼ = Σ_{S ⊆ N∖{j}} |S|!(M − |S| − 1)!/M! ·
/// [v(S ∪ {j}) − v(S)], with the same background-averaged value function v.
/// </summary>
public sealed class KernelShapTests
{
    /// <summary>A model with interactions of two and three features and non-linear terms.</summary>
    private static double Interacting(ReadOnlySpan<double> x)
    {
        double sum = 0;
        for (var j = 0; j < x.Length; j++) sum += (j % 3 == 0 ? Math.Sin(x[j]) : 0.3 * x[j] * x[j]) * (1 + (0.1 * j));
        for (var j = 0; j + 1 < x.Length; j += 2) sum += x[j] * x[j + 1];
        if (x.Length >= 3) sum += x[0] * x[1] * x[2];
        return sum;
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(12)]
    public void ExactMode_EqualsTheShapleyDefinition(int features)
    {
        var rng = new Rng((ulong)features);
        var background = RandomMatrix(rng, 6, features);
        var x = Enumerable.Range(0, features).Select(_ => rng.NextGaussian()).ToArray();
        var shap = new KernelShap(Batch(new SpanFunction(Interacting)), background);
        var explanation = shap.Explain(x);
        Assert.True(explanation.Exact);
        var expected = BruteForceShapley(Interacting, background, x);
        EvaluationFixtures.Close(expected, explanation.Values, 1e-10, "phi");
        Assert.True(explanation.LocalAccuracyError < 1e-12);
    }

    [Fact]
    public void LinearModel_GetsWeightTimesDistanceFromTheBackgroundMean()
    {
        // For f = b + Σ wⱼxⱼ the Shapley values are wⱼ(xⱼ − E[xⱼ]) (Lundberg & Lee 2017, "linear SHAP").
        double[] w = [2, -1, 0.5, 3, 0];
        var rng = new Rng(3);
        var background = RandomMatrix(rng, 20, 5);
        double Linear(ReadOnlySpan<double> v)
        {
            var s = 1.5;
            for (var j = 0; j < w.Length; j++) s += w[j] * v[j];
            return s;
        }

        double[] x = [0.3, -1.2, 2.0, 0.1, 5.0];
        var phi = new KernelShap(Batch(new SpanFunction(Linear)), background).Explain(x).Values;
        for (var j = 0; j < 5; j++) Assert.Equal(w[j] * (x[j] - background.Column(j).Average()), phi[j], 12);
    }

    [Fact]
    public void FeaturesEqualToEveryBackgroundRow_GetExactlyZero()
    {
        var background = Matrix.FromRows([[1.0, 7, 2], [3, 7, 4], [5, 7, 0]]);
        var explanation = new KernelShap(Batch(new SpanFunction(Interacting)), background).Explain([2, 7, 1]);
        Assert.Equal(0, explanation.Values[1]);
        Assert.True(explanation.LocalAccuracyError < 1e-12);
    }

    /// <summary>
    /// 16 features (65,534 coalitions) with the default budget of 2·16 + 2048: the sampled estimate stays within 0.05
    /// of the exact values (whose magnitudes here reach ≈ 1.5) and is locally accurate; a 4× budget does better.
    /// </summary>
    [Fact]
    public void SamplingMode_ApproachesExactValuesAndKeepsLocalAccuracy()
    {
        var rng = new Rng(16);
        var background = RandomMatrix(rng, 5, 16);
        var x = Enumerable.Range(0, 16).Select(_ => rng.NextGaussian()).ToArray();
        var expected = BruteForceShapley(Interacting, background, x);
        var sampled = new KernelShap(Batch(new SpanFunction(Interacting)), background).Explain(x);
        var larger = new KernelShap(Batch(new SpanFunction(Interacting)), background, new KernelShapOptions { Samples = 4 * 2080 }).Explain(x);
        Assert.False(sampled.Exact);
        Assert.True(sampled.LocalAccuracyError < 1e-10);
        var error = expected.Zip(sampled.Values, (e, a) => Math.Abs(e - a)).Max();
        var largerError = expected.Zip(larger.Values, (e, a) => Math.Abs(e - a)).Max();
        Assert.True(error < 0.05, $"max error {error}");
        Assert.True(largerError < error, $"4× budget error {largerError} vs {error}");
    }

    [Fact]
    public void Classifier_ExplainsThePositiveProbability()
    {
        var data = SplitterTests.Synthetic(200, groups: false);
        var model = new LogisticLearner().Fit(data);
        var shap = KernelShap.ForClassifier(model, data.Features.SelectRows([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
        var row = data.Features.Row(42);
        var explanation = shap.Explain(row);
        var p = new double[2];
        model.PredictProbabilities(row, p);
        Assert.Equal(p[1], explanation.Prediction, 15);
        Assert.True(explanation.LocalAccuracyError < 1e-12);
    }

    private delegate double SpanFunction(ReadOnlySpan<double> x);

    private static Func<Matrix, double[]> Batch(SpanFunction f) => rows => Enumerable.Range(0, rows.Rows).Select(r => f(rows.Row(r))).ToArray();

    private static Matrix RandomMatrix(Rng rng, int rows, int columns)
    {
        var m = new Matrix(rows, columns);
        for (var i = 0; i < m.Data.Length; i++) m.Data[i] = rng.NextGaussian();
        return m;
    }

    /// <summary>Shapley values from their definition: every subset, factorial weights.</summary>
    private static double[] BruteForceShapley(SpanFunction f, Matrix background, double[] x)
    {
        var m = x.Length;
        var v = new double[1 << m];
        var z = new double[m];
        for (var s = 0; s < v.Length; s++)
        {
            double sum = 0;
            for (var b = 0; b < background.Rows; b++)
            {
                for (var j = 0; j < m; j++) z[j] = ((s >> j) & 1) == 1 ? x[j] : background[b, j];
                sum += f(z);
            }

            v[s] = sum / background.Rows;
        }

        var factorial = new double[m + 1];
        factorial[0] = 1;
        for (var i = 1; i <= m; i++) factorial[i] = factorial[i - 1] * i;
        var phi = new double[m];
        for (var s = 0; s < v.Length; s++)
        {
            var size = System.Numerics.BitOperations.PopCount((uint)s);
            for (var j = 0; j < m; j++)
            {
                if (((s >> j) & 1) == 1) continue;
                phi[j] += factorial[size] * factorial[m - size - 1] / factorial[m] * (v[s | (1 << j)] - v[s]);
            }
        }

        return phi;
    }
}
