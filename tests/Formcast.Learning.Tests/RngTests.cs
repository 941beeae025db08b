namespace Formcast.Learning.Tests;

public sealed class RngTests
{
    [Fact]
    public void SameSeed_GivesTheSameSequence()
    {
        var a = new Rng(7);
        var b = new Rng(7);
        for (var i = 0; i < 1000; i++) Assert.Equal(a.NextUInt64(), b.NextUInt64());
    }

    [Fact]
    public void SplitMixSeeding_MatchesTheReferenceFirstOutput()
    {
        // SplitMix64 from state 0 yields 0xE220A8397B1DCDAF first (Vigna's reference splitmix64.c);
        // xoshiro256** then starts from the four SplitMix64 outputs: we check the seeding stage directly
        // by comparing against an independent computation of the first xoshiro256** output.
        ulong x = 0;
        ulong Next()
        {
            var z = x += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        var s1 = Next();
        Assert.Equal(0xE220A8397B1DCDAFUL, s1);
        var s1Second = Next();
        var expected = ulong.RotateLeft(s1Second * 5, 7) * 9;
        Assert.Equal(expected, new Rng(0).NextUInt64());
    }

    [Fact]
    public void NextInt_StaysInRangeAndCoversIt()
    {
        var rng = new Rng(1);
        var counts = new int[10];
        for (var i = 0; i < 100_000; i++) counts[rng.NextInt(10)]++;
        Assert.All(counts, c => Assert.InRange(c, 9_500, 10_500));
    }

    [Fact]
    public void NextGaussian_HasUnitMoments()
    {
        var rng = new Rng(3);
        double sum = 0, sumSq = 0;
        const int n = 200_000;
        for (var i = 0; i < n; i++)
        {
            var g = rng.NextGaussian();
            sum += g;
            sumSq += g * g;
        }

        Assert.InRange(sum / n, -0.01, 0.01);
        Assert.InRange((sumSq / n) - ((sum / n) * (sum / n)), 0.98, 1.02);
    }

    [Fact]
    public void Fork_GivesDistinctStreamsWithoutAdvancingTheParent()
    {
        var parent = new Rng(11);
        var f1 = parent.Fork(1).NextUInt64();
        var f2 = parent.Fork(2).NextUInt64();
        Assert.NotEqual(f1, f2);
        Assert.Equal(f1, parent.Fork(1).NextUInt64());
        Assert.Equal(new Rng(11).NextUInt64(), parent.NextUInt64());
    }
}
