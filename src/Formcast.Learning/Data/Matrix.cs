namespace Formcast.Learning;

/// <summary>
/// A dense row-major matrix of doubles: the feature matrix every learner takes. Rows are samples, columns are
/// features. Learners that gain from single precision or binned features (trees, boosting) convert internally.
/// </summary>
public sealed class Matrix
{
    public Matrix(int rows, int columns)
        : this(rows, columns, new double[checked(rows * columns)])
    {
    }

    /// <summary>Wraps <paramref name="data"/> (row-major, not copied).</summary>
    public Matrix(int rows, int columns, double[] data)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        ArgumentNullException.ThrowIfNull(data);
        if (data.Length != (long)rows * columns)
            throw new ArgumentException($"data has {data.Length} values for a {rows}×{columns} matrix", nameof(data));
        Rows = rows;
        Columns = columns;
        Data = data;
    }

    public int Rows { get; }

    public int Columns { get; }

    /// <summary>The values, row-major.</summary>
    public double[] Data { get; }

    public double this[int row, int column]
    {
        get => Data[(row * Columns) + column];
        set => Data[(row * Columns) + column] = value;
    }

    public Span<double> Row(int row) => Data.AsSpan(row * Columns, Columns);

    /// <summary>A copy of one column.</summary>
    public double[] Column(int column)
    {
        var result = new double[Rows];
        for (var r = 0; r < Rows; r++) result[r] = Data[(r * Columns) + column];
        return result;
    }

    /// <summary>A new matrix holding the given rows, in the given order (repeats allowed, as for bootstrap samples).</summary>
    public Matrix SelectRows(ReadOnlySpan<int> rows)
    {
        var result = new Matrix(rows.Length, Columns);
        for (var i = 0; i < rows.Length; i++) Row(rows[i]).CopyTo(result.Row(i));
        return result;
    }

    /// <summary>A new matrix holding the given columns, in the given order.</summary>
    public Matrix SelectColumns(ReadOnlySpan<int> columns)
    {
        var result = new Matrix(Rows, columns.Length);
        for (var r = 0; r < Rows; r++)
        {
            var source = Row(r);
            var target = result.Row(r);
            for (var j = 0; j < columns.Length; j++) target[j] = source[columns[j]];
        }

        return result;
    }

    public Matrix Clone() => new(Rows, Columns, (double[])Data.Clone());

    /// <summary>Builds a matrix from jagged rows of equal length.</summary>
    public static Matrix FromRows(IReadOnlyList<double[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var columns = rows.Count == 0 ? 0 : rows[0].Length;
        var result = new Matrix(rows.Count, columns);
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].Length != columns) throw new ArgumentException($"row {r} has {rows[r].Length} values, expected {columns}", nameof(rows));
            rows[r].CopyTo(result.Row(r));
        }

        return result;
    }
}
