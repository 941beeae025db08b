using Formcast.Learning.Boosting.Internal;
using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning;

/// <summary>
/// Histogram gradient-boosted trees for regression with XGBoost 1.7's <c>hist</c> semantics: squared error, or the
/// pinball loss for a conditional quantile (leaves re-fitted to the quantile of their residuals). Two quantile
/// models bound a prediction interval (<see cref="GradientBoostingIntervalRegressor"/>).
/// </summary>
public sealed class GradientBoostingRegressor : ILearner<GradientBoostingRegressorModel>
{
    public GradientBoostingRegressor(GradientBoostingOptions? options = null)
    {
        Options = options ?? new GradientBoostingOptions();
        Options.Validate();
    }

    public GradientBoostingOptions Options { get; }

    public GradientBoostingRegressorModel Fit(Dataset data) => Fit(data, null);

    /// <summary>Fits, watching <paramref name="validation"/> for early stopping.</summary>
    public GradientBoostingRegressorModel Fit(Dataset data, Dataset? validation)
    {
        ArgumentNullException.ThrowIfNull(data);
        TrainingTargets.RequireFinite(data.Target);
        if (validation is null && Options.EarlyStoppingRounds > 0)
        {
            var (trainRows, validationRows) = Booster.HoldOut(data, Options.ValidationFraction, new Rng(Options.Seed).Fork(ulong.MaxValue));
            validation = data.Subset(validationRows);
            data = data.Subset(trainRows);
        }

        var weights = TrainingTargets.CombineWeights(data, null, null, null);
        Objective objective = Options.Loss == RegressionLoss.Quantile
            ? new QuantileObjective(data.Target, weights, Options.QuantileAlpha, Options.BaseScore)
            : new SquaredErrorObjective(data.Target, weights, Options.BaseScore);
        var held = validation is null ? null : new ValidationSet(validation.Features, validation.Target, validation.Weights);
        var result = Booster.Fit(Options, data.Features, data.Weights, objective, held);
        return new GradientBoostingRegressorModel(result.Trees, result.BaseMargins[0], data.Columns, Options.Loss, Options.QuantileAlpha, result.ValidationLoss);
    }
}
