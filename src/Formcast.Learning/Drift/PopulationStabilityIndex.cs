using Formcast.Learning.Evaluation.Internal;

namespace Formcast.Learning.Drift;

/// <summary>
/// Population-stability index PSI = Σᵢ (aᵢ − eᵢ)·ln(aᵢ / eᵢ) between the share eᵢ of reference (training) values and
/// the share aᵢ of current values in each bin — a symmetrised Kullback–Leibler divergence. Bins are cut at the
/// reference's deciles by default (NumPy linear quantiles; tied edges merged, so discrete features get fewer bins),
/// right-closed, with open outer bins so current values outside the reference range still count; missing (NaN) values
/// get their own bin when either side has any. A bin's share is floored at <see cref="MinimumShare"/> so an empty bin
/// contributes a large but finite term.
/// <para>
/// Bands: below 0.1 stable, 0.1 to 0.25 moderate shift, 0.25 and above significant shift — the rule of thumb of
/// credit-scoring practice (Siddiqi 2006, <i>Credit Risk Scorecards</i>, Wiley, ch. 8), whose statistical basis
/// (PSI is approximately χ² distributed under no shift, so the thresholds correspond to sample-size-dependent
/// significance levels) is worked out by Yurdakul 2018 (<i>Statistical Properties of Population Stability Index</i>,
/// PhD dissertation, Western Michigan University).
/// </para>
/// </summary>
public static class PopulationStabilityIndex
{
    public const double ModerateThreshold = 0.1;
    public const double SignificantThreshold = 0.25;

    /// <summary>Floor on a bin's share, so an empty bin does not make the index infinite.</summary>
    public const double MinimumShare = 1e-4;

    /// <summary>PSI of <paramref name="actual"/> against <paramref name="expected"/> with quantile bins of the reference.</summary>
    public static PopulationStabilityResult Compute(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, int bins = 10)
    {
        if (bins < 2) throw new ArgumentOutOfRangeException(nameof(bins), bins, "bins must be at least 2");
        return ComputeWithEdges(expected, actual, QuantileEdges(expected, bins));
    }

    /// <summary>The interior bin edges PSI uses for <paramref name="reference"/>: its quantiles at i/bins, deduplicated.</summary>
    public static double[] QuantileEdges(ReadOnlySpan<double> reference, int bins = 10)
    {
        var present = new List<double>(reference.Length);
        foreach (var v in reference)
        {
            if (!double.IsNaN(v)) present.Add(v);
        }

        if (present.Count == 0) throw new ArgumentException("the reference has no values", nameof(reference));
        var sorted = present.Order().ToArray();
        var edges = new SortedSet<double>();
        for (var i = 1; i < bins; i++) edges.Add(SampleQuantile.Linear(sorted, (double)i / bins));
        return [.. edges];
    }

    /// <summary>PSI with given interior edges (ascending); bins are (−∞, e₁], (e₁, e₂], …, (eₖ, ∞).</summary>
    public static PopulationStabilityResult ComputeWithEdges(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, IReadOnlyList<double> edges)
    {
        ArgumentNullException.ThrowIfNull(edges);
        if (expected.IsEmpty || actual.IsEmpty) throw new ArgumentException("both samples need values");
        for (var i = 1; i < edges.Count; i++)
        {
            if (!(edges[i] > edges[i - 1])) throw new ArgumentException("edges must be strictly increasing", nameof(edges));
        }

        var e = Counts(expected, edges);
        var a = Counts(actual, edges);
        var withMissing = e[^1] > 0 || a[^1] > 0;
        var binCount = edges.Count + 1 + (withMissing ? 1 : 0);
        var table = new List<PsiBin>(binCount);
        double psi = 0;
        for (var i = 0; i < binCount; i++)
        {
            var es = Math.Max(e[i] / expected.Length, MinimumShare);
            var @as = Math.Max(a[i] / actual.Length, MinimumShare);
            var term = (@as - es) * Math.Log(@as / es);
            psi += term;
            var missing = i == edges.Count + 1;
            var lower = missing ? double.NaN : i == 0 ? double.NegativeInfinity : edges[i - 1];
            var upper = missing ? double.NaN : i == edges.Count ? double.PositiveInfinity : edges[i];
            table.Add(new PsiBin(lower, upper, e[i] / expected.Length, a[i] / actual.Length, term));
        }

        return new PopulationStabilityResult(psi, Classify(psi), table);
    }

    /// <summary>PSI from bin shares that already sum to 1 on each side (floored at <see cref="MinimumShare"/>).</summary>
    public static double FromShares(ReadOnlySpan<double> expectedShares, ReadOnlySpan<double> actualShares)
    {
        if (expectedShares.Length != actualShares.Length) throw new ArgumentException("both sides need the same bins", nameof(actualShares));
        double psi = 0;
        for (var i = 0; i < expectedShares.Length; i++)
        {
            var es = Math.Max(expectedShares[i], MinimumShare);
            var @as = Math.Max(actualShares[i], MinimumShare);
            psi += (@as - es) * Math.Log(@as / es);
        }

        return psi;
    }

    public static DriftBand Classify(double psi) =>
        psi >= SignificantThreshold ? DriftBand.Significant : psi >= ModerateThreshold ? DriftBand.Moderate : DriftBand.Stable;

    /// <summary>Counts per bin; the last slot counts NaN values.</summary>
    private static double[] Counts(ReadOnlySpan<double> values, IReadOnlyList<double> edges)
    {
        var counts = new double[edges.Count + 2];
        foreach (var v in values)
        {
            if (double.IsNaN(v))
            {
                counts[^1]++;
                continue;
            }

            var bin = 0;
            var lo = 0;
            var hi = edges.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (edges[mid] < v) lo = mid + 1;
                else hi = mid;
            }

            bin = lo;
            counts[bin]++;
        }

        return counts;
    }
}
