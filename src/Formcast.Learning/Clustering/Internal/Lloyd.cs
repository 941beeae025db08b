using System.Numerics.Tensors;
using Formcast.Learning.Linear.Internal;

namespace Formcast.Learning.Clustering.Internal;

/// <summary>
/// Lloyd's algorithm as scikit-learn runs it (<c>_kmeans_single_lloyd</c>, 1.2): each iteration assigns every row to
/// the centre minimising ‖c‖² − 2x·c (first minimum wins), moves centres to the weighted means, gives an empty
/// cluster the row farthest from its own centre, and stops when no label changed ("strict convergence") or when
/// Σ‖Δcentre‖² ≤ tol. Without strict convergence, rows are assigned once more to the final centres. Assignment runs
/// over fixed row blocks in parallel; block sums are added in block order, so results do not depend on threads.
/// </summary>
internal static class Lloyd
{
    public static (double[] Centres, int[] Labels, double Inertia, int Iterations) Run(Matrix x, double[] weights, double[] initialCentres,
        int k, int maxIterations, double tolerance, ParallelOptions parallel)
    {
        var p = x.Columns;
        var n = x.Rows;
        var centres = (double[])initialCentres.Clone();
        var next = new double[k * p];
        var labels = new int[n];
        var previous = new int[n];
        Array.Fill(previous, -1);
        var clusterWeights = new double[k];
        var strict = false;
        var iteration = 0;
        while (iteration < maxIterations)
        {
            Assign(x, weights, centres, k, labels, next, clusterWeights, parallel);
            RelocateEmpty(x, weights, centres, labels, next, clusterWeights, k);
            var shift = 0.0;
            for (var j = 0; j < k; j++)
            {
                var mean = next.AsSpan(j * p, p);
                if (clusterWeights[j] > 0) TensorPrimitives.Divide(mean, clusterWeights[j], mean);
                var d = TensorPrimitives.Distance(mean, centres.AsSpan(j * p, p));
                shift += d * d;
            }

            (centres, next) = (next, centres);
            iteration++;
            if (labels.AsSpan().SequenceEqual(previous))
            {
                strict = true;
                break;
            }

            if (shift <= tolerance) break;
            labels.CopyTo(previous, 0);
        }

        if (!strict) Assign(x, weights, centres, k, labels, null, null, parallel);
        var inertia = 0.0;
        for (var i = 0; i < n; i++)
        {
            var d = TensorPrimitives.Distance(x.Row(i), centres.AsSpan(labels[i] * p, p));
            inertia += weights[i] * d * d;
        }

        return (centres, labels, inertia, iteration);
    }

    /// <summary>Nearest centre per row; with <paramref name="sums"/>, also the weighted sums and weights per cluster.</summary>
    public static void Assign(Matrix x, double[] weights, double[] centres, int k, int[] labels, double[]? sums, double[]? clusterWeights, ParallelOptions parallel)
    {
        var p = x.Columns;
        var norms = new double[k];
        for (var j = 0; j < k; j++) norms[j] = TensorPrimitives.Dot(centres.AsSpan(j * p, p), centres.AsSpan(j * p, p));
        var width = sums is null ? 0 : (k * p) + k;
        var totals = new double[width];
        RowChunks.Sum(x.Rows, width, parallel, (start, end, partial) =>
        {
            for (var i = start; i < end; i++)
            {
                var row = x.Row(i);
                var best = 0;
                var bestValue = double.PositiveInfinity;
                for (var j = 0; j < k; j++)
                {
                    var value = norms[j] - (2 * TensorPrimitives.Dot(row, centres.AsSpan(j * p, p)));
                    if (value < bestValue)
                    {
                        bestValue = value;
                        best = j;
                    }
                }

                labels[i] = best;
                if (partial.Length == 0) continue;
                TensorPrimitives.MultiplyAdd(row, weights[i], partial.AsSpan(best * p, p), partial.AsSpan(best * p, p));
                partial[(k * p) + best] += weights[i];
            }
        }, totals);
        if (sums is null) return;
        totals.AsSpan(0, k * p).CopyTo(sums);
        totals.AsSpan(k * p, k).CopyTo(clusterWeights);
    }

    /// <summary>scikit-learn's <c>_relocate_empty_clusters_dense</c>: the rows farthest from their (old) centres
    /// become the centres of the empty clusters, in order of decreasing distance.</summary>
    private static void RelocateEmpty(Matrix x, double[] weights, double[] oldCentres, int[] labels, double[] sums, double[] clusterWeights, int k)
    {
        var empty = Enumerable.Range(0, k).Where(j => clusterWeights[j] == 0).ToArray();
        if (empty.Length == 0) return;
        var p = x.Columns;
        var distances = new double[x.Rows];
        for (var i = 0; i < x.Rows; i++)
        {
            var d = TensorPrimitives.Distance(x.Row(i), oldCentres.AsSpan(labels[i] * p, p));
            distances[i] = d * d;
        }

        var farthest = Enumerable.Range(0, x.Rows).OrderByDescending(i => distances[i]).Take(empty.Length).ToArray();
        for (var e = 0; e < empty.Length && e < farthest.Length; e++)
        {
            var row = farthest[e];
            var weight = weights[row];
            var from = labels[row];
            TensorPrimitives.MultiplyAdd(x.Row(row), -weight, sums.AsSpan(from * p, p), sums.AsSpan(from * p, p));
            TensorPrimitives.Multiply(x.Row(row), weight, sums.AsSpan(empty[e] * p, p));
            clusterWeights[empty[e]] = weight;
            clusterWeights[from] -= weight;
        }
    }
}
