using System.Numerics.Tensors;
using Formcast.Learning;

namespace Formcast.Planning;

/// <summary>
/// PPO's optimisation phase for one batch: <see cref="PpoOptions.Epochs"/> shuffled passes, each of
/// <see cref="PpoOptions.MinibatchesPerEpoch"/> minibatches; per minibatch the advantages are normalised, the loss
/// gradient is computed in <see cref="PpoOptions.GradientChunks"/> fixed chunks in parallel and summed in chunk
/// order, the entropy gradient added, the global norm clipped, Adam applied and log σ kept in [−5, 1].
/// </summary>
internal sealed class PpoUpdater
{
    private readonly PpoOptions _options;
    private readonly PpoLoss<float> _networks;
    private readonly float[] _parameters;
    private readonly Adam _adam;
    private readonly ChunkState[] _chunks;
    private readonly float[] _gradient;
    private readonly RolloutBatch _minibatch;
    private readonly int _actions;

    public PpoUpdater(PpoOptions options, PpoLoss<float> networks, float[] parameters, int observations, int actions)
    {
        _options = options;
        _networks = networks;
        _parameters = parameters;
        _actions = actions;
        _adam = new Adam(networks.ParameterCount, options.LearningRate, epsilon: options.AdamEpsilon);
        _chunks = new ChunkState[options.GradientChunks];
        for (var c = 0; c < _chunks.Length; c++) _chunks[c] = new ChunkState(networks.ParameterCount);
        _gradient = new float[networks.ParameterCount];
        _minibatch = new RolloutBatch(options.StepsPerBatch / options.MinibatchesPerEpoch, observations, actions);
    }

    /// <summary>Runs every update of one batch (advantages and returns already filled) and returns the summed loss terms.</summary>
    public LossParts Update(RolloutBatch batch, Rng rng)
    {
        var o = _options;
        var parallel = o.ParallelOptions();
        var minibatchSize = o.StepsPerBatch / o.MinibatchesPerEpoch;
        var clip = (float)o.ClipRange;
        var valueCoefficient = (float)o.ValueCoefficient;
        var totals = default(LossParts);
        for (var epoch = 0; epoch < o.Epochs; epoch++)
        {
            var order = rng.Permutation(o.StepsPerBatch);
            for (var m = 0; m < o.MinibatchesPerEpoch; m++)
            {
                _minibatch.Gather(batch, order.AsSpan(m * minibatchSize, minibatchSize));
                _minibatch.NormalizeAdvantages();
                var rowsPerChunk = minibatchSize / _chunks.Length;
                Parallel.For(0, _chunks.Length, parallel, c =>
                {
                    var start = c * rowsPerChunk;
                    var count = c == _chunks.Length - 1 ? minibatchSize - start : rowsPerChunk;
                    Array.Clear(_chunks[c].Gradient);
                    _chunks[c].Parts = _networks.Accumulate(_parameters, _minibatch.Observations, _minibatch.Actions, _minibatch.LogProbabilities,
                        _minibatch.Advantages, _minibatch.Returns, start, count, minibatchSize, clip, valueCoefficient, _chunks[c].Workspace, _chunks[c].Gradient);
                });
                Array.Clear(_gradient);
                foreach (var chunk in _chunks)
                {
                    TensorPrimitives.Add(_gradient, chunk.Gradient, _gradient);
                    totals.Add(chunk.Parts);
                }

                _networks.AddEntropyGradient(_gradient, (float)o.EntropyCoefficient);
                var norm = TensorPrimitives.Norm<float>(_gradient);
                if (norm > o.MaxGradientNorm) TensorPrimitives.Multiply(_gradient, (float)(o.MaxGradientNorm / (norm + 1e-6)), _gradient);
                _adam.Step(_parameters, _gradient);
                var logStd = _parameters.AsSpan(_networks.LogStdOffset, _actions);
                TensorPrimitives.Clamp(logStd, -5f, 1f, logStd);
            }
        }

        return totals;
    }

    private sealed class ChunkState(int parameters)
    {
        public float[] Gradient { get; } = new float[parameters];

        public PpoWorkspace<float> Workspace { get; } = new();

        public LossParts Parts { get; set; }
    }
}
