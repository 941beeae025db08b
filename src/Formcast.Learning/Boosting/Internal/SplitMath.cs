namespace Formcast.Learning.Boosting.Internal;

/// <summary>
/// XGBoost's regularised leaf weight and split gain, with its float/double mix (<c>src/tree/param.h</c> CalcWeight,
/// <c>split_evaluator.h</c> CalcGainGivenWeight, 1.7): with gradient sum G and hessian sum H,
/// w = −T_α(G)/(H + λ), where T_α soft-thresholds by the L1 term α; gain = T_α(G)²/(H + λ), the division done in float;
/// a split's loss change is gain(left) + gain(right) − gain(parent), in float. XGBoost compares this (no factor ½,
/// unlike Chen &amp; Guestrin 2016, eq. 7) with γ (<c>min_split_loss</c>).
/// </summary>
internal readonly record struct SplitMath(double Lambda, double Alpha, double MinChildWeight)
{
    /// <summary>XGBoost's kRtEps: a split must gain more than this.</summary>
    public const float MinGain = 1e-6f;

    public double ThresholdL1(double g) => g > Alpha ? g - Alpha : g < -Alpha ? g + Alpha : 0.0;

    /// <summary>Leaf weight before the learning rate (0 when the hessian sum is below min_child_weight).</summary>
    public float Weight(double g, double h)
    {
        if (h < MinChildWeight || h <= 0.0) return 0f;
        return (float)(-ThresholdL1(g) / (h + (float)Lambda));
    }

    public float Gain(double g, double h)
    {
        if (h <= 0) return 0f;
        var t = ThresholdL1(g);
        return (float)(t * t) / (float)(h + (float)Lambda);
    }
}
