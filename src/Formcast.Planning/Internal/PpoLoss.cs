using System.Numerics;

namespace Formcast.Planning;

/// <summary>
/// The actor–critic pair and the PPO loss over one flat parameter vector laid out as
/// [actor weights | log σ (one per action element) | critic weights]. The policy is a diagonal Gaussian whose mean
/// is the actor's tanh output (in [−1, 1]) and whose log σ is a learned state-independent vector; the environment
/// receives the sample clipped to [−1, 1] (the usual PPO treatment of bounded actions; the log-probability is of
/// the unclipped sample).
/// Loss (Schulman et al. 2017, eq. 9): mean(−min(r·Â, clip(r, 1−ε, 1+ε)·Â)) + c_v·mean((V − R)²) − c_e·H, with
/// r = exp(log π_new − log π_old) and H the Gaussian entropy Σ(log σ + ½(1 + ln 2π)).
/// </summary>
internal sealed class PpoLoss<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private static readonly T HalfLog2Pi = T.CreateChecked(0.5 * Math.Log(2 * Math.PI));

    public PpoLoss(int observations, int actions, IReadOnlyList<int> hidden)
    {
        Actor = new Mlp<T>([observations, .. hidden, actions], MlpOutput.Tanh);
        Critic = new Mlp<T>([observations, .. hidden, 1], MlpOutput.Linear);
        Actions = actions;
        Observations = observations;
        LogStdOffset = Actor.ParameterCount;
        CriticOffset = LogStdOffset + actions;
        ParameterCount = CriticOffset + Critic.ParameterCount;
    }

    public Mlp<T> Actor { get; }

    public Mlp<T> Critic { get; }

    public int Actions { get; }

    public int Observations { get; }

    public int LogStdOffset { get; }

    public int CriticOffset { get; }

    public int ParameterCount { get; }

    public ReadOnlySpan<T> ActorParameters(ReadOnlySpan<T> all) => all[..LogStdOffset];

    public ReadOnlySpan<T> LogStd(ReadOnlySpan<T> all) => all.Slice(LogStdOffset, Actions);

    public ReadOnlySpan<T> CriticParameters(ReadOnlySpan<T> all) => all[CriticOffset..];

    /// <summary>Log-density of <paramref name="action"/> under N(<paramref name="mean"/>, diag(e^logσ)²).</summary>
    public static T LogProbability(ReadOnlySpan<T> action, ReadOnlySpan<T> mean, ReadOnlySpan<T> logStd)
    {
        var sum = T.Zero;
        var half = T.CreateChecked(0.5);
        for (var k = 0; k < action.Length; k++)
        {
            var z = (action[k] - mean[k]) / T.Exp(logStd[k]);
            sum -= (half * z * z) + logStd[k] + HalfLog2Pi;
        }

        return sum;
    }

    /// <summary>Entropy of the Gaussian policy, Σ(log σ + ½ + ½ ln 2π).</summary>
    public static T Entropy(ReadOnlySpan<T> logStd)
    {
        var sum = T.Zero;
        var half = T.CreateChecked(0.5);
        foreach (var l in logStd) sum += l + half + HalfLog2Pi;
        return sum;
    }

    /// <summary>
    /// Adds the gradient of the minibatch loss restricted to rows [<paramref name="start"/>, start + count) — the
    /// policy and value terms of those rows, each divided by <paramref name="batch"/> — into
    /// <paramref name="gradient"/>; the entropy term is added once by <see cref="AddEntropyGradient"/>.
    /// Returns the rows' share of the loss terms and diagnostics.
    /// </summary>
    public LossParts Accumulate(ReadOnlySpan<T> parameters, ReadOnlySpan<T> observations, ReadOnlySpan<T> actions,
        ReadOnlySpan<T> oldLogProbabilities, ReadOnlySpan<T> advantages, ReadOnlySpan<T> returns, int start, int count, int batch,
        T clipRange, T valueCoefficient, PpoWorkspace<T> workspace, Span<T> gradient)
    {
        var o = Observations;
        var a = Actions;
        var inverseBatch = T.One / T.CreateChecked(batch);
        var actorParameters = ActorParameters(parameters);
        var criticParameters = CriticParameters(parameters);
        var logStd = LogStd(parameters);
        var rows = observations.Slice(start * o, count * o);
        Actor.Forward(actorParameters, rows, count, workspace.Actor);
        Critic.Forward(criticParameters, rows, count, workspace.Critic);
        var means = workspace.Actor.Output(Actor);
        var values = workspace.Critic.Output(Critic);
        workspace.EnsureCapacity(count, a);
        var meanGradient = workspace.MeanGradient.AsSpan(0, count * a);
        var valueGradient = workspace.ValueGradient.AsSpan(0, count);
        var logStdGradient = gradient.Slice(LogStdOffset, a);
        var parts = default(LossParts);
        var lower = T.One - clipRange;
        var upper = T.One + clipRange;
        var two = T.CreateChecked(2);
        for (var r = 0; r < count; r++)
        {
            var i = start + r;
            var action = actions.Slice(i * a, a);
            var mean = means.Slice(r * a, a);
            var logProbability = LogProbability(action, mean, logStd);
            var logRatio = logProbability - oldLogProbabilities[i];
            var ratio = T.Exp(logRatio);
            var advantage = advantages[i];
            var unclipped = ratio * advantage;
            var clipped = T.Clamp(ratio, lower, upper) * advantage;
            parts.PolicyLoss -= double.CreateChecked(T.Min(unclipped, clipped));
            parts.ApproximateKl += double.CreateChecked((ratio - T.One) - logRatio);
            if (ratio < lower || ratio > upper) parts.ClippedRows++;
            // ∂(−min)/∂log π is −Â·r when the unclipped term is the minimum, 0 otherwise.
            var dLogProbability = unclipped <= clipped ? -advantage * ratio * inverseBatch : T.Zero;
            for (var k = 0; k < a; k++)
            {
                var sigma = T.Exp(logStd[k]);
                var z = (action[k] - mean[k]) / sigma;
                meanGradient[(r * a) + k] = dLogProbability * z / sigma;
                logStdGradient[k] += dLogProbability * ((z * z) - T.One);
            }

            var error = values[r] - returns[i];
            parts.ValueLoss += double.CreateChecked(error * error);
            valueGradient[r] = two * valueCoefficient * error * inverseBatch;
        }

        Actor.Backward(actorParameters, workspace.Actor, meanGradient, gradient[..LogStdOffset]);
        Critic.Backward(criticParameters, workspace.Critic, valueGradient, gradient[CriticOffset..]);
        return parts;
    }

    /// <summary>Adds ∂(−c_e·H)/∂log σ = −c_e to every log σ.</summary>
    public void AddEntropyGradient(Span<T> gradient, T entropyCoefficient)
    {
        var logStd = gradient.Slice(LogStdOffset, Actions);
        for (var k = 0; k < logStd.Length; k++) logStd[k] -= entropyCoefficient;
    }

    /// <summary>The full minibatch loss (for gradient checks): policy + value − entropy terms, as PPO minimises.</summary>
    public double Loss(ReadOnlySpan<T> parameters, ReadOnlySpan<T> observations, ReadOnlySpan<T> actions, ReadOnlySpan<T> oldLogProbabilities,
        ReadOnlySpan<T> advantages, ReadOnlySpan<T> returns, int batch, T clipRange, T valueCoefficient, T entropyCoefficient, PpoWorkspace<T> workspace)
    {
        var scratch = new T[ParameterCount];
        var parts = Accumulate(parameters, observations, actions, oldLogProbabilities, advantages, returns, 0, batch, batch, clipRange, valueCoefficient, workspace, scratch);
        return (parts.PolicyLoss / batch) + (double.CreateChecked(valueCoefficient) * parts.ValueLoss / batch)
            - (double.CreateChecked(entropyCoefficient) * double.CreateChecked(Entropy(LogStd(parameters))));
    }
}
