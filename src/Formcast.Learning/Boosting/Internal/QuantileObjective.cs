namespace Formcast.Learning.Boosting.Internal;

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

    public override void Gradients(float[] margins, float[][] gradients, float[][] hessians, ParallelOptions parallel)
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
