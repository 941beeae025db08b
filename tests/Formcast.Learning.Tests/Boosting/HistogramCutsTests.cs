using Formcast.Learning.Boosting.Internal;

namespace Formcast.Learning.Tests.Boosting;

public sealed class HistogramCutsTests
{
    private static readonly ParallelOptions Serial = new() { MaxDegreeOfParallelism = 1 };

    [Fact]
    public void FewDistinctValues_EachGetTheirOwnBin_AsXGBoostCutsThem()
    {
        // XGBoost (src/common/hist_util.h): cuts are the distinct values from the second on, then max + (|max| + 1e-5);
        // a value's bin is the first cut strictly above it.
        var x = new Matrix(5, 1, [3, 1, 2, 3, double.NaN]);
        var cuts = HistogramCuts.Build(x, null, 255, Serial);
        Assert.Equal([2f, 3f, 3f + (3f + 1e-5f)], cuts.Cuts[0]);
        Assert.Equal(1f - (1f + 1e-5f), cuts.MinValues[0]);
        Assert.Equal(0, cuts.Bin(0, 1f));
        Assert.Equal(1, cuts.Bin(0, 2f));
        Assert.Equal(2, cuts.Bin(0, 3f));
        Assert.Equal(2, cuts.Bin(0, 99f));
        Assert.Equal(3, cuts.Bin(0, float.NaN));
        // One feature: its 256-slot stride (3 bins, the missing slot, padding).
        Assert.Equal(HistogramCuts.Stride, cuts.TotalSlots);
    }

    [Fact]
    public void ManyDistinctValues_ArePrunedToEqualMassBins()
    {
        // 10,000 distinct values into 16 bins: XGBoost's SetPrune picks ranks k·n/16, so every bin holds ~625 rows.
        var n = 10_000;
        var x = new Matrix(n, 1, Enumerable.Range(0, n).Select(i => (double)i).ToArray());
        var cuts = HistogramCuts.Build(x, null, 16, Serial);
        Assert.Equal(16, cuts.BinCount(0));
        var counts = new int[16];
        for (var i = 0; i < n; i++) counts[cuts.Bin(0, i)]++;
        Assert.All(counts, c => Assert.InRange(c, 560, 690));
    }

    [Fact]
    public void SampleWeights_MoveTheCuts()
    {
        // Weight the upper half 9× more: most cuts must fall in the upper half.
        var n = 1000;
        var x = new Matrix(n, 1, Enumerable.Range(0, n).Select(i => (double)i).ToArray());
        var weights = Enumerable.Range(0, n).Select(i => i >= 500 ? 9.0 : 1.0).ToArray();
        var cuts = HistogramCuts.Build(x, weights, 20, Serial);
        Assert.True(cuts.Cuts[0].Count(c => c >= 500) >= 15);
    }
}
