namespace Formcast.Learning.Trees.Internal;

/// <summary>Grows classification and regression CART trees over prepared columns (shared by trees and forests).</summary>
internal static class Cart
{
    /// <summary>A classification tree whose node values are class probabilities (weighted class proportions).</summary>
    public static Tree GrowClassifier(FeatureColumns x, int[] classIndex, int classCount, double[]? weights,
        TreeGrowthOptions options, MaxFeatures defaultMaxFeatures, Func<int, int> drawBelow)
    {
        var criterion = options.Criterion ?? SplitCriterion.Gini;
        var parameters = CartParameters.From(options, x.Columns, TotalWeight(weights, x.Rows), defaultMaxFeatures);
        var state = new ClassificationCriterion(classIndex, classCount, weights, criterion == SplitCriterion.Entropy);
        var tree = new CartBuilder<ClassificationCriterion>(x, weights, state, classCount, parameters, drawBelow).Build();
        NormalizeToProbabilities(tree);
        return tree;
    }

    /// <summary>A regression tree whose node values are weighted target means.</summary>
    public static Tree GrowRegressor(FeatureColumns x, double[] target, double[]? weights, TreeGrowthOptions options,
        MaxFeatures defaultMaxFeatures, Func<int, int> drawBelow)
    {
        var parameters = CartParameters.From(options, x.Columns, TotalWeight(weights, x.Rows), defaultMaxFeatures);
        var state = new SquaredErrorCriterion(target, weights);
        return new CartBuilder<SquaredErrorCriterion>(x, weights, state, 1, parameters, drawBelow).Build();
    }

    /// <summary>Throws naming the option when a classifier is given a regression criterion or the reverse.</summary>
    public static void CheckCriterion(TreeGrowthOptions options, bool classification)
    {
        if (options.Criterion is not { } c) return;
        var ok = classification ? c is SplitCriterion.Gini or SplitCriterion.Entropy : c == SplitCriterion.SquaredError;
        var option = nameof(options.Criterion);
        if (!ok)
            throw new ArgumentOutOfRangeException(option, c,
                classification ? "a classification tree splits on Gini or Entropy" : "a regression tree splits on SquaredError");
    }

    private static double TotalWeight(double[]? weights, int rows)
    {
        if (weights is null) return rows;
        var total = 0.0;
        foreach (var w in weights) total += w;
        return total;
    }

    private static void NormalizeToProbabilities(Tree tree)
    {
        var width = tree.ValueWidth;
        var values = tree.Values;
        for (var node = 0; node < tree.NodeCount; node++)
        {
            var row = values.AsSpan(node * width, width);
            var sum = 0.0;
            foreach (var v in row) sum += v;
            if (sum == 0) sum = 1;
            for (var c = 0; c < width; c++) row[c] /= sum;
        }
    }
}
