using Formcast.Learning;

namespace Formcast.Planning.Tests.Ppo;

public sealed class PpoLossTests
{
    [Fact]
    public void Gradient_MatchesCentralFiniteDifferencesOfTheLoss()
    {
        var loss = new PpoLoss<double>(4, 3, [10, 6]);
        var rng = new Rng(17);
        var parameters = new double[loss.ParameterCount];
        loss.Actor.Initialize(parameters.AsSpan(0, loss.LogStdOffset), rng, 0.8);
        loss.Critic.Initialize(parameters.AsSpan(loss.CriticOffset), rng, 1.0);
        for (var k = 0; k < 3; k++) parameters[loss.LogStdOffset + k] = -0.3 + (0.2 * k);
        for (var i = 0; i < parameters.Length; i++) parameters[i] += 0.05 * rng.NextGaussian();

        const int batch = 6;
        var observations = Enumerable.Range(0, batch * 4).Select(_ => rng.NextGaussian()).ToArray();
        var actions = Enumerable.Range(0, batch * 3).Select(_ => rng.NextGaussian() * 0.7).ToArray();
        var advantages = Enumerable.Range(0, batch).Select(_ => rng.NextGaussian()).ToArray();
        var returns = Enumerable.Range(0, batch).Select(_ => rng.NextGaussian()).ToArray();
        // Old log-probabilities a little off the current ones, so some ratios sit inside and some outside the clip.
        var workspace = new PpoWorkspace<double>();
        var current = new double[batch];
        loss.Actor.Forward(loss.ActorParameters(parameters), observations, batch, workspace.Actor);
        var means = workspace.Actor.Output(loss.Actor).ToArray();
        for (var r = 0; r < batch; r++)
            current[r] = PpoLoss<double>.LogProbability(actions.AsSpan(r * 3, 3), means.AsSpan(r * 3, 3), loss.LogStd(parameters));
        var old = current.Select((c, r) => c + ((r % 3) - 1) * 0.35 + (0.01 * r)).ToArray();
        const double clip = 0.2, valueCoefficient = 0.5, entropyCoefficient = 0.01;

        var analytic = new double[parameters.Length];
        var parts = loss.Accumulate(parameters, observations, actions, old, advantages, returns, 0, batch, batch, clip, valueCoefficient, workspace, analytic);
        loss.AddEntropyGradient(analytic, entropyCoefficient);
        Assert.True(parts.ClippedRows > 0 && parts.ClippedRows < batch, $"clipped rows {parts.ClippedRows}");

        const double h = 1e-6;
        var worst = 0.0;
        for (var i = 0; i < parameters.Length; i++)
        {
            var saved = parameters[i];
            parameters[i] = saved + h;
            var up = loss.Loss(parameters, observations, actions, old, advantages, returns, batch, clip, valueCoefficient, entropyCoefficient, workspace);
            parameters[i] = saved - h;
            var down = loss.Loss(parameters, observations, actions, old, advantages, returns, batch, clip, valueCoefficient, entropyCoefficient, workspace);
            parameters[i] = saved;
            var numeric = (up - down) / (2 * h);
            worst = Math.Max(worst, Math.Abs(numeric - analytic[i]) / Math.Max(1e-4, Math.Abs(numeric) + Math.Abs(analytic[i])));
        }

        Assert.True(worst < 1e-5, $"worst relative gradient error {worst}");
    }

    [Fact]
    public void LogProbabilityAndEntropy_AreTheGaussianFormulas()
    {
        // N(0, 1) at 0: −½ ln 2π = −0.9189385; two dimensions with σ = e^0.5 at distance σ: 2·(−½ − 0.5 − 0.9189385).
        Assert.Equal(-0.918939, PpoLoss<double>.LogProbability([0.0], [0.0], [0.0]), 6);
        var sigma = Math.Exp(0.5);
        Assert.Equal(2 * (-0.5 - 0.5 - 0.9189385), PpoLoss<double>.LogProbability([sigma, -sigma], [0.0, 0.0], [0.5, 0.5]), 6);
        // Entropy of N(0, σ²) = ln σ + ½(1 + ln 2π) = 1.418939 at σ = 1.
        Assert.Equal(1.418939, PpoLoss<double>.Entropy([0.0]), 6);
    }

    [Fact]
    public void Adam_FirstStepMovesEachParameterByTheLearningRate()
    {
        // With bias correction, m̂/√v̂ = g/|g| on the first step, so θ moves by lr·sign(g) (ε ≪ |g|).
        var adam = new Adam(3, learningRate: 0.01, epsilon: 1e-8);
        var theta = new float[] { 1, 2, 3 };
        adam.Step(theta, [0.5f, -4f, 1e-3f]);
        Assert.Equal(0.99f, theta[0], 5);
        Assert.Equal(2.01f, theta[1], 5);
        Assert.Equal(2.99f, theta[2], 4);
    }

    [Fact]
    public void RunningMeanStd_MergedBatchesEqualTheWholeSample()
    {
        var rng = new Rng(2);
        var data = Enumerable.Range(0, 300 * 2).Select(_ => (5 * rng.NextGaussian()) + 3).ToArray();
        var stats = new RunningMeanStd(2);
        stats.Update(data.AsSpan(0, 100 * 2), 100);
        stats.Update(data.AsSpan(200, 150 * 2), 150);
        stats.Update(data.AsSpan(500, 50 * 2), 50);
        for (var j = 0; j < 2; j++)
        {
            var column = Enumerable.Range(0, 300).Select(r => data[(r * 2) + j]).ToArray();
            var mean = column.Average();
            Assert.Equal(mean, stats.Mean[j], 9);
            Assert.Equal(column.Sum(x => (x - mean) * (x - mean)) / 300, stats.Variance[j], 9);
        }

        Assert.Equal(300, stats.Count);
    }
}
