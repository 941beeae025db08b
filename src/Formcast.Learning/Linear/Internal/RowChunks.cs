namespace Formcast.Learning.Linear.Internal;

/// <summary>
/// Sums per-row contributions over fixed blocks of rows, optionally in parallel. Blocks are fixed by the row count
/// (never by the thread count) and partial sums are added in block order, so a result does not depend on how many
/// threads ran.
/// </summary>
internal static class RowChunks
{
    /// <summary>Rows per block; large enough that a block's work dwarfs the scheduling cost.</summary>
    public const int Size = 2048;

    /// <summary>Calls <paramref name="body"/>(start, end, partial) for every block and writes the sum of the partial
    /// vectors (each <paramref name="width"/> long, zero-initialised) into <paramref name="result"/>.</summary>
    public static void Sum(int rows, int width, ParallelOptions parallel, Action<int, int, double[]> body, Span<double> result)
    {
        var blocks = Math.Max(1, (rows + Size - 1) / Size);
        if (blocks == 1 || parallel.MaxDegreeOfParallelism == 1)
        {
            result.Clear();
            var partial = new double[width];
            for (var b = 0; b < blocks; b++)
            {
                Array.Clear(partial);
                body(b * Size, Math.Min(rows, (b + 1) * Size), partial);
                Add(partial, result);
            }

            return;
        }

        var partials = new double[blocks][];
        Parallel.For(0, blocks, parallel, b =>
        {
            partials[b] = new double[width];
            body(b * Size, Math.Min(rows, (b + 1) * Size), partials[b]);
        });
        result.Clear();
        foreach (var partial in partials) Add(partial, result);
    }

    /// <summary>Runs <paramref name="body"/>(start, end) over all blocks, in parallel when there is more than one.</summary>
    public static void For(int rows, ParallelOptions parallel, Action<int, int> body)
    {
        var blocks = Math.Max(1, (rows + Size - 1) / Size);
        if (blocks == 1 || parallel.MaxDegreeOfParallelism == 1)
        {
            body(0, rows);
            return;
        }

        Parallel.For(0, blocks, parallel, b => body(b * Size, Math.Min(rows, (b + 1) * Size)));
    }

    /// <summary>One value per row of <paramref name="features"/> from <paramref name="valueOfRow"/>(row index), rows spread
    /// over up to <paramref name="maxDegreeOfParallelism"/> threads (0 = all cores) in blocks of 32: meant for
    /// per-row work that is heavy (a kernel expansion over all support vectors), so small blocks balance well.</summary>
    public static double[] Map(Matrix features, int maxDegreeOfParallelism, Func<int, double> valueOfRow)
    {
        ArgumentNullException.ThrowIfNull(features);
        const int Block = 32;
        var result = new double[features.Rows];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount };
        var blocks = (features.Rows + Block - 1) / Block;
        Parallel.For(0, blocks, parallel, b =>
        {
            var end = Math.Min(features.Rows, (b + 1) * Block);
            for (var r = b * Block; r < end; r++) result[r] = valueOfRow(r);
        });
        return result;
    }

    private static void Add(double[] partial, Span<double> result)
    {
        for (var k = 0; k < partial.Length; k++) result[k] += partial[k];
    }
}
