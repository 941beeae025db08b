using System.Numerics;

namespace Formcast.Planning;

/// <summary>Activations and gradient buffers of one batch through an <see cref="Mlp{T}"/> (one per worker).</summary>
internal sealed class MlpCache<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public T[][] Activations { get; private set; } = [];

    public T[] DeltaA { get; private set; } = [];

    public T[] DeltaB { get; private set; } = [];

    public int Batch { get; set; }

    private int _capacity = -1;

    /// <summary>The last forward pass's output, batch × outputs.</summary>
    public Span<T> Output(Mlp<T> network) => Activations[network.Layers].AsSpan(0, Batch * network.OutputSize);

    public void EnsureCapacity(Mlp<T> network, int batch)
    {
        if (batch <= _capacity && Activations.Length == network.Layers + 1) return;
        Activations = new T[network.Layers + 1][];
        for (var l = 0; l <= network.Layers; l++) Activations[l] = new T[batch * network.Sizes[l]];
        DeltaA = new T[batch * network.MaxWidth];
        DeltaB = new T[batch * network.MaxWidth];
        _capacity = batch;
    }
}
