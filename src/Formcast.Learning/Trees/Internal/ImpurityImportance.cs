namespace Formcast.Learning.Trees.Internal;

/// <summary>
/// Mean decrease in impurity (Breiman 2001; scikit-learn's <c>Tree.compute_feature_importances</c>): each split adds
/// N_t·i(t) − N_left·i(left) − N_right·i(right) (weighted samples N, impurity i) to its feature; totals are divided by
/// the root's weight and normalised to sum to one.
/// </summary>
internal static class ImpurityImportance
{
    public static double[] Of(Tree tree, int featureCount)
    {
        var impurity = tree.Impurity ?? throw new InvalidOperationException("tree has no impurity statistics");
        var result = new double[featureCount];
        for (var i = 0; i < tree.NodeCount; i++)
        {
            if (tree.IsLeaf(i)) continue;
            int l = tree.Left[i], r = tree.Right[i];
            result[tree.Feature[i]] += (tree.Cover[i] * impurity[i]) - (tree.Cover[l] * impurity[l]) - (tree.Cover[r] * impurity[r]);
        }

        for (var f = 0; f < featureCount; f++) result[f] /= tree.Cover[0];
        Normalize(result);
        return result;
    }

    /// <summary>Averages the per-tree importances of trees that split at all, then normalises (scikit-learn's
    /// <c>BaseForest.feature_importances_</c>).</summary>
    public static double[] OfForest(IReadOnlyList<Tree> trees, int featureCount)
    {
        var result = new double[featureCount];
        var counted = 0;
        foreach (var tree in trees)
        {
            if (tree.NodeCount <= 1) continue;
            var single = Of(tree, featureCount);
            for (var f = 0; f < featureCount; f++) result[f] += single[f];
            counted++;
        }

        if (counted == 0) return result;
        for (var f = 0; f < featureCount; f++) result[f] /= counted;
        Normalize(result);
        return result;
    }

    private static void Normalize(double[] values)
    {
        var total = values.Sum();
        if (total > 0)
        {
            for (var f = 0; f < values.Length; f++) values[f] /= total;
        }
    }
}
