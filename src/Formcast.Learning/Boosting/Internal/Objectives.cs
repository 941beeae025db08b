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
    public abstract void Gradients(float[] margins, float[][] gradients, float[][] hessians);

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

    public override void Gradients(float[] margins, float[][] gradients, float[][] hessians)
    {
        var g = gradients[0];
        var h = hessians[0];
        Parallel.For(0, (margins.Length + 4095) / 4096, block =>
        {
            var end = Math.Min(margins.Length, (block + 1) * 4096);
            for (var i = block * 4096; i < end; i++)
            {
                var p = Sigmoid(margins[i]);
                float y = _y[i];
                var w = _w[i];
                g[i] = (p - y) * w;
                h[i] = MathF.Max(p * (1.0f - p), 1e-16f) * w;
            }
        });
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

    public override void Gradients(float[] margins, float[][] gradients, float[][] hessians)
    {
        var k = _classes;
        var rows = _y.Length;
        Parallel.For(0, (rows + 1023) / 1024, block =>
        {
            var end = Math.Min(rows, (block + 1) * 1024);
            for (var i = block * 1024; i < end; i++)
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
        });
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

/// <summary>Squared error (XGBoost <c>reg:squarederror</c>): g = (m − y)·w, h = w. Metric: RMSE.</summary>
internal sealed class SquaredErrorObjective : Objective
{
    private readonly float[] _y;
    private readonly float[]? _w;

    public SquaredErrorObjective(double[] target, double[]? weights, double? baseScore)
    {
        _y = target.Select(v => (float)v).ToArray();
        _w = weights?.Select(w => (float)w).ToArray();
        BaseMargins = [(float)(baseScore ?? WeightedMean(target, weights))];
    }

    public override int Outputs => 1;

    public override float[] BaseMargins { get; }

    public override void Gradients(float[] margins, float[][] gradients, float[][] hessians)
    {
        var g = gradients[0];
        var h = hessians[0];
        for (var i = 0; i < margins.Length; i++)
        {
            var w = _w?[i] ?? 1.0f;
            g[i] = (margins[i] - _y[i]) * w;
            h[i] = w;
        }
    }

    public override double Loss(double[] margins, double[] target, double[]? weights)
    {
        double sum = 0, total = 0;
        for (var i = 0; i < margins.Length; i++)
        {
            var w = weights?[i] ?? 1.0;
            sum += w * (margins[i] - target[i]) * (margins[i] - target[i]);
            total += w;
        }

        return Math.Sqrt(sum / total);
    }
}

/// <summary>
/// Pinball (quantile) loss ρ_α(y − m) (Koenker &amp; Bassett 1978): g = (1 − α)·w when m ≥ y, else −α·w; h = w. The
/// tree is grown on these statistics, then each leaf is set to the α-quantile of its rows' residuals y − m, as
/// scikit-learn's HistGradientBoostingRegressor(loss="quantile") and XGBoost 2's reg:quantileerror do. Quantiles follow
/// numpy's linear interpolation for unit weights and scikit-learn's weighted percentile otherwise. Metric: mean
/// pinball loss.
/// </summary>
internal sealed class QuantileObjective : Objective
{
    private readonly double[] _y;
    private readonly double[]? _w;
    private readonly double _alpha;

    public QuantileObjective(double[] target, double[]? weights, double alpha, double? baseScore)
    {
        _y = target;
        _w = weights;
        _alpha = alpha;
        var all = Enumerable.Range(0, target.Length).ToArray();
        BaseMargins = [(float)(baseScore ?? Quantile(all, i => target[i]))];
    }

    public override int Outputs => 1;

    public override float[] BaseMargins { get; }

    public override bool RefitsLeaves => true;

    public override void Gradients(float[] margins, float[][] gradients, float[][] hessians)
    {
        var g = gradients[0];
        var h = hessians[0];
        for (var i = 0; i < margins.Length; i++)
        {
            var w = (float)(_w?[i] ?? 1.0);
            g[i] = (margins[i] >= _y[i] ? (float)(1 - _alpha) : (float)-_alpha) * w;
            h[i] = w;
        }
    }

    public override double RefitLeaf(ReadOnlySpan<int> rows, float[] margins)
    {
        var members = rows.ToArray();
        return members.Length == 0 ? 0 : Quantile(members, i => _y[i] - margins[i]);
    }

    public override double Loss(double[] margins, double[] target, double[]? weights)
    {
        double sum = 0, total = 0;
        for (var i = 0; i < margins.Length; i++)
        {
            var w = weights?[i] ?? 1.0;
            var d = target[i] - margins[i];
            sum += w * (d >= 0 ? _alpha * d : (_alpha - 1) * d);
            total += w;
        }

        return sum / total;
    }

    private double Quantile(int[] rows, Func<int, double> value)
    {
        var values = rows.Select(value).ToArray();
        if (_w is null)
        {
            Array.Sort(values);
            var position = (values.Length - 1) * _alpha;
            var lower = (int)Math.Floor(position);
            var upper = Math.Min(lower + 1, values.Length - 1);
            return values[lower] + ((position - lower) * (values[upper] - values[lower]));
        }

        var weights = rows.Select(i => _w[i]).ToArray();
        Array.Sort(values, weights);
        var cumulative = new double[values.Length];
        var running = 0.0;
        for (var i = 0; i < values.Length; i++) cumulative[i] = running += weights[i];
        var target = _alpha * running;
        var index = 0;
        while (index < values.Length - 1 && cumulative[index] < target) index++;
        return values[index];
    }
}
