namespace Formcast.Learning;

/// <summary>Order in which a boosted tree's nodes are expanded (XGBoost's <c>grow_policy</c>).</summary>
public enum TreeGrowthPolicy
{
    /// <summary>Level by level, up to <see cref="GradientBoostingOptions.MaxDepth"/> (XGBoost "depthwise").</summary>
    DepthWise,

    /// <summary>Highest gain first, up to <see cref="GradientBoostingOptions.MaxLeaves"/> (XGBoost "lossguide",
    /// LightGBM's leaf-wise growth).</summary>
    LossGuide,
}
