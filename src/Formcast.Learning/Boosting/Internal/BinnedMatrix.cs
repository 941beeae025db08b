namespace Formcast.Learning.Boosting.Internal;

/// <summary>
/// Training rows as bin indices, row-major (one byte per feature: at most 255 bins, the value equal to a feature's bin
/// count marks a missing value). Histogram building walks a node's rows and reads each row's features contiguously,
/// XGBoost's layout for dense data.
/// </summary>
internal sealed class BinnedMatrix
{
    private BinnedMatrix(byte[] bins, int rows, int columns, bool hasMissing)
    {
        Bins = bins;
        Rows = rows;
        Columns = columns;
        HasMissing = hasMissing;
    }

    public byte[] Bins { get; }

    public int Rows { get; }

    public int Columns { get; }

    public bool HasMissing { get; }

    public ReadOnlySpan<byte> Row(int row) => Bins.AsSpan(row * Columns, Columns);

    public static BinnedMatrix Build(Matrix features, HistogramCuts cuts, ParallelOptions parallel)
    {
        var rows = features.Rows;
        var columns = features.Columns;
        var bins = new byte[checked(rows * columns)];
        var missing = 0;
        Parallel.For(0, (rows + 4095) / 4096, parallel, block =>
        {
            var end = Math.Min(rows, (block + 1) * 4096);
            var localMissing = 0;
            for (var r = block * 4096; r < end; r++)
            {
                var source = features.Row(r);
                var target = bins.AsSpan(r * columns, columns);
                for (var f = 0; f < columns; f++)
                {
                    var v = (float)source[f];
                    if (float.IsNaN(v)) localMissing++;
                    target[f] = (byte)cuts.Bin(f, v);
                }
            }

            if (localMissing > 0) Interlocked.Add(ref missing, localMissing);
        });
        return new BinnedMatrix(bins, rows, columns, missing > 0);
    }
}
