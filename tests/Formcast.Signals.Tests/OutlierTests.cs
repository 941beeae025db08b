namespace Formcast.Signals.Tests;

public sealed class OutlierTests
{
    [Fact]
    public void Tukey_FlagsOnlyValuesBeyondTheFences()
    {
        // numpy-style quartiles of 1…9, 100: Q1 = 3.25, Q3 = 7.75, IQR 4.5, fences −3.5 and 14.5.
        double[] x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 100, double.NaN];
        var flags = new bool[x.Length];
        Assert.Equal(1, Outliers.Tukey(x, 1.5, flags));
        Assert.True(flags[9]);
        Assert.False(flags[10]);
    }

    [Fact]
    public void Tukey_QuartilesMatchNumpy()
    {
        // Place fences exactly at numpy's quartiles (k = 0): values strictly outside [Q1, Q3] are flagged.
        var m = ParityFixtures.Load("signals.stats.json").GetProperty("moments");
        var x = m.GetProperty("x").Doubles();
        var flags = new bool[x.Length];
        var flagged = Outliers.Tukey(x, 0, flags);
        var (q1, q3) = (m.Number("q1"), m.Number("q3"));
        Assert.Equal(x.Count(v => v < q1 || v > q3), flagged);
        for (var i = 0; i < x.Length; i++) Assert.Equal(x[i] < q1 || x[i] > q3, flags[i]);
    }

    [Fact]
    public void ZScore_CountMatchesScipyZscore()
    {
        var m = ParityFixtures.Load("signals.stats.json").GetProperty("moments");
        var x = m.GetProperty("x").Doubles();
        Assert.Equal(m.GetProperty("zscore_above_2").GetInt32(), Outliers.ZScore(x, 2, new bool[x.Length]));
    }

    [Fact]
    public void ZScore_NeverFlagsMissingOrConstantSamples()
    {
        var flags = new bool[4];
        Assert.Equal(0, Outliers.ZScore([5, 5, double.NaN, 5], 1, flags));
        Assert.DoesNotContain(true, flags);
    }

    [Fact]
    public void Hampel_FlagsAnIsolatedSpike_AndTheFilterReplacesItByTheWindowMedian()
    {
        double[] x = [10, 11, 10, 50, 10, 9, 10];
        var flags = new bool[x.Length];
        var filtered = new double[x.Length];
        Assert.Equal(1, Outliers.Hampel(x, 2, 3, flags));
        Assert.Equal(1, Outliers.HampelFilter(x, 2, 3, filtered));
        Assert.True(flags[3]);

        // Window of sample 3 is {10, 11, 10, 50, 10, 9, 10}: median 10.
        Assert.Equal([10, 11, 10, 10, 10, 9, 10], filtered);
    }

    [Fact]
    public void Hampel_OnNoiseWithSpikes_FindsEverySpike_AtTheExpectedFalseAlarmRate()
    {
        // The false-alarm rate on Gaussian noise comes from a numpy Monte Carlo (bench/parity/signals.py); with
        // h = 5 it is about 10 times the 0.27 % of |z| > 3. 20,000 samples put the rate within ±0.6 % of it.
        var reference = ParityFixtures.Load("signals.stats.json").GetProperty("hampel");
        var (h, t) = (reference.GetProperty("half_window").GetInt32(), reference.Number("threshold"));
        var random = new Random(42);
        var x = new double[20000];
        for (var i = 0; i < x.Length; i++) x[i] = NextGaussian(random);
        int[] spikes = [100, 5555, 9100, 14000, 19999];
        foreach (var s in spikes) x[s] += 15;

        var flags = new bool[x.Length];
        var flagged = Outliers.Hampel(x, h, t, flags);
        foreach (var s in spikes) Assert.True(flags[s], $"spike at {s} not flagged");
        var falseAlarmRate = (flagged - spikes.Length) / (double)(x.Length - spikes.Length);
        Assert.InRange(falseAlarmRate, reference.Number("false_positive_rate") - 0.006, reference.Number("false_positive_rate") + 0.006);
    }

    private static double NextGaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
