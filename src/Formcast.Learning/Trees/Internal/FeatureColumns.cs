namespace Formcast.Learning.Trees.Internal;

/// <summary>
/// The feature matrix as float32 columns (column-major), the precision scikit-learn's trees split on. A split
/// search reads one column for the rows of one node, so columns keep those reads sequential per feature.
/// </summary>
internal sealed class FeatureColumns
{
    private FeatureColumns(float[] values, int rows, int columns)
    {
        Values = values;
        Rows = rows;
        Columns = columns;
    }

    public float[] Values { get; }

    public int Rows { get; }

    public int Columns { get; }

    public ReadOnlySpan<float> Column(int column) => Values.AsSpan(column * Rows, Rows);

    /// <summary>Converts <paramref name="features"/>; with <paramref name="rejectMissing"/> a NaN anywhere throws,
    /// naming its row and column.</summary>
    public static FeatureColumns From(Matrix features, bool rejectMissing)
    {
        ArgumentNullException.ThrowIfNull(features);
        var rows = features.Rows;
        var columns = features.Columns;
        var values = new float[checked(rows * columns)];
        var data = features.Data;
        for (var r = 0; r < rows; r++)
        {
            var offset = r * columns;
            for (var c = 0; c < columns; c++)
            {
                var v = data[offset + c];
                if (rejectMissing && double.IsNaN(v))
                    throw new ArgumentException($"feature {c} of row {r} is missing (NaN); CART trees need complete rows", nameof(features));
                values[(c * rows) + r] = (float)v;
            }
        }

        return new FeatureColumns(values, rows, columns);
    }
}
