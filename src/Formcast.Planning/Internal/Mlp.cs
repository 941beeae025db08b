using System.Numerics;
using System.Numerics.Tensors;
using Formcast.Learning;

namespace Formcast.Planning;
/// <summary>
/// A fully connected network with ReLU hidden layers (the reference study's 128-64-32) on span kernels
/// (<see cref="TensorPrimitives"/>). Parameters live in one flat span owned by the caller, layer by layer: the
/// weights as an [inputs × outputs] row-major block (row i holds input i's outgoing weights, so a forward pass is a
/// sequence of AXPYs over contiguous rows) followed by the biases. Generic so the training path runs in single
/// precision and the gradient checks in double.
/// </summary>
internal sealed class Mlp<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly int[] _sizes;
    private readonly int[] _offsets;

    public Mlp(ReadOnlySpan<int> sizes, MlpOutput output)
    {
        if (sizes.Length < 2) throw new ArgumentException("a network needs at least an input and an output size", nameof(sizes));
        foreach (var s in sizes)
        {
            if (s <= 0) throw new ArgumentOutOfRangeException(nameof(sizes), s, "layer sizes must be positive");
        }

        _sizes = sizes.ToArray();
        Output = output;
        _offsets = new int[_sizes.Length];
        var offset = 0;
        for (var l = 0; l < _sizes.Length - 1; l++)
        {
            _offsets[l] = offset;
            offset += (_sizes[l] * _sizes[l + 1]) + _sizes[l + 1];
        }

        _offsets[^1] = offset;
        ParameterCount = offset;
        MaxWidth = _sizes.Max();
    }

    public MlpOutput Output { get; }

    public int ParameterCount { get; }

    public int InputSize => _sizes[0];

    public int OutputSize => _sizes[^1];

    public int Layers => _sizes.Length - 1;

    public int MaxWidth { get; }

    public ReadOnlySpan<int> Sizes => _sizes;

    /// <summary>Scratch floats a single-sample <see cref="Predict"/> needs.</summary>
    public int PredictScratchLength => 2 * MaxWidth;

    /// <summary>
    /// Orthogonal initialisation (Saxe et al. 2014), as PPO implementations use: each weight block is a random
    /// orthogonal matrix scaled by √2 for hidden ReLU layers and by <paramref name="outputGain"/> for the last layer
    /// (0.01 for a policy mean, 1 for a value head); biases start at zero.
    /// </summary>
    public void Initialize(Span<T> parameters, Rng rng, double outputGain)
    {
        if (parameters.Length != ParameterCount) throw new ArgumentException("parameter span has the wrong length", nameof(parameters));
        for (var l = 0; l < Layers; l++)
        {
            int rows = _sizes[l], columns = _sizes[l + 1];
            var gain = l == Layers - 1 ? outputGain : Math.Sqrt(2);
            var block = Orthogonal(rows, columns, rng);
            var weights = Weights(parameters, l);
            for (var i = 0; i < block.Length; i++) weights[i] = T.CreateChecked(gain * block[i]);
            Biases(parameters, l).Clear();
        }
    }

    public Span<T> Weights(Span<T> parameters, int layer) => parameters.Slice(_offsets[layer], _sizes[layer] * _sizes[layer + 1]);

    public Span<T> Biases(Span<T> parameters, int layer) => parameters.Slice(_offsets[layer] + (_sizes[layer] * _sizes[layer + 1]), _sizes[layer + 1]);

    private ReadOnlySpan<T> Weights(ReadOnlySpan<T> parameters, int layer) => parameters.Slice(_offsets[layer], _sizes[layer] * _sizes[layer + 1]);

    private ReadOnlySpan<T> Biases(ReadOnlySpan<T> parameters, int layer) => parameters.Slice(_offsets[layer] + (_sizes[layer] * _sizes[layer + 1]), _sizes[layer + 1]);

    /// <summary>Forward pass of one sample into <paramref name="output"/>, using <paramref name="scratch"/>
    /// (at least <see cref="PredictScratchLength"/>); allocation-free and thread-safe for read-only parameters.</summary>
    public void Predict(ReadOnlySpan<T> parameters, ReadOnlySpan<T> input, Span<T> output, Span<T> scratch)
    {
        var a = scratch[..MaxWidth];
        var b = scratch.Slice(MaxWidth, MaxWidth);
        input.CopyTo(a);
        for (var l = 0; l < Layers; l++)
        {
            int inputs = _sizes[l], outputs = _sizes[l + 1];
            var x = a[..inputs];
            var z = b[..outputs];
            Dense(parameters, l, x, z);
            if (l < Layers - 1) TensorPrimitives.Max(z, T.Zero, z);
            else if (Output == MlpOutput.Tanh) TensorPrimitives.Tanh(z, z);
            var swap = a;
            a = b;
            b = swap;
        }

        a[..OutputSize].CopyTo(output);
    }

    /// <summary>Forward pass of <paramref name="batch"/> row-major samples, keeping every layer's activations in
    /// <paramref name="cache"/> for <see cref="Backward"/>; the output is <see cref="MlpCache{T}.Output"/>.</summary>
    public void Forward(ReadOnlySpan<T> parameters, ReadOnlySpan<T> input, int batch, MlpCache<T> cache)
    {
        cache.EnsureCapacity(this, batch);
        input[..(batch * InputSize)].CopyTo(cache.Activations[0]);
        for (var l = 0; l < Layers; l++)
        {
            int inputs = _sizes[l], outputs = _sizes[l + 1];
            var x = cache.Activations[l];
            var z = cache.Activations[l + 1];
            for (var r = 0; r < batch; r++)
                Dense(parameters, l, x.AsSpan(r * inputs, inputs), z.AsSpan(r * outputs, outputs));
            var all = z.AsSpan(0, batch * outputs);
            if (l < Layers - 1) TensorPrimitives.Max(all, T.Zero, all);
            else if (Output == MlpOutput.Tanh) TensorPrimitives.Tanh(all, all);
        }

        cache.Batch = batch;
    }

    /// <summary>
    /// Back-propagates <paramref name="outputGradient"/> (∂loss/∂output, batch × outputs, after the output
    /// activation) through the pass held in <paramref name="cache"/> and adds ∂loss/∂parameters into
    /// <paramref name="gradient"/>.
    /// </summary>
    public void Backward(ReadOnlySpan<T> parameters, MlpCache<T> cache, ReadOnlySpan<T> outputGradient, Span<T> gradient)
    {
        var batch = cache.Batch;
        var delta = cache.DeltaA.AsSpan(0, batch * OutputSize);
        outputGradient[..delta.Length].CopyTo(delta);
        if (Output == MlpOutput.Tanh)
        {
            // d tanh(z)/dz = 1 − y².
            var y = cache.Activations[Layers].AsSpan(0, delta.Length);
            for (var i = 0; i < delta.Length; i++) delta[i] *= T.One - (y[i] * y[i]);
        }

        var current = cache.DeltaA;
        var previous = cache.DeltaB;
        for (var l = Layers - 1; l >= 0; l--)
        {
            int inputs = _sizes[l], outputs = _sizes[l + 1];
            var x = cache.Activations[l];
            var weightGradient = gradient.Slice(_offsets[l], inputs * outputs);
            var biasGradient = gradient.Slice(_offsets[l] + (inputs * outputs), outputs);
            var weights = Weights(parameters, l);
            for (var r = 0; r < batch; r++)
            {
                var d = current.AsSpan(r * outputs, outputs);
                TensorPrimitives.Add(biasGradient, d, biasGradient);
                var xr = x.AsSpan(r * inputs, inputs);
                for (var i = 0; i < inputs; i++)
                {
                    if (xr[i] == T.Zero) continue;
                    var row = weightGradient.Slice(i * outputs, outputs);
                    TensorPrimitives.MultiplyAdd(d, xr[i], row, row);
                }

                if (l == 0) continue;
                var dx = previous.AsSpan(r * inputs, inputs);
                for (var i = 0; i < inputs; i++)
                {
                    // ReLU' is 1 where the activation is positive (a stored zero means z ≤ 0).
                    dx[i] = xr[i] > T.Zero ? TensorPrimitives.Dot(weights.Slice(i * outputs, outputs), d) : T.Zero;
                }
            }

            (current, previous) = (previous, current);
        }
    }

    private void Dense(ReadOnlySpan<T> parameters, int layer, ReadOnlySpan<T> x, Span<T> z)
    {
        var outputs = _sizes[layer + 1];
        var weights = Weights(parameters, layer);
        Biases(parameters, layer).CopyTo(z);
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] == T.Zero) continue;
            TensorPrimitives.MultiplyAdd(weights.Slice(i * outputs, outputs), x[i], z, z);
        }
    }

    /// <summary>A rows × columns matrix with orthonormal columns (or rows, when rows &lt; columns) from modified
    /// Gram–Schmidt on Gaussian draws.</summary>
    private static double[] Orthogonal(int rows, int columns, Rng rng)
    {
        var transpose = rows < columns;
        int n = transpose ? columns : rows, k = transpose ? rows : columns;
        var vectors = new double[k][];
        for (var j = 0; j < k; j++)
        {
            var v = new double[n];
            for (var i = 0; i < n; i++) v[i] = rng.NextGaussian();
            for (var p = 0; p < j; p++)
            {
                var dot = TensorPrimitives.Dot<double>(v, vectors[p]);
                TensorPrimitives.MultiplyAdd(vectors[p], -dot, v, v);
            }

            var norm = TensorPrimitives.Norm<double>(v);
            TensorPrimitives.Divide(v, norm, v);
            vectors[j] = v;
        }

        var result = new double[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++) result[(r * columns) + c] = transpose ? vectors[r][c] : vectors[c][r];
        }

        return result;
    }
}
