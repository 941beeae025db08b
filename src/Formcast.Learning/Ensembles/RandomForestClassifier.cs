using Formcast.Learning.Ensembles.Internal;
using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning;

/// <summary>
/// Random-forest classification (Breiman 2001): CART trees on bootstrap samples, each split choosing among
/// <see cref="TreeGrowthOptions.MaxFeatures"/> random features (default ⌊√n⌋); the forest averages the trees'
/// class probabilities, as scikit-learn's <c>RandomForestClassifier</c> does. Class weights apply before the
/// bootstrap. With <see cref="RandomForestOptions.ComputeOutOfBagScore"/> the model carries out-of-bag accuracy
/// and probabilities.
/// </summary>
public sealed class RandomForestClassifier : ILearner<RandomForestClassifierModel>
{
    public RandomForestClassifier(RandomForestOptions? options = null)
    {
        Options = options ?? new RandomForestOptions();
        Options.Validate();
        Cart.CheckCriterion(Options, classification: true);
    }

    public RandomForestOptions Options { get; }

    public RandomForestClassifierModel Fit(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var (classes, index) = TrainingTargets.EncodeClasses(data.Target);
        var weights = TrainingTargets.CombineWeights(data, Options.ClassWeights, classes, index);
        var x = FeatureColumns.From(data.Features, rejectMissing: true);
        var fit = ForestFitter.Fit(Options, data.Rows, weights,
            (w, draw) => Cart.GrowClassifier(x, index, classes.Length, w, Options, MaxFeatures.Sqrt, draw));
        var model = new RandomForestClassifierModel(fit.Trees, classes, data.Columns);
        if (!Options.ComputeOutOfBagScore) return model;

        var width = classes.Length;
        var (sums, counts) = ForestFitter.OutOfBag(fit, data.Features, width, Options.ParallelOptions());
        var correct = 0;
        var scored = 0;
        for (var r = 0; r < data.Rows; r++)
        {
            var row = sums.AsSpan(r * width, width);
            if (counts[r] == 0)
            {
                row.Fill(double.NaN);
                continue;
            }

            for (var k = 0; k < width; k++) row[k] /= counts[r];
            var best = 0;
            for (var k = 1; k < width; k++)
            {
                if (row[k] > row[best]) best = k;
            }

            scored++;
            if (best == index[r]) correct++;
        }

        return model.WithOutOfBag(scored == 0 ? double.NaN : (double)correct / scored, sums);
    }
}
