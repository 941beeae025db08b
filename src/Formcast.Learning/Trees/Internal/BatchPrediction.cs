using System.Runtime.CompilerServices;

namespace Formcast.Learning.Trees.Internal;

/// <summary>Predicts many rows in parallel; each row is independent, so the result does not depend on threads.</summary>
internal static class BatchPrediction
{
    /// <summary>Rows per work item: large enough to amortise scheduling, small enough to balance two to 64 cores.</summary>
    private const int Chunk = 256;

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
    /// block, one tree at a time visits all rows: its nodes stay in cache instead of every row touching every tree
    /// (measured on 20,000 rows of 30 features: 25–30 % less CPU than row by row for 30 deep forest trees and for
    /// 100 depth-6 boosted trees).
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
        var chunks = (rows + Chunk - 1) / Chunk;
        Parallel.For(0, chunks, c => SumBlock(trees, treeOutput, width, features, result, c * Chunk, Math.Min(rows, (c + 1) * Chunk)));
        return result;
    }

}
