using System.Runtime.CompilerServices;

namespace Formcast.Learning.Boosting.Internal;

/// <summary>Multi-class softmax loss (XGBoost <c>multi:softprob</c>): p_k = softmax(m)_k, g_k = (p_k − [y = k])·w,
/// h_k = max(2 p_k (1 − p_k) w, 1e-16). Metric: multi-class log loss.</summary>
internal sealed class SoftmaxObjective : Objective
{
    /// <summary>C's FLT_MIN.</summary>
    private const float SmallestNormalFloat = 1.17549435e-38f;

    private readonly int[] _y;
    private readonly float[]? _w;
    private readonly int _classes;

    public SoftmaxObjective(int[] classIndex, int classes, double[]? weights)
    {
        _y = classIndex;
        _classes = classes;
        _w = weights?.Select(w => (float)w).ToArray();
        BaseMargins = new float[classes];
    }

    public override int Outputs => _classes;

    public override float[] BaseMargins { get; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Gradients(float[] margins, float[][] gradients, float[][] hessians, ParallelOptions parallel)
    {
        var rows = _y.Length;
        Parallel.For(0, (rows + 1023) / 1024, parallel, block =>
            Block(margins, gradients, hessians, block * 1024, Math.Min(rows, (block + 1) * 1024)));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Block(float[] margins, float[][] gradients, float[][] hessians, int start, int end)
    {
        var k = _classes;
        for (var i = start; i < end; i++)
        {
            var point = margins.AsSpan(i * k, k);
            // XGBoost starts the maximum at FLT_MIN (the smallest positive float), not at −∞.
            var max = SmallestNormalFloat;
            foreach (var m in point) max = MathF.Max(m, max);
            var sum = 0.0;
            foreach (var m in point) sum += MathF.Exp(m - max);
            var w = _w?[i] ?? 1.0f;
            for (var c = 0; c < k; c++)
            {
                var p = MathF.Exp(point[c] - max) / (float)sum;
                var h = MathF.Max(2.0f * p * (1.0f - p) * w, 1e-16f);
                if (_y[i] == c) p -= 1.0f;
                gradients[c][i] = p * w;
                hessians[c][i] = h;
            }
        }
    }

    public override double Loss(double[] margins, double[] target, double[]? weights)
    {
        double sum = 0, total = 0;
        var k = _classes;
        var rows = target.Length;
        Span<double> p = stackalloc double[k];
        for (var i = 0; i < rows; i++)
        {
            GradientBoostingMath.Softmax(margins.AsSpan(i * k, k), p);
            var w = weights?[i] ?? 1.0;
            sum -= w * Math.Log(Math.Clamp(p[(int)target[i]], 1e-16, 1));
            total += w;
        }

        return sum / total;
    }
}
