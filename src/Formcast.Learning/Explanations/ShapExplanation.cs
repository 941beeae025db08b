namespace Formcast.Learning.Explanations;

/// <summary>
/// Additive attribution of one prediction (Lundberg &amp; Lee 2017): <see cref="BaseValue"/> (the mean prediction over
/// the background data) plus the sum of <see cref="Values"/> equals <see cref="Prediction"/> — local accuracy. Values
/// follow the model's feature order. SHAP values describe the model's association, not a cause.
/// </summary>
/// <param name="BaseValue">Expected model output over the background rows.</param>
/// <param name="Values">One attribution per feature.</param>
/// <param name="Prediction">The model's output for the explained row.</param>
/// <param name="Exact">True when every coalition was evaluated (the values are then the exact Shapley values of the
/// background-averaged value function); false when coalitions were sampled.</param>
public sealed record ShapExplanation(double BaseValue, double[] Values, double Prediction, bool Exact)
{
    /// <summary>|base + Σ values − prediction|: zero up to rounding for every explanation this library returns.</summary>
    public double LocalAccuracyError => Math.Abs(BaseValue + Values.Sum() - Prediction);
}
