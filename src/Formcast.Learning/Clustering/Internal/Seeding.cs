using System.Numerics.Tensors;
using Formcast.Learning.Linear.Internal;

namespace Formcast.Learning.Clustering.Internal;

/// <summary>Starting centres for k-means.</summary>
internal static class Seeding
{
    /// <summary>
    /// k-means++ (Arthur &amp; Vassilvitskii, "k-means++: the advantages of careful seeding", SODA 2007): the first
    /// centre is a row drawn with probability ∝ weight, each further centre a row drawn with probability ∝ weight × D²
    /// (squared distance to the nearest chosen centre). Greedy variant of scikit-learn: draw 2 + ⌊ln k⌋ candidates and
    /// keep the one that lowers the potential Σ weight·D² most.
    /// </summary>
    public static double[] PlusPlus(Matrix x, double[] weights, int k, Rng rng, ParallelOptions parallel)
    {
        var n = x.Rows;
        var p = x.Columns;
        var centres = new double[k * p];
        var trials = 2 + (int)Math.Log(k);
        var first = Draw(weights, weights.Sum() * rng.NextDouble());
        x.Row(first).CopyTo(centres.AsSpan(0, p));
        var closest = new double[n];
        var potential = Distances(x, x.Row(first), weights, closest, null, parallel);

        var candidateClosest = new double[n];
        var bestClosest = new double[n];
        var cumulative = new double[n];
        for (var c = 1; c < k; c++)
        {
            var running = 0.0;
            for (var i = 0; i < n; i++)
            {
                running += weights[i] * closest[i];
                cumulative[i] = running;
            }

            var bestPotential = double.PositiveInfinity;
            var bestCandidate = -1;
            for (var t = 0; t < trials; t++)
            {
                var candidate = SearchSorted(cumulative, rng.NextDouble() * potential);
                var candidatePotential = Distances(x, x.Row(candidate), weights, candidateClosest, closest, parallel);
                if (candidatePotential < bestPotential)
                {
                    bestPotential = candidatePotential;
                    bestCandidate = candidate;
                    candidateClosest.CopyTo(bestClosest, 0);
                }
            }

            x.Row(bestCandidate).CopyTo(centres.AsSpan(c * p, p));
            bestClosest.CopyTo(closest, 0);
            potential = bestPotential;
        }

        return centres;
    }

    /// <summary>k distinct rows chosen uniformly.</summary>
    public static double[] RandomRows(Matrix x, int k, Rng rng)
    {
        var p = x.Columns;
        var order = rng.Permutation(x.Rows);
        var centres = new double[k * p];
        for (var c = 0; c < k; c++) x.Row(order[c]).CopyTo(centres.AsSpan(c * p, p));
        return centres;
    }

    /// <summary>Squared distances to <paramref name="centre"/>, lowered to <paramref name="current"/> when given;
    /// returns Σ weight × result.</summary>
    private static double Distances(Matrix x, ReadOnlySpan<double> centre, double[] weights, double[] result, double[]? current, ParallelOptions parallel)
    {
        var c = centre.ToArray();
        var total = new double[1];
        RowChunks.Sum(x.Rows, 1, parallel, (start, end, partial) =>
        {
            for (var i = start; i < end; i++)
            {
                var d = TensorPrimitives.Distance(x.Row(i), c);
                var squared = d * d;
                if (current is not null && current[i] < squared) squared = current[i];
                result[i] = squared;
                partial[0] += weights[i] * squared;
            }
        }, total);
        return total[0];
    }

    /// <summary>The first index whose cumulative value exceeds <paramref name="value"/> (numpy's
    /// <c>searchsorted</c>, left side, clipped to the last row).</summary>
    private static int SearchSorted(double[] cumulative, double value)
    {
        var index = Array.BinarySearch(cumulative, value);
        if (index < 0) index = ~index;
        else
        {
            while (index > 0 && cumulative[index - 1] == value) index--;
        }

        return Math.Min(index, cumulative.Length - 1);
    }

    private static int Draw(double[] weights, double target)
    {
        var running = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            running += weights[i];
            if (running > target) return i;
        }

        return weights.Length - 1;
    }
}
