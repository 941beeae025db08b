using System.Runtime.CompilerServices;

namespace Formcast.Learning.Trees.Internal;

/// <summary>Predicts many rows in parallel; each row is independent, so the result does not depend on threads.</summary>
internal static class BatchPrediction
{
    /// <summary>Bounds of the rows per work item (see <see cref="TreeSums"/>).</summary>
    private const int MinChunk = 256;

    private const int MaxChunk = 16384;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SumBlock(Tree[] trees, int[]? treeOutput, int width, Matrix features, double[] result, int start, int end)
    {
        for (var t = 0; t < trees.Length; t++)
        {
            var tree = trees[t];
            var values = tree.Values;
            if (treeOutput is null)
            {
                for (var r = start; r < end; r++)
                {
                    var leaf = tree.FindLeaf(features.Row(r)) * width;
                    var target = result.AsSpan(r * width, width);
                    for (var k = 0; k < width; k++) target[k] += values[leaf + k];
                }
            }
            else
            {
                var k = treeOutput[t];
                for (var r = start; r < end; r++) result[(r * width) + k] += values[tree.FindLeaf(features.Row(r))];
            }
        }
    }

    /// <summary>The last column of a row-major <paramref name="rows"/> × <paramref name="width"/> table (the positive
    /// class's probability).</summary>
    public static double[] LastColumn(double[] table, int rows, int width)
    {
        var result = new double[rows];
        for (var r = 0; r < rows; r++) result[r] = table[(r * width) + width - 1];
        return result;
    }

    /// <summary>
    /// Per row, <paramref name="initial"/> plus every tree's leaf values, added in tree order (so the sums equal the
    /// single-row path to the bit). Without <paramref name="treeOutput"/> each tree adds its whole value row; with it,
    /// tree t adds its single value to output <c>treeOutput[t]</c>. Blocks of rows run in parallel and, inside a
    /// block, one tree at a time visits all rows, so its nodes stay in cache instead of every row touching every
    /// tree.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double[] TreeSums(Tree[] trees, int[]? treeOutput, ReadOnlySpan<double> initial, Matrix features, int featureCount)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Columns != featureCount)
            throw new ArgumentException($"the matrix has {features.Columns} features; the model was fitted on {featureCount}", nameof(features));
        var width = initial.Length;
        var rows = features.Rows;
        var result = new double[rows * width];
        for (var r = 0; r < rows; r++) initial.CopyTo(result.AsSpan(r * width, width));
        // About one block per core: each block walks every tree over all its rows, so the fewer the blocks the less
        // often a deep tree is pulled through the cache again (measured on 20,000 × 30 rows and 30 forest trees:
        // 256-row blocks 0.26 s CPU, 8,192-row blocks 0.10 s). Blocking does not change any row's sum.
        var chunk = Math.Clamp((rows + Environment.ProcessorCount - 1) / Environment.ProcessorCount, MinChunk, MaxChunk);
        var chunks = (rows + chunk - 1) / chunk;
        Parallel.For(0, chunks, c => SumBlock(trees, treeOutput, width, features, result, c * chunk, Math.Min(rows, (c + 1) * chunk)));
        return result;
    }

}
