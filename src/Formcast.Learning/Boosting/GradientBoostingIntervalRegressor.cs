namespace Formcast.Learning;

/// <summary>
/// Prediction intervals from quantile boosting (Meinshausen 2006's idea with boosted rather than forest quantiles):
/// three pinball-loss models at (1 − c)/2, ½ and (1 + c)/2 for nominal coverage c. The interval's real coverage on
/// new athletes must be checked on held-out data; quantile models carry no coverage guarantee.
/// </summary>
public sealed class GradientBoostingIntervalRegressor : ILearner<PredictionIntervalModel>
{
    public GradientBoostingIntervalRegressor(GradientBoostingOptions? options = null, double coverage = 0.9)
    {
        Options = options ?? new GradientBoostingOptions();
        Options.Validate();
        if (!(coverage > 0 && coverage < 1)) throw new ArgumentOutOfRangeException(nameof(coverage), coverage, "coverage must be in (0, 1)");
        Coverage = coverage;
    }

    public GradientBoostingOptions Options { get; }

    /// <summary>Nominal share of outcomes inside the interval.</summary>
    public double Coverage { get; }

    public PredictionIntervalModel Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        GradientBoostingRegressorModel At(double alpha) =>
            new GradientBoostingRegressor(Options with { Loss = RegressionLoss.Quantile, QuantileAlpha = alpha }).Fit(data);
        return new PredictionIntervalModel(At((1 - Coverage) / 2), At(0.5), At((1 + Coverage) / 2));
    }
}
