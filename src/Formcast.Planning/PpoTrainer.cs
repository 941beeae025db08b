using System.Diagnostics;
using Formcast.Learning;

namespace Formcast.Planning;

/// <summary>
/// Proximal Policy Optimization (Schulman et al. 2017, clipped surrogate) with generalised advantage estimation
/// (Schulman et al. 2016), written on span kernels. Each round, <see cref="PpoOptions.Environments"/> environments
/// step in parallel — each with its own random stream forked from the seed — until they hold
/// <see cref="PpoOptions.StepsPerBatch"/> transitions; then <see cref="PpoOptions.Epochs"/> ×
/// <see cref="PpoOptions.MinibatchesPerEpoch"/> Adam steps follow on shuffled minibatches whose gradients are split
/// into <see cref="PpoOptions.GradientChunks"/> fixed chunks computed in parallel and summed in order. The result
/// depends only on the options and environments, not on the number of cores.
/// </summary>
public sealed class PpoTrainer
{
    public PpoTrainer(PpoOptions? options = null)
    {
        Options = options ?? new PpoOptions();
        Options.Validate();
    }

    public PpoOptions Options { get; }

    /// <summary>
    /// Trains a policy. <paramref name="createEnvironment"/> is called once per parallel environment with its index;
    /// pass <paramref name="initialPolicy"/> to continue from an existing policy (fine-tuning: its weights and
    /// observation statistics are the starting point, the optimiser starts fresh).
    /// </summary>
    public PpoTrainingResult Train(Func<int, IEpisodicEnvironment> createEnvironment, PpoPolicy? initialPolicy = null,
        IProgress<PpoIterationStats>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(createEnvironment);
        var o = Options;
        var started = Stopwatch.GetTimestamp();
        var master = new Rng(o.Seed);
        var workers = new RolloutWorker[o.Environments];
        for (var w = 0; w < workers.Length; w++) workers[w] = new RolloutWorker(createEnvironment(w), master.Fork(1000 + (ulong)w));
        var observationSize = workers[0].Environment.ObservationSize;
        var actionSize = workers[0].Environment.ActionSize;
        if (workers.Any(w => w.Environment.ObservationSize != observationSize || w.Environment.ActionSize != actionSize))
            throw new ArgumentException("all environments must have the same observation and action sizes", nameof(createEnvironment));

        var policy = initialPolicy?.Clone() ?? NewPolicy(observationSize, actionSize, master.Fork(1));
        if (policy.ObservationSize != observationSize || policy.ActionSize != actionSize)
            throw new ArgumentException("the initial policy does not fit the environment", nameof(initialPolicy));
        var networks = policy.Networks;
        var parameters = policy.Parameters;
        var normalizer = policy.Normalizer;
        var updateRng = master.Fork(2);
        var returnStats = new RunningMeanStd(1);
        var batch = new RolloutBatch(o.StepsPerBatch, observationSize, actionSize);
        var perWorker = o.StepsPerBatch / o.Environments;
        var parallel = o.ParallelOptions();
        long steps = 0;

        foreach (var worker in workers) worker.Start(policy);
        if (normalizer is not null && o.WarmupStepsPerEnvironment > 0 && initialPolicy is null)
        {
            var warm = new double[o.Environments * o.WarmupStepsPerEnvironment * observationSize];
            Parallel.For(0, workers.Length, parallel, w =>
                workers[w].Warmup(policy, o.WarmupStepsPerEnvironment, warm.AsSpan(w * o.WarmupStepsPerEnvironment * observationSize, o.WarmupStepsPerEnvironment * observationSize)));
            normalizer.Update(warm, warm.Length / observationSize);
            steps += o.Environments * o.WarmupStepsPerEnvironment;
        }

        var updater = new PpoUpdater(o, networks, parameters, observationSize, actionSize);
        var iterations = new List<PpoIterationStats>();

        for (var iteration = 1; steps < o.TotalSteps; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Parallel.For(0, workers.Length, parallel, w => workers[w].Collect(policy, batch, w * perWorker, perWorker));
            steps += o.StepsPerBatch;
            var episodeReturns = workers.SelectMany(w => w.TakeFinishedReturns()).ToArray();
            var meanStepReward = batch.Rewards.Average();

            var scale = 1.0;
            if (o.NormalizeRewards)
            {
                for (var w = 0; w < workers.Length; w++) workers[w].TrackDiscountedReturns(batch, w * perWorker, perWorker, o.Gamma, returnStats);
                scale = 1 / Math.Sqrt(returnStats.Variance[0] + 1e-8);
            }

            for (var w = 0; w < workers.Length; w++)
                Advantages(batch, w * perWorker, perWorker, workers[w].BootstrapValue, scale, o.Gamma, o.GaeLambda);
            if (normalizer is not null) normalizer.Update(batch.RawObservations, o.StepsPerBatch);

            var totals = updater.Update(batch, updateRng);
            var rows = (double)o.Epochs * o.StepsPerBatch;
            var stats = new PpoIterationStats(iteration, steps, episodeReturns.Length,
                episodeReturns.Length > 0 ? episodeReturns.Average() : double.NaN, meanStepReward,
                totals.PolicyLoss / rows, totals.ValueLoss / rows, totals.ApproximateKl / rows, totals.ClippedRows / rows,
                PpoLoss<float>.Entropy(networks.LogStd(parameters)), Stopwatch.GetElapsedTime(started).TotalSeconds);
            iterations.Add(stats);
            progress?.Report(stats);
        }

        return new PpoTrainingResult(policy, iterations, steps, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    private PpoPolicy NewPolicy(int observations, int actions, Rng rng)
    {
        var networks = new PpoLoss<float>(observations, actions, Options.HiddenSizes);
        var parameters = new float[networks.ParameterCount];
        networks.Actor.Initialize(parameters.AsSpan(0, networks.LogStdOffset), rng.Fork(1), 0.01);
        parameters.AsSpan(networks.LogStdOffset, actions).Fill((float)Options.InitialLogStd);
        networks.Critic.Initialize(parameters.AsSpan(networks.CriticOffset), rng.Fork(2), 1.0);
        var normalizer = Options.NormalizeObservations ? new RunningMeanStd(observations) : null;
        return new PpoPolicy(networks, parameters, normalizer, Options.ObservationClip);
    }

    /// <summary>GAE(λ) over one worker's contiguous segment: δ_t = r_t + γ·V(s_t+1)·(1 − done_t) − V(s_t),
    /// Â_t = δ_t + γλ(1 − done_t)Â_t+1; returns R_t = Â_t + V(s_t). Episode ends are terminal (the 60-day block
    /// ends with its performance test), so no value is bootstrapped across them.</summary>
    private static void Advantages(RolloutBatch batch, int start, int count, double bootstrapValue, double rewardScale, double gamma, double lambda)
    {
        var next = bootstrapValue;
        var running = 0.0;
        for (var t = start + count - 1; t >= start; t--)
        {
            var nonTerminal = batch.Dones[t] ? 0.0 : 1.0;
            var reward = Math.Clamp(batch.Rewards[t] * rewardScale, -10, 10);
            var delta = reward + (gamma * next * nonTerminal) - batch.Values[t];
            running = delta + (gamma * lambda * nonTerminal * running);
            batch.Advantages[t] = (float)running;
            batch.Returns[t] = (float)(running + batch.Values[t]);
            next = batch.Values[t];
        }
    }

    /// <summary>One environment with its random stream and the episode in progress.</summary>
    private sealed class RolloutWorker(IEpisodicEnvironment environment, Rng rng)
    {
        private readonly List<double> _finished = [];
        private double[] _observation = [];
        private double[] _action = [];
        private float[] _input = [];
        private float[] _mean = [];
        private float[] _scratch = [];
        private float[] _value = [];
        private double _episodeReturn;
        private double _discountedReturn;

        public IEpisodicEnvironment Environment { get; } = environment;

        public double BootstrapValue { get; private set; }

        public void Start(PpoPolicy policy)
        {
            _observation = new double[Environment.ObservationSize];
            _action = new double[Environment.ActionSize];
            _input = new float[Environment.ObservationSize];
            _mean = new float[Environment.ActionSize];
            _value = new float[1];
            _scratch = new float[Math.Max(policy.Networks.Actor.PredictScratchLength, policy.Networks.Critic.PredictScratchLength)];
            Environment.Reset(rng.NextUInt64(), _observation);
        }

        /// <summary>Steps with the current policy only to record observations.</summary>
        public void Warmup(PpoPolicy policy, int steps, Span<double> observations)
        {
            var n = Environment.ObservationSize;
            for (var t = 0; t < steps; t++)
            {
                _observation.CopyTo(observations.Slice(t * n, n));
                Sample(policy, out _, out _);
                var result = Environment.Step(_action, _observation);
                if (result.Done) Environment.Reset(rng.NextUInt64(), _observation);
            }
        }

        public void Collect(PpoPolicy policy, RolloutBatch batch, int start, int count)
        {
            var n = Environment.ObservationSize;
            var a = Environment.ActionSize;
            for (var t = start; t < start + count; t++)
            {
                _observation.CopyTo(batch.RawObservations.AsSpan(t * n, n));
                Sample(policy, out var logProbability, out var value);
                _input.CopyTo(batch.Observations.AsSpan(t * n, n));
                for (var k = 0; k < a; k++) batch.Actions[(t * a) + k] = (float)_action[k];
                batch.LogProbabilities[t] = logProbability;
                batch.Values[t] = value;
                for (var k = 0; k < a; k++) _action[k] = Math.Clamp(_action[k], -1, 1);
                var result = Environment.Step(_action, _observation);
                batch.Rewards[t] = result.Reward;
                batch.Dones[t] = result.Done;
                _episodeReturn += result.Reward;
                if (result.Done)
                {
                    _finished.Add(_episodeReturn);
                    _episodeReturn = 0;
                    Environment.Reset(rng.NextUInt64(), _observation);
                }
            }

            policy.Normalize(_observation, _input);
            policy.Networks.Critic.Predict(policy.Networks.CriticParameters(policy.Parameters), _input, _value, _scratch);
            BootstrapValue = _value[0];
        }

        public double[] TakeFinishedReturns()
        {
            var result = _finished.ToArray();
            _finished.Clear();
            return result;
        }

        /// <summary>Feeds this worker's running discounted returns into the reward-scale statistics, in step order.</summary>
        public void TrackDiscountedReturns(RolloutBatch batch, int start, int count, double gamma, RunningMeanStd stats)
        {
            Span<double> value = stackalloc double[1];
            for (var t = start; t < start + count; t++)
            {
                _discountedReturn = (_discountedReturn * gamma) + batch.Rewards[t];
                value[0] = _discountedReturn;
                stats.Update(value, 1);
                if (batch.Dones[t]) _discountedReturn = 0;
            }
        }

        /// <summary>Writes a Gaussian sample around the policy mean into the action buffer (unclipped).</summary>
        private void Sample(PpoPolicy policy, out float logProbability, out float value)
        {
            var networks = policy.Networks;
            policy.Normalize(_observation, _input);
            networks.Actor.Predict(networks.ActorParameters(policy.Parameters), _input, _mean, _scratch);
            networks.Critic.Predict(networks.CriticParameters(policy.Parameters), _input, _value, _scratch);
            var logStd = networks.LogStd(policy.Parameters);
            Span<float> sample = stackalloc float[_mean.Length];
            for (var k = 0; k < _mean.Length; k++)
            {
                sample[k] = _mean[k] + (MathF.Exp(logStd[k]) * (float)rng.NextGaussian());
                _action[k] = sample[k];
            }

            logProbability = PpoLoss<float>.LogProbability(sample, _mean, logStd);
            value = _value[0];
        }
    }
}
