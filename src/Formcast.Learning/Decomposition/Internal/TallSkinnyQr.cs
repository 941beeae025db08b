namespace Formcast.Learning.Decomposition.Internal;

/// <summary>
/// The triangular factor R of a tall m×n matrix (m ≥ n) by TSQR (Demmel, Grigori, Hoemmen &amp; Langou,
/// "Communication-optimal parallel and sequential QR and LU factorizations", SIAM J. Sci. Comput. 34:A206, 2012):
/// Householder QR of fixed row blocks small enough to stay in cache, in parallel, then one QR of the stacked block
/// factors. R is the same matrix (up to the sign of each row) as a single Householder QR would give, and Q is never
/// formed. Blocks are fixed by the row count, so the result does not depend on the number of threads.
/// </summary>
internal static class TallSkinnyQr
{
    /// <summary>Fills columns[j][0 … end − start) with column j of rows [start, end).</summary>
    public delegate void BlockFiller(int start, int end, double[][] columns);

    /// <summary>R (n columns of length n, upper triangular) of the <paramref name="rows"/>×<paramref name="columns"/>
    /// matrix produced block by block by <paramref name="fill"/>.</summary>
    public static double[][] R(int rows, int columns, BlockFiller fill, ParallelOptions parallel)
    {
        if (rows < columns) throw new ArgumentException($"TSQR needs rows ≥ columns, got {rows}×{columns}", nameof(rows));

        // Leaf blocks of at least 2n rows (so each is tall) and about 256 KB of doubles; the last absorbs the remainder.
        var blockRows = Math.Max(2 * columns, Math.Max(64, 32_768 / Math.Max(1, columns)));
        var blocks = Math.Max(1, rows / blockRows);
        if (blocks == 1) return Leaf(0, rows, columns, fill);

        var leaves = new double[blocks][][];
        Parallel.For(0, blocks, parallel, b =>
        {
            var start = b * blockRows;
            var end = b == blocks - 1 ? rows : start + blockRows;
            leaves[b] = Leaf(start, end, columns, fill);
        });

        var stacked = new double[columns][];
        for (var j = 0; j < columns; j++)
        {
            stacked[j] = new double[blocks * columns];
            for (var b = 0; b < blocks; b++) leaves[b][j].CopyTo(stacked[j], b * columns);
        }

        return new HouseholderQr(stacked, blocks * columns).R();
    }

    private static double[][] Leaf(int start, int end, int columns, BlockFiller fill)
    {
        var block = new double[columns][];
        for (var j = 0; j < columns; j++) block[j] = new double[end - start];
        fill(start, end, block);
        return new HouseholderQr(block, end - start).R();
    }
}
