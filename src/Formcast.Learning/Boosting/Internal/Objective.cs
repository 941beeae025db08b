namespace Formcast.Learning.Boosting.Internal;

/// <summary>
/// A boosting loss: per-row gradients and hessians of the raw margins, the starting margin, and the metric early
/// stopping watches. Gradients are float32 and follow XGBoost 1.7's formulas and order of operations
/// (<c>src/objective/regression_loss.h</c>, <c>multiclass_obj.cu</c>), so equal margins give equal statistics.
/// </summary>
internal abstract class Objective
{
    /// <summary>Trees per round (one per class for softmax, else one).</summary>
    public abstract int Outputs { get; }

    /// <summary>Starting margin per output.</summary>
    public abstract float[] BaseMargins { get; }

    /// <summary>Writes <paramref name="gradients"/>[k][row] and <paramref name="hessians"/>[k][row] for margins laid
    /// out row-major (row × Outputs).</summary>
    public abstract void Gradients(float[] margins, float[][] gradients, float[][] hessians, ParallelOptions parallel);

    /// <summary>Validation loss of margins (lower is better): XGBoost's default metric for the objective.</summary>
    public abstract double Loss(double[] margins, double[] target, double[]? weights);

    /// <summary>Whether leaf values are re-fitted after the tree is grown (quantile loss).</summary>
    public virtual bool RefitsLeaves => false;

    /// <summary>The re-fitted value of a leaf holding <paramref name="rows"/> (before the learning rate).</summary>
    public virtual double RefitLeaf(ReadOnlySpan<int> rows, float[] margins) => throw new NotSupportedException();

    protected static double WeightedMean(ReadOnlySpan<double> values, double[]? weights)
    {
        double sum = 0, total = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var w = weights?[i] ?? 1.0;
            sum += w * values[i];
            total += w;
        }

        return sum / total;
    }
}
