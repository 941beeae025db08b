using System.Runtime.CompilerServices;

namespace Formcast.Learning.Boosting.Internal;

/// <summary>Binary logistic loss (XGBoost <c>binary:logistic</c>): p = σ(m), g = (p − y)·w,
/// h = max(p(1 − p), 1e-16)·w, with w multiplied by scale_pos_weight for positive rows. Metric: log loss.</summary>
internal sealed class LogisticObjective : Objective
{
    private readonly int[] _y;
    private readonly float[] _w;

    public LogisticObjective(int[] classIndex, double[]? weights, double scalePositiveWeight, double? baseProbability)
    {
        _y = classIndex;
        _w = new float[classIndex.Length];
        for (var i = 0; i < _w.Length; i++)
        {
            var w = (float)(weights?[i] ?? 1.0);
            if (classIndex[i] == 1) w *= (float)scalePositiveWeight;
            _w[i] = w;
        }

        var p = baseProbability ?? WeightedMean(classIndex.Select(c => (double)c).ToArray(), weights);
        p = Math.Clamp(p, 1e-6, 1 - 1e-6);
        // XGBoost's ProbToMargin in float: −log(1/p − 1).
        BaseMargins = [-MathF.Log((1.0f / (float)p) - 1.0f)];
    }

    public override int Outputs => 1;

    public override float[] BaseMargins { get; }

    public static float Sigmoid(float x) => 1.0f / (1.0f + MathF.Exp(-x));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Gradients(float[] margins, float[][] gradients, float[][] hessians, ParallelOptions parallel)
    {
        var g = gradients[0];
        var h = hessians[0];
        Parallel.For(0, (margins.Length + 4095) / 4096, parallel, block =>
            Block(margins, g, h, block * 4096, Math.Min(margins.Length, (block + 1) * 4096)));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Block(float[] margins, float[] g, float[] h, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var p = Sigmoid(margins[i]);
            float y = _y[i];
            var w = _w[i];
            g[i] = (p - y) * w;
            h[i] = MathF.Max(p * (1.0f - p), 1e-16f) * w;
        }
    }

    public override double Loss(double[] margins, double[] target, double[]? weights)
    {
        double sum = 0, total = 0;
        for (var i = 0; i < margins.Length; i++)
        {
            var p = Math.Clamp(1 / (1 + Math.Exp(-margins[i])), 1e-16, 1 - 1e-16);
            var w = weights?[i] ?? 1.0;
            sum -= w * (target[i] == 1 ? Math.Log(p) : Math.Log(1 - p));
            total += w;
        }

        return sum / total;
    }
}
