using Formcast.Signals.Internal;

namespace Formcast.Signals;

/// <summary>
/// K-nearest-neighbour imputation for records that are not a time series, e.g. a missing wellness answer filled
/// from the k most similar days of the same athlete. Reproduces scikit-learn's <c>KNNImputer</c>
/// (<c>metric="nan_euclidean"</c>): for each missing cell, the donors are the records that answered that column,
/// ranked by their nan-Euclidean distance to the receiving record over the columns both answered.
/// </summary>
/// <remarks>
/// Troyanskaya et al. 2001, "Missing value estimation methods for DNA microarrays", Bioinformatics 17:520;
/// distance as scikit-learn <c>nan_euclidean_distances</c> (Dixon 1979). Differences from scikit-learn, by design:
/// a column nobody answered stays NaN instead of being dropped, and equal distances are broken by the lower record
/// index (scikit-learn's <c>argpartition</c> leaves the order of ties unspecified).
/// A receiver that shares no answered column with any donor gets the column's mean, as in scikit-learn.
/// </remarks>
public static class KnnImputer
{
    /// <summary>
    /// nan-Euclidean distance √(n / m · Σ (a_j − b_j)²) over the m columns present in both records, of n; NaN when
    /// they share no present column.
    /// </summary>
    public static double NanEuclideanDistance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        Check.SameLength(a.Length, b.Length, nameof(b));
        double sum = 0;
        var shared = 0;
        for (var j = 0; j < a.Length; j++)
        {
            var d = a[j] - b[j];
            if (double.IsNaN(d)) continue;
            sum += d * d;
            shared++;
        }

        return shared == 0 ? double.NaN : Math.Sqrt(sum * a.Length / shared);
    }

    /// <summary>Fills every NaN cell of a row-major table from its nearest donor records.</summary>
    /// <param name="data">rows × <paramref name="columns"/> values, row-major; NaN = not answered.</param>
    /// <param name="columns">Number of columns (features).</param>
    /// <param name="options">Neighbour count, weighting, standardisation.</param>
    /// <param name="destination">The completed table, same shape; must not overlap <paramref name="data"/>.</param>
    /// <returns>Number of cells imputed.</returns>
    public static int Impute(ReadOnlySpan<double> data, int columns, KnnImputerOptions options, Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Check.Positive(columns, nameof(columns));
        if (data.Length % columns != 0)
            throw new ArgumentException($"data has {data.Length} values, not a whole number of rows of {columns} columns", nameof(data));
        Check.SameLength(data.Length, destination.Length, nameof(destination));
        Check.NoOverlap(data, destination, nameof(destination));

        var rows = data.Length / columns;
        data.CopyTo(destination);
        var columnMeans = new double[columns];
        var columnScales = new double[columns];
        var column = new double[rows];
        for (var c = 0; c < columns; c++)
        {
            for (var r = 0; r < rows; r++) column[r] = data[(r * columns) + c];
            var (count, mean, sumSquares) = TimeDomain.SquaredDeviations(column);
            columnMeans[c] = mean;
            var sd = count == 0 ? 0 : Math.Sqrt(sumSquares / count);
            columnScales[c] = sd > 0 ? sd : 1;
        }

        // Distances are measured on standardised values when asked; donors always give their original values.
        double[] measured = data.ToArray();
        if (options.Standardize)
        {
            for (var i = 0; i < measured.Length; i++)
                measured[i] = (measured[i] - columnMeans[i % columns]) / columnScales[i % columns];
        }

        var distance = new double[rows];
        var order = new int[rows];
        var imputed = 0;
        for (var r = 0; r < rows; r++)
        {
            var receiver = data.Slice(r * columns, columns);
            if (!HasMissing(receiver)) continue;

            var receiverMeasured = measured.AsSpan(r * columns, columns);
            for (var s = 0; s < rows; s++)
            {
                distance[s] = NanEuclideanDistance(receiverMeasured, measured.AsSpan(s * columns, columns));
                order[s] = s;
            }

            // Nearest first; NaN distances (nothing in common) last, as numpy sorts them; ties by record index.
            Array.Sort(order, (a, b) =>
            {
                var (da, db) = (distance[a], distance[b]);
                var byDistance = double.IsNaN(da) ? (double.IsNaN(db) ? 0 : 1) : double.IsNaN(db) ? -1 : da.CompareTo(db);
                return byDistance != 0 ? byDistance : a.CompareTo(b);
            });

            for (var c = 0; c < columns; c++)
            {
                if (!double.IsNaN(receiver[c]) || double.IsNaN(columnMeans[c])) continue;
                destination[(r * columns) + c] = DonorAverage(data, columns, c, order, distance, columnMeans[c], options);
                imputed++;
            }
        }

        return imputed;
    }

    /// <summary>Average of column <paramref name="c"/> over the k nearest records that answered it.</summary>
    private static double DonorAverage(
        ReadOnlySpan<double> data, int columns, int c, int[] order, double[] distance, double columnMean, KnnImputerOptions options)
    {
        double weightedSum = 0, weightTotal = 0, zeroDistanceSum = 0;
        int taken = 0, zeroDistanceCount = 0;
        var anyDefinedDistance = false;
        foreach (var s in order)
        {
            if (taken == options.NeighbourCount) break;
            var value = data[(s * columns) + c];
            if (double.IsNaN(value)) continue;
            taken++;
            var d = distance[s];
            anyDefinedDistance |= !double.IsNaN(d);
            if (options.Weighting == KnnWeighting.Uniform)
            {
                weightedSum += value;
                weightTotal += 1;
            }
            else if (d == 0)
            {
                zeroDistanceSum += value;
                zeroDistanceCount++;
            }
            else if (!double.IsNaN(d))
            {
                weightedSum += value / d;
                weightTotal += 1 / d;
            }
        }

        // Donors are ordered nearest first, so when the first donor's distance is undefined all of them are.
        if (!anyDefinedDistance) return columnMean;
        if (zeroDistanceCount > 0) return zeroDistanceSum / zeroDistanceCount;
        return weightedSum / weightTotal;
    }

    private static bool HasMissing(ReadOnlySpan<double> row)
    {
        foreach (var v in row)
        {
            if (double.IsNaN(v)) return true;
        }

        return false;
    }
}
