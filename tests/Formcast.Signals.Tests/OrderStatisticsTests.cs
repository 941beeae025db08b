using Formcast.Signals.Internal;

namespace Formcast.Signals.Tests;

public sealed class OrderStatisticsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(10)]
    [InlineData(101)]
    [InlineData(1000)]
    public void QuantileInPlace_EqualsInterpolationBetweenSortedOrderStatistics(int n)
    {
        // Oracle: sort, then h = (n − 1)·p between the neighbouring order statistics (numpy's default definition).
        var random = new Random(n);
        foreach (var p in new[] { 0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0 })
        {
            var values = Enumerable.Range(0, n).Select(_ => (double)random.Next(0, Math.Max(2, n / 3))).ToArray(); // many ties
            var sorted = values.Order().ToArray();
            var h = (n - 1) * p;
            var low = (int)Math.Floor(h);
            var expected = low >= n - 1 ? sorted[^1] : sorted[low] + ((h - low) * (sorted[low + 1] - sorted[low]));
            Assert.Equal(expected, OrderStatistics.QuantileInPlace(values, p), 12);
        }
    }

    [Fact]
    public void Select_PartitionsAroundTheKthValue()
    {
        var random = new Random(9);
        var values = Enumerable.Range(0, 500).Select(_ => random.NextDouble()).ToArray();
        var sorted = values.Order().ToArray();
        var kth = OrderStatistics.Select(values, 123);
        Assert.Equal(sorted[123], kth);
        Assert.All(values[..123], v => Assert.True(v <= kth));
        Assert.All(values[124..], v => Assert.True(v >= kth));
    }
}
