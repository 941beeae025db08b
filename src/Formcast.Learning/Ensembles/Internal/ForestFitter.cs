using Formcast.Learning.Trees.Internal;

namespace Formcast.Learning.Ensembles.Internal;

/// <summary>
/// Bootstrap aggregation over CART trees, scikit-learn's way: a bootstrap sample is expressed as integer row
/// weights (how often each row was drawn), so min_samples_leaf counts distinct rows as in scikit-learn
/// (<c>sklearn/ensemble/_forest.py</c>, <c>_parallel_build_trees</c>). Trees are fitted in parallel, each from
/// <c>root.Fork(t)</c>; results land in tree order, so the forest does not depend on the thread count.
/// </summary>
internal static class ForestFitter
{
    public static ForestFit Fit(RandomForestOptions options, int rows, double[]? baseWeights, Func<double[]?, Func<int, int>, Tree> grow)
    {
        var trees = new Tree[options.TreeCount];
        var inBag = options.Bootstrap ? new ulong[options.TreeCount][] : null;
        var sampleSize = options.MaxSamplesFraction is { } f ? Math.Max(1, (int)Math.Round(f * rows)) : rows;
        var root = new Rng(options.Seed);
        Parallel.For(0, options.TreeCount, options.ParallelOptions(), t =>
        {
            var rng = root.Fork((ulong)t);
            double[]? weights = baseWeights;
            if (options.Bootstrap)
            {
                var counts = new int[rows];
                for (var i = 0; i < sampleSize; i++) counts[rng.NextInt(rows)]++;
                weights = new double[rows];
                var bag = new ulong[(rows + 63) / 64];
                for (var i = 0; i < rows; i++)
                {
                    weights[i] = counts[i] * (baseWeights is null ? 1.0 : baseWeights[i]);
                    if (counts[i] > 0) bag[i >> 6] |= 1UL << (i & 63);
                }

                inBag![t] = bag;
            }

            trees[t] = grow(weights, rng.NextInt);
        });
        return new ForestFit(trees, inBag);
    }

    public static bool IsInBag(ulong[] bag, int row) => (bag[row >> 6] & (1UL << (row & 63))) != 0;

    /// <summary>
    /// Sums, for every training row, the values of the trees that did not see it (in tree order, rows in parallel),
    /// and counts those trees. Rows every tree saw get a count of zero.
    /// </summary>
    public static (double[] Sums, int[] Counts) OutOfBag(ForestFit fit, Matrix features, int width, ParallelOptions parallel)
    {
        var rows = features.Rows;
        var sums = new double[rows * width];
        var counts = new int[rows];
        var bags = fit.InBag ?? throw new InvalidOperationException("out-of-bag estimates need bootstrap samples");
        Parallel.For(0, rows, parallel, r =>
        {
            var x = features.Row(r);
            var sum = sums.AsSpan(r * width, width);
            for (var t = 0; t < fit.Trees.Length; t++)
            {
                if (IsInBag(bags[t], r)) continue;
                var tree = fit.Trees[t];
                var leaf = tree.Value(tree.FindLeaf(x));
                for (var k = 0; k < width; k++) sum[k] += leaf[k];
                counts[r]++;
            }
        });
        return (sums, counts);
    }

    /// <summary>Averages the trees' values for one row: Σ_t value_t / T (scikit-learn's forest averaging).</summary>
    public static void Average(Tree[] trees, ReadOnlySpan<double> x, Span<double> destination)
    {
        destination.Clear();
        var width = destination.Length;
        foreach (var tree in trees)
        {
            var leaf = tree.Values.AsSpan(tree.FindLeaf(x) * width, width);
            for (var k = 0; k < width; k++) destination[k] += leaf[k];
        }

        for (var k = 0; k < width; k++) destination[k] /= trees.Length;
    }

    public static void WriteTrees(ModelWriter writer, Tree[] trees)
    {
        writer.WriteInt32(trees.Length);
        foreach (var tree in trees) tree.Write(writer);
    }

    public static Tree[] ReadTrees(ModelReader reader, int featureCount, int width)
    {
        var count = reader.ReadInt32("tree-count", 1, 1_000_000);
        var trees = new Tree[count];
        for (var t = 0; t < count; t++) trees[t] = Tree.Read(reader, featureCount, width, $"tree[{t}]");
        return trees;
    }
}
