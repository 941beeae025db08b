using System.Runtime.InteropServices;
using Formcast.Learning.Evaluation;
using Formcast.Learning.Ensembles.Internal;
using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning;

/// <summary>
/// Random-forest regression (Breiman 2001): squared-error CART trees on bootstrap samples, averaged, as
/// scikit-learn's <c>RandomForestRegressor</c> (all features per split unless <see cref="TreeGrowthOptions.MaxFeatures"/>
/// says otherwise). With <see cref="RandomForestOptions.ComputeOutOfBagScore"/> the model carries out-of-bag R² and
/// predictions.
/// </summary>
public sealed class RandomForestRegressor : ILearner<RandomForestRegressorModel>
{
    public RandomForestRegressor(RandomForestOptions? options = null)
    {
        Options = options ?? new RandomForestOptions();
        Options.Validate();
        Cart.CheckCriterion(Options, classification: false);
    }

    public RandomForestOptions Options { get; }

    public RandomForestRegressorModel Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        TrainingTargets.RequireFinite(data.Target);
        var weights = TrainingTargets.CombineWeights(data, null, null, null);
        var x = FeatureColumns.From(data.Features, rejectMissing: true);
        var fit = ForestFitter.Fit(Options, data.Rows, weights,
            (w, draw) => Cart.GrowRegressor(x, data.Target, w, Options, MaxFeatures.All, draw));
        var model = new RandomForestRegressorModel(fit.Trees, data.Columns);
        if (!Options.ComputeOutOfBagScore) return model;

        var (sums, counts) = ForestFitter.OutOfBag(fit, data.Features, 1, Options.ParallelOptions());
        var truth = new List<double>();
        var predicted = new List<double>();
        for (var r = 0; r < data.Rows; r++)
        {
            if (counts[r] == 0)
            {
                sums[r] = double.NaN;
                continue;
            }

            sums[r] /= counts[r];
            truth.Add(data.Target[r]);
            predicted.Add(sums[r]);
        }

        var score = truth.Count == 0 ? double.NaN : RegressionMetrics.R2(CollectionsMarshal.AsSpan(truth), CollectionsMarshal.AsSpan(predicted));
        return model.WithOutOfBag(score, sums);
    }
}
