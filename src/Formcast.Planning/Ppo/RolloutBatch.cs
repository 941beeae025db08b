using System.Numerics.Tensors;

namespace Formcast.Planning;

/// <summary>A batch of transitions (row-major), and the same layout for minibatches.</summary>
internal sealed class RolloutBatch(int rows, int observations, int actions)
{
    public double[] RawObservations { get; } = new double[rows * observations];

    public float[] Observations { get; } = new float[rows * observations];

    public float[] Actions { get; } = new float[rows * actions];

    public float[] LogProbabilities { get; } = new float[rows];

    public float[] Values { get; } = new float[rows];

    public double[] Rewards { get; } = new double[rows];

    public bool[] Dones { get; } = new bool[rows];

    public float[] Advantages { get; } = new float[rows];

    public float[] Returns { get; } = new float[rows];

    public void Gather(RolloutBatch source, ReadOnlySpan<int> indices)
    {
        for (var r = 0; r < indices.Length; r++)
        {
            var i = indices[r];
            source.Observations.AsSpan(i * observations, observations).CopyTo(Observations.AsSpan(r * observations, observations));
            source.Actions.AsSpan(i * actions, actions).CopyTo(Actions.AsSpan(r * actions, actions));
            LogProbabilities[r] = source.LogProbabilities[i];
            Advantages[r] = source.Advantages[i];
            Returns[r] = source.Returns[i];
        }
    }

    /// <summary>Advantages to zero mean and unit SD within the minibatch (standard PPO practice).</summary>
    public void NormalizeAdvantages()
    {
        var mean = TensorPrimitives.Sum<float>(Advantages) / Advantages.Length;
        TensorPrimitives.Subtract(Advantages, mean, Advantages);
        var sd = MathF.Sqrt(TensorPrimitives.SumOfSquares<float>(Advantages) / Advantages.Length);
        TensorPrimitives.Divide(Advantages, sd + 1e-8f, Advantages);
    }
}
