namespace Formcast.Learning.Boosting.Internal;

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

    public override void Gradients(float[] margins, float[][] gradients, float[][] hessians, ParallelOptions parallel)
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
