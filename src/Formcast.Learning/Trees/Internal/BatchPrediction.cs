namespace Formcast.Learning.Trees.Internal;

/// <summary>Predicts many rows in parallel; each row is independent, so the result does not depend on threads.</summary>
internal static class BatchPrediction
{
    /// <summary>Rows per work item: large enough to amortise scheduling, small enough to balance two to 64 cores.</summary>
    private const int Chunk = 256;

    public delegate void RowPredictor(ReadOnlySpan<double> features, Span<double> destination);

    /// <summary>The last column of a row-major <paramref name="rows"/> × <paramref name="width"/> table (the positive
    /// class's probability).</summary>
    public static double[] LastColumn(double[] table, int rows, int width)
    {
        var result = new double[rows];
        for (var r = 0; r < rows; r++) result[r] = table[(r * width) + width - 1];
        return result;
    }

    public static double[] Run(Matrix features, int featureCount, int width, RowPredictor predict)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Columns != featureCount)
            throw new ArgumentException($"the matrix has {features.Columns} features; the model was fitted on {featureCount}", nameof(features));
        var result = new double[features.Rows * width];
        var chunks = (features.Rows + Chunk - 1) / Chunk;
        Parallel.For(0, chunks, c =>
        {
            var end = Math.Min(features.Rows, (c + 1) * Chunk);
            for (var r = c * Chunk; r < end; r++) predict(features.Row(r), result.AsSpan(r * width, width));
        });
        return result;
    }
}
