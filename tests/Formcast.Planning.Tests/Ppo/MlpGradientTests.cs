using Formcast.Learning;

namespace Formcast.Planning.Tests.Ppo;

public sealed class MlpGradientTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Backward_MatchesCentralFiniteDifferences(bool tanhOutput)
    {
        var output = tanhOutput ? MlpOutput.Tanh : MlpOutput.Linear;
        // The study's shape, narrowed for speed: 5 → 12-8-6 ReLU → 3; loss = Σ c·y over a batch of 4.
        var network = new Mlp<double>([5, 12, 8, 6, 3], output);
        var rng = new Rng(3);
        var parameters = new double[network.ParameterCount];
        network.Initialize(parameters, rng, 1.0);
        for (var i = 0; i < parameters.Length; i++) parameters[i] += 0.05 * rng.NextGaussian(); // non-zero biases
        const int batch = 4;
        var input = Enumerable.Range(0, batch * 5).Select(_ => rng.NextGaussian()).ToArray();
        var coefficients = Enumerable.Range(0, batch * 3).Select(_ => rng.NextGaussian()).ToArray();
        var cache = new MlpCache<double>();

        double Loss(double[] p)
        {
            network.Forward(p, input, batch, cache);
            var y = cache.Output(network);
            var sum = 0.0;
            for (var i = 0; i < y.Length; i++) sum += coefficients[i] * y[i];
            return sum;
        }

        Loss(parameters);
        var analytic = new double[parameters.Length];
        network.Backward(parameters, cache, coefficients, analytic);

        const double h = 1e-6;
        var worst = 0.0;
        for (var i = 0; i < parameters.Length; i++)
        {
            var saved = parameters[i];
            parameters[i] = saved + h;
            var up = Loss(parameters);
            parameters[i] = saved - h;
            var down = Loss(parameters);
            parameters[i] = saved;
            var numeric = (up - down) / (2 * h);
            worst = Math.Max(worst, Math.Abs(numeric - analytic[i]) / Math.Max(1e-3, Math.Abs(numeric) + Math.Abs(analytic[i])));
        }

        // Central differences are accurate to O(h²) ≈ 1e-12 relative here; ReLU kinks are not hit at this h.
        Assert.True(worst < 1e-6, $"worst relative gradient error {worst}");
    }

    [Fact]
    public void Predict_EqualsTheBatchForwardPass()
    {
        var network = new Mlp<float>([25, 128, 64, 32, 8], MlpOutput.Tanh);
        var rng = new Rng(4);
        var parameters = new float[network.ParameterCount];
        network.Initialize(parameters, rng, 0.5);
        var input = Enumerable.Range(0, 3 * 25).Select(_ => (float)rng.NextGaussian()).ToArray();
        var cache = new MlpCache<float>();
        network.Forward(parameters, input, 3, cache);
        var single = new float[8];
        var scratch = new float[network.PredictScratchLength];
        network.Predict(parameters, input.AsSpan(25, 25), single, scratch);
        Assert.Equal(cache.Output(network).Slice(8, 8).ToArray(), single);
    }

    [Fact]
    public void Initialize_GivesOrthogonalBlocks()
    {
        var network = new Mlp<double>([6, 10, 4], MlpOutput.Linear);
        var parameters = new double[network.ParameterCount];
        network.Initialize(parameters, new Rng(1), 1.0);
        // The 10 × 4 output block (rows = inputs) has orthonormal columns: WᵀW = I.
        var w = network.Weights(parameters, 1).ToArray();
        for (var a = 0; a < 4; a++)
        {
            for (var b = 0; b < 4; b++)
            {
                var dot = 0.0;
                for (var r = 0; r < 10; r++) dot += w[(r * 4) + a] * w[(r * 4) + b];
                Assert.Equal(a == b ? 1 : 0, dot, 10);
            }
        }
    }
}
