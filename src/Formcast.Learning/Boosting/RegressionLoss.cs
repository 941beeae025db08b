namespace Formcast.Learning;

/// <summary>Loss a boosted regressor minimises.</summary>
public enum RegressionLoss
{
    /// <summary>Squared error: predicts the conditional mean.</summary>
    SquaredError,

    /// <summary>Pinball loss at <see cref="GradientBoostingOptions.QuantileAlpha"/>: predicts that conditional
    /// quantile (two of them bound a prediction interval).</summary>
    Quantile,
}
