using System.Numerics;

namespace Formcast.Planning;

/// <summary>Per-worker buffers for <see cref="PpoLoss{T}.Accumulate"/>.</summary>
internal sealed class PpoWorkspace<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public MlpCache<T> Actor { get; } = new();

    public MlpCache<T> Critic { get; } = new();

    public T[] MeanGradient { get; private set; } = [];

    public T[] ValueGradient { get; private set; } = [];

    public void EnsureCapacity(int rows, int actions)
    {
        if (MeanGradient.Length < rows * actions) MeanGradient = new T[rows * actions];
        if (ValueGradient.Length < rows) ValueGradient = new T[rows];
    }
}
