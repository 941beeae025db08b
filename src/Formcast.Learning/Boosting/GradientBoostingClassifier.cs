using Formcast.Learning.Boosting.Internal;
using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning;

/// <summary>
/// Histogram gradient-boosted trees for classification with XGBoost 1.7's <c>hist</c> semantics (see
/// <see cref="GradientBoostingOptions"/>): binary logistic loss for two classes, softmax with one tree per class and
/// round for more. Missing (NaN) features are allowed: each split learns which way they go. Sample weights, class
/// weights and <see cref="GradientBoostingOptions.ScalePositiveWeight"/> multiply.
/// </summary>
public sealed class GradientBoostingClassifier : ILearner<GradientBoostingClassifierModel>
{
    public GradientBoostingClassifier(GradientBoostingOptions? options = null)
    {
        Options = options ?? new GradientBoostingOptions();
        Options.Validate();
    }

    public GradientBoostingOptions Options { get; }

    public GradientBoostingClassifierModel Fit(Dataset data) => Fit(data, null);

    /// <summary>Fits, watching <paramref name="validation"/> for early stopping (when
    /// <see cref="GradientBoostingOptions.EarlyStoppingRounds"/> &gt; 0; otherwise its losses are only recorded).</summary>
    public GradientBoostingClassifierModel Fit(Dataset data, Dataset? validation)
    {
        ArgumentNullException.ThrowIfNull(data);
        var (classes, _) = TrainingTargets.EncodeClasses(data.Target);
        if (classes.Length < 2) throw new ArgumentException("classification needs at least two classes", nameof(data));
        if (validation is null && Options.EarlyStoppingRounds > 0)
        {
            var (trainRows, validationRows) = Booster.HoldOut(data, Options.ValidationFraction, new Rng(Options.Seed).Fork(ulong.MaxValue));
            validation = data.Subset(validationRows);
            data = data.Subset(trainRows);
        }

        var index = Encode(data.Target, classes, nameof(data));
        var weights = TrainingTargets.CombineWeights(data, Options.ClassWeights, classes, index);
        Objective objective = classes.Length == 2
            ? new LogisticObjective(index, weights, Options.ScalePositiveWeight, Options.BaseScore)
            : new SoftmaxObjective(index, classes.Length, weights);
        ValidationSet? held = null;
        if (validation is not null)
        {
            var validationIndex = Encode(validation.Target, classes, nameof(validation));
            held = new ValidationSet(validation.Features, validationIndex.Select(c => (double)c).ToArray(), validation.Weights);
        }

        var result = Booster.Fit(Options, data.Features, data.Weights, objective, held);
        return new GradientBoostingClassifierModel(result.Trees, result.TreeOutput, result.BaseMargins, classes, data.Columns, result.ValidationLoss);
    }

    private static int[] Encode(double[] target, double[] classes, string parameter)
    {
        var index = new int[target.Length];
        for (var i = 0; i < target.Length; i++)
        {
            index[i] = Array.IndexOf(classes, target[i]);
            if (index[i] < 0) throw new ArgumentException($"label {target[i]} of row {i} is not a training class", parameter);
        }

        return index;
    }
}
