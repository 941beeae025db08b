namespace Formcast.Learning;

/// <summary>
/// How a CART tree grows, shared by single trees and random forests. Names and defaults follow scikit-learn's
/// <c>DecisionTreeClassifier</c>/<c>DecisionTreeRegressor</c> (1.2), so a configuration carries over unchanged.
/// </summary>
public abstract record TreeGrowthOptions : LearnerOptions
{
    /// <summary>Impurity to minimise; null means Gini for classification and squared error for regression.</summary>
    public SplitCriterion? Criterion { get; init; }

    /// <summary>Maximum depth (root = 0); null grows until the other limits stop it.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>A node with fewer (distinct, positively weighted) samples is not split. At least 2.</summary>
    public int MinSamplesSplit { get; init; } = 2;

    /// <summary>Each child keeps at least this many samples.</summary>
    public int MinSamplesLeaf { get; init; } = 1;

    /// <summary>Each child keeps at least this fraction of the total sample weight, in [0, 0.5].</summary>
    public double MinWeightFractionLeaf { get; init; }

    /// <summary>A split must lower the weighted impurity by at least this much (scikit-learn's formula:
    /// N_t / N × (impurity − N_t_R / N_t × right impurity − N_t_L / N_t × left impurity)).</summary>
    public double MinImpurityDecrease { get; init; }

    /// <summary>Features examined per split; null means the learner's default (all for a single tree).</summary>
    public MaxFeatures? MaxFeatures { get; init; }

    /// <summary>Class weights for classification (ignored by regressors); null means equal weights.</summary>
    public ClassWeighting? ClassWeights { get; init; }

    public override void Validate()
    {
        base.Validate();
        if (MaxDepth is { } depth) OptionCheck.Positive(depth, nameof(MaxDepth));
        if (MinSamplesSplit < 2) throw new ArgumentOutOfRangeException(nameof(MinSamplesSplit), MinSamplesSplit, $"{nameof(MinSamplesSplit)} must be at least 2");
        OptionCheck.Positive(MinSamplesLeaf, nameof(MinSamplesLeaf));
        OptionCheck.InRange(MinWeightFractionLeaf, 0, 0.5, nameof(MinWeightFractionLeaf));
        OptionCheck.NonNegative(MinImpurityDecrease, nameof(MinImpurityDecrease));
        MaxFeatures?.Validate(nameof(MaxFeatures));
        ClassWeights?.Validate(nameof(ClassWeights));
        if (Criterion is { } c && !Enum.IsDefined(c)) throw new ArgumentOutOfRangeException(nameof(Criterion), c, $"{nameof(Criterion)} is not a known criterion");
    }
}
