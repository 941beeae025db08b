namespace Formcast.Learning.Baselines.Internal;

/// <summary>
/// Brute-force Euclidean nearest neighbours over stored rows, optionally standardised. Ties in distance go to the
/// lower row index. Shared by the k-NN models and the distance-based out-of-distribution detector.
/// </summary>
internal sealed class NeighborIndex
{
    private readonly Matrix _rows;

    public NeighborIndex(Matrix rows, double[]? mean, double[]? scale)
    {
        _rows = rows;
        Mean = mean;
        Scale = scale;
    }

    /// <summary>Stored rows, already standardised when <see cref="Mean"/> is set.</summary>
    public Matrix Rows => _rows;

    public double[]? Mean { get; }

    public double[]? Scale { get; }

    /// <summary>Standardises <paramref name="rows"/> with their own column means and population standard deviations
    /// (a constant column keeps scale 1), returning the index over the scaled copy.</summary>
    public static NeighborIndex Build(Matrix rows, bool standardize)
    {
        if (!standardize) return new NeighborIndex(rows.Clone(), null, null);
        var mean = new double[rows.Columns];
        var scale = new double[rows.Columns];
        for (var c = 0; c < rows.Columns; c++)
        {
            var column = rows.Column(c);
            var m = column.Average();
            double sum = 0;
            foreach (var v in column) sum += (v - m) * (v - m);
            var sd = Math.Sqrt(sum / column.Length);
            mean[c] = m;
            scale[c] = sd > 0 ? sd : 1;
        }

        var scaled = rows.Clone();
        for (var r = 0; r < scaled.Rows; r++) Standardize(scaled.Row(r), mean, scale);
        return new NeighborIndex(scaled, mean, scale);
    }

    /// <summary>The <paramref name="indices"/>.Length nearest stored rows to <paramref name="query"/>, nearest first,
    /// skipping row <paramref name="exclude"/> (for leave-one-out scores).</summary>
    public void Nearest(ReadOnlySpan<double> query, Span<int> indices, Span<double> distances, int exclude = -1)
    {
        Span<double> q = query.Length <= 256 ? stackalloc double[query.Length] : new double[query.Length];
        query.CopyTo(q);
        if (Mean is not null) Standardize(q, Mean, Scale!);
        var k = indices.Length;
        var found = 0;
        for (var r = 0; r < _rows.Rows; r++)
        {
            if (r == exclude) continue;
            var row = _rows.Row(r);
            double d2 = 0;
            for (var c = 0; c < q.Length; c++)
            {
                var d = row[c] - q[c];
                d2 += d * d;
            }

            if (found == k && d2 >= distances[k - 1]) continue;
            var at = found < k ? found++ : k - 1;
            while (at > 0 && distances[at - 1] > d2)
            {
                distances[at] = distances[at - 1];
                indices[at] = indices[at - 1];
                at--;
            }

            distances[at] = d2;
            indices[at] = r;
        }

        if (found < k) throw new ArgumentException($"asked for {k} neighbours among {found} rows", nameof(indices));
        for (var i = 0; i < k; i++) distances[i] = Math.Sqrt(distances[i]);
    }

    /// <summary>Vote weights per neighbour for <paramref name="weighting"/>.</summary>
    public static void VoteWeights(NeighborWeighting weighting, ReadOnlySpan<double> distances, Span<double> weights)
    {
        if (weighting == NeighborWeighting.Uniform)
        {
            weights.Fill(1);
            return;
        }

        var anyZero = false;
        foreach (var d in distances) anyZero |= d == 0;
        for (var i = 0; i < distances.Length; i++) weights[i] = anyZero ? (distances[i] == 0 ? 1 : 0) : 1 / distances[i];
    }

    public void Write(ModelWriter writer)
    {
        writer.WriteInt32(_rows.Rows);
        writer.WriteInt32(_rows.Columns);
        writer.WriteDoubles(_rows.Data);
        writer.WriteBool(Mean is not null);
        if (Mean is null) return;
        writer.WriteDoubles(Mean);
        writer.WriteDoubles(Scale);
    }

    public static NeighborIndex Read(ModelReader reader, string field)
    {
        var rows = reader.ReadInt32(field + ".rows", 1, int.MaxValue);
        var columns = reader.ReadInt32(field + ".columns", 0, int.MaxValue);
        if ((long)rows * columns > ModelReader.MaxLength) throw reader.Error(field, $"{rows}×{columns} rows are too many");
        var data = reader.ReadDoubles(field + ".data", rows * columns);
        if (!reader.ReadBool(field + ".standardized")) return new NeighborIndex(new Matrix(rows, columns, data), null, null);
        var mean = reader.ReadDoubles(field + ".mean", columns);
        var scale = reader.ReadDoubles(field + ".scale", columns);
        if (scale.Any(s => s <= 0)) throw reader.Error(field + ".scale", "a feature scale is not positive");
        return new NeighborIndex(new Matrix(rows, columns, data), mean, scale);
    }

    private static void Standardize(Span<double> row, double[] mean, double[] scale)
    {
        for (var c = 0; c < row.Length; c++) row[c] = (row[c] - mean[c]) / scale[c];
    }
}
