using System.Runtime.CompilerServices;

namespace Formcast.Learning.Boosting.Internal;

/// <summary>
/// Per-feature bin boundaries with XGBoost's <c>hist</c> conventions (<c>src/common/hist_util.h</c>, 1.7): values are
/// float32; a value falls in the bin of the first cut strictly greater than it (cuts are exclusive upper bounds), so
/// a split after bin b sends <c>x &lt; cut[b]</c> left. With at most <c>maxBins</c> distinct values every value gets
/// its own bin: the cuts are the distinct values from the second on, plus max + (|max| + 1e-5). Otherwise the exact
/// weighted summary of the feature is pruned to maxBins + 1 entries as XGBoost prunes its quantile sketch, and the
/// inner entries become cuts; for up to ~2,000 rows XGBoost's sketch is exact and the cuts agree, beyond that its
/// sketch is approximate and bins may differ slightly. Missing (NaN) values get no bin.
/// </summary>
internal sealed class HistogramCuts
{
    /// <summary>Histogram slots per feature: up to 255 bins and the missing slot. A fixed stride lets the histogram
    /// kernel address slot (feature, bin) as feature × 256 + bin without a table lookup.</summary>
    public const int Stride = 256;

    private HistogramCuts(float[][] cuts, float[] minValues)
    {
        Cuts = cuts;
        MinValues = minValues;
        Offsets = new int[cuts.Length + 1];
        for (var f = 0; f <= cuts.Length; f++) Offsets[f] = f * Stride;
    }

    /// <summary>Cut values of each feature, ascending; feature f has <c>Cuts[f].Length</c> bins.</summary>
    public float[][] Cuts { get; }

    /// <summary>Below every value of the feature: min − (|min| + 1e-5), the threshold of "only missing goes left".</summary>
    public float[] MinValues { get; }

    /// <summary>Start of each feature's slots in a histogram (f × 256): its bins, then one slot for missing values.</summary>
    public int[] Offsets { get; }

    public int FeatureCount => Cuts.Length;

    /// <summary>Histogram slots over all features (bins plus one missing slot per feature).</summary>
    public int TotalSlots => Offsets[^1];

    public int BinCount(int feature) => Cuts[feature].Length;

    /// <summary>The bin of <paramref name="value"/> for <paramref name="feature"/>, or the missing slot for NaN.</summary>
    public int Bin(int feature, float value)
    {
        var cuts = Cuts[feature];
        if (float.IsNaN(value)) return cuts.Length;
        // Upper bound: the first cut strictly greater than the value; values beyond the last cut join the last bin.
        int lo = 0, hi = cuts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (cuts[mid] <= value) lo = mid + 1;
            else hi = mid;
        }

        return Math.Min(lo, cuts.Length - 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static HistogramCuts Build(Matrix features, double[]? weights, int maxBins, ParallelOptions parallel)
    {
        var columns = features.Columns;
        var cuts = new float[columns][];
        var minValues = new float[columns];
        Parallel.For(0, columns, parallel, f => (cuts[f], minValues[f]) = ColumnCuts(features, weights, f, maxBins));
        return new HistogramCuts(cuts, minValues);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (float[] Cuts, float Min) ColumnCuts(Matrix features, double[]? weights, int f, int maxBins)
    {
        var values = new float[features.Rows];
        var mass = weights is null ? null : new float[features.Rows];
        var count = 0;
        for (var r = 0; r < features.Rows; r++)
        {
            var v = (float)features[r, f];
            var w = weights is null ? 1.0 : weights[r];
            if (float.IsNaN(v) || !(w > 0)) continue;
            if (mass is not null) mass[count] = (float)w;
            values[count++] = v;
        }

        // A primitive-key sort: an order of magnitude faster than sorting tuples through a comparison.
        if (mass is null) Array.Sort(values, 0, count);
        else Array.Sort(values, mass, 0, count);
        return FeatureCuts(values.AsSpan(0, count), mass is null ? [] : mass.AsSpan(0, count), maxBins);
    }

    /// <param name="values">The feature's present values, sorted.</param>
    /// <param name="mass">Their weights (null: all 1).</param>
    /// <param name="maxBins">Bin limit.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (float[] Cuts, float Min) FeatureCuts(ReadOnlySpan<float> values, ReadOnlySpan<float> mass, int maxBins)
    {
        if (values.Length == 0) return ([float.MaxValue], 0f);
        // The exact weighted summary of the feature: distinct values with rank bounds rmin (weight below) and
        // rmax (weight up to and including), in float as XGBoost's WQSummary keeps them.
        var distinct = new List<float>();
        var weight = new List<float>();
        for (var i = 0; i < values.Length; i++)
        {
            var w = mass.IsEmpty ? 1f : mass[i];
            if (distinct.Count > 0 && distinct[^1] == values[i]) weight[^1] += w;
            else
            {
                distinct.Add(values[i]);
                weight.Add(w);
            }
        }

        var selected = Prune(weight, maxBins + 1);
        var result = new List<float>();
        var required = Math.Min(selected.Count, maxBins);
        for (var i = 1; i < required; i++)
        {
            var cut = distinct[selected[i]];
            if (i == 1 || cut > result[^1]) result.Add(cut);
        }

        var max = distinct[selected[^1]];
        var min = distinct[0];
        result.Add(max + (MathF.Abs(max) + 1e-5f));
        return (result.ToArray(), min - (MathF.Abs(min) + 1e-5f));
    }

    /// <summary>
    /// XGBoost's <c>WQSummary::SetPrune</c> (<c>src/common/quantile.h</c>): keeps the first and last entries and, for
    /// each of the maxSize − 2 evenly spaced ranks in between, the entry whose rank interval is nearest. Returns the
    /// indices kept. Below about 2,000 rows XGBoost's sketch of a feature is this exact summary, so its cuts and
    /// these agree.
    /// </summary>
    private static List<int> Prune(List<float> weight, int maxSize)
    {
        var size = weight.Count;
        var selected = new List<int>();
        if (size <= maxSize)
        {
            for (var i = 0; i < size; i++) selected.Add(i);
            return selected;
        }

        var rmin = new float[size];
        var running = 0f;
        for (var i = 0; i < size; i++)
        {
            rmin[i] = running;
            running += weight[i];
        }

        float RMax(int i) => rmin[i] + weight[i];
        var begin = RMax(0);
        var range = rmin[size - 1] - begin;
        var n = maxSize - 1;
        selected.Add(0);
        int index = 1, last = 0;
        for (var k = 1; k < n; k++)
        {
            var dx2 = 2 * ((k * range / n) + begin);
            while (index < size - 1 && dx2 >= RMax(index + 1) + rmin[index + 1]) index++;
            if (index == size - 1) break;
            // RMinNext = rmin + wmin, RMaxPrev = rmax − wmin.
            if (dx2 < (rmin[index] + weight[index]) + (RMax(index + 1) - weight[index + 1]))
            {
                if (index != last) selected.Add(last = index);
            }
            else if (index + 1 != last)
            {
                selected.Add(last = index + 1);
            }
        }

        if (last != size - 1) selected.Add(size - 1);
        return selected;
    }
}
