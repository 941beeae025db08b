using System.Runtime.CompilerServices;

namespace Formcast.Learning.Boosting.Internal;

/// <summary>
/// Training rows as bin indices (one byte per feature: at most 255 bins, the value equal to a feature's bin count
/// marks a missing value), kept twice: row-major for histogram building, which walks a node's rows and reads each
/// row's features contiguously (XGBoost's layout for dense data), and column-major for partitioning.
/// </summary>
internal sealed class BinnedMatrix
{
    private BinnedMatrix(byte[] bins, byte[] columnBins, int rows, int columns, bool hasMissing)
    {
        Bins = bins;
        ColumnBins = columnBins;
        Rows = rows;
        Columns = columns;
        HasMissing = hasMissing;
    }

    public byte[] Bins { get; }

    /// <summary>The same bins column-major: partitioning a node reads one feature for its rows, in ascending row
    /// order, which this layout turns into a forward scan.</summary>
    public byte[] ColumnBins { get; }

    public ReadOnlySpan<byte> Column(int column) => ColumnBins.AsSpan(column * Rows, Rows);

    public int Rows { get; }

    public int Columns { get; }

    public bool HasMissing { get; }

    public ReadOnlySpan<byte> Row(int row) => Bins.AsSpan(row * Columns, Columns);

    /// <summary>Bins rows [start, end) into both layouts; returns how many values were missing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int BinBlock(Matrix features, HistogramCuts cuts, byte[] bins, byte[] columnBins, int start, int end)
    {
        var rows = features.Rows;
        var columns = features.Columns;
        var missing = 0;
        for (var r = start; r < end; r++)
        {
            var source = features.Row(r);
            var target = bins.AsSpan(r * columns, columns);
            for (var f = 0; f < columns; f++)
            {
                var v = (float)source[f];
                if (float.IsNaN(v)) missing++;
                target[f] = columnBins[(f * rows) + r] = (byte)cuts.Bin(f, v);
            }
        }

        return missing;
    }

    public static BinnedMatrix Build(Matrix features, HistogramCuts cuts, ParallelOptions parallel)
    {
        var rows = features.Rows;
        var columns = features.Columns;
        var bins = new byte[checked(rows * columns)];
        var columnBins = new byte[bins.Length];
        var missing = 0;
        Parallel.For(0, (rows + 4095) / 4096, parallel, block =>
        {
            var found = BinBlock(features, cuts, bins, columnBins, block * 4096, Math.Min(rows, (block + 1) * 4096));
            if (found > 0) Interlocked.Add(ref missing, found);
        });
        return new BinnedMatrix(bins, columnBins, rows, columns, missing > 0);
    }
}
