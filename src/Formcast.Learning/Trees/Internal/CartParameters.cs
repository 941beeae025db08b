namespace Formcast.Learning.Trees.Internal;

/// <summary>Resolved growth limits of one CART tree (scikit-learn's meaning for every field).</summary>
internal readonly record struct CartParameters(
    int MaxDepth,
    int MinSamplesSplit,
    int MinSamplesLeaf,
    double MinWeightLeaf,
    double MinImpurityDecrease,
    int MaxFeatures)
{
    /// <summary>Resolves <paramref name="options"/> for a training set of the given shape, as scikit-learn's
    /// <c>BaseDecisionTree.fit</c> does (e.g. min_samples_split is raised to 2 × min_samples_leaf).</summary>
    public static CartParameters From(TreeGrowthOptions options, int featureCount, double totalWeight, MaxFeatures defaultMaxFeatures) => new(
        options.MaxDepth ?? int.MaxValue,
        Math.Max(options.MinSamplesSplit, 2 * options.MinSamplesLeaf),
        options.MinSamplesLeaf,
        options.MinWeightFractionLeaf * totalWeight,
        options.MinImpurityDecrease,
        (options.MaxFeatures ?? defaultMaxFeatures).Resolve(featureCount));
}
