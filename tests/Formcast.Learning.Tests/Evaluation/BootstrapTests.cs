using System.Text.Json;
using Formcast.Learning.Evaluation;
using Formcast.Learning.Evaluation.Internal;
using static Formcast.Learning.Tests.Evaluation.EvaluationFixtures;

namespace Formcast.Learning.Tests.Evaluation;

public sealed class BootstrapTests
{
    private static readonly JsonElement Fixture = Load("bootstrap.json");

    public static TheoryData<string> Cases() => [.. Fixture.Items("cases").Select(c => c.String("name"))];

    /// <summary>Given SciPy 1.10's bootstrap distribution of the mean, the BCa and percentile endpoints equal
    /// <c>scipy.stats.bootstrap</c>'s to 1e-12 (the jackknife is recomputed here from the data).</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void IntervalsFromReplicates_MatchScipy(string name)
    {
        var c = Fixture.Items("cases").Single(i => i.String("name") == name);
        var data = c.Doubles("data");
        var estimate = data.Average();
        var jackknife = Enumerable.Range(0, data.Length).Select(i => data.Where((_, j) => j != i).Average()).ToArray();
        foreach (var (key, method) in new[] { ("BCa", IntervalMethod.BiasCorrectedAccelerated), ("percentile", IntervalMethod.Percentile) })
        {
            var expected = c.GetProperty(key);
            var (lower, upper) = Bootstrap.FromReplicates(estimate, expected.Doubles("replicates"), jackknife, c.Double("confidence"), method);
            Close(expected.Double("low"), lower, 1e-12, key + " low");
            Close(expected.Double("high"), upper, 1e-12, key + " high");
        }
    }

    /// <summary>
    /// Φ and Φ⁻¹ against SciPy's ndtr/ndtri (Cephes) to 1e-14 relative. In the lower tail Φ's condition number is about
    /// x², so a one-ulp difference in x/√2 moves Φ by ~x²·1e-16 relative: the tolerance there is 1e-14·x².
    /// </summary>
    [Fact]
    public void NormalDistribution_MatchesScipy()
    {
        var ndtr = Fixture.GetProperty("ndtr");
        var x = ndtr.Doubles("x");
        var value = ndtr.Doubles("value");
        for (var i = 0; i < x.Length; i++)
        {
            var actual = NormalDistribution.Cdf(x[i]);
            Assert.True(Math.Abs(actual - value[i]) <= 1e-14 * Math.Max(1, x[i] * x[i]) * value[i], $"Φ({x[i]}) = {actual:R}, SciPy {value[i]:R}");
        }

        var ndtri = Fixture.GetProperty("ndtri");
        var p = ndtri.Doubles("p");
        var q = ndtri.Doubles("value");
        for (var i = 0; i < p.Length; i++) Close(q[i], NormalDistribution.Quantile(p[i]), 1e-14, $"Φ⁻¹({p[i]})");
    }

    [Fact]
    public void Interval_IsReproducibleAndIndependentOfThreads()
    {
        var rng = new Rng(1);
        var values = Enumerable.Range(0, 60).Select(_ => rng.NextGaussian()).ToArray();
        double Mean(int[] rows) => rows.Average(r => values[r]);
        var one = Bootstrap.Interval(values.Length, Mean, null, new BootstrapOptions { Resamples = 500, MaxDegreeOfParallelism = 1 });
        var many = Bootstrap.Interval(values.Length, Mean, null, new BootstrapOptions { Resamples = 500, MaxDegreeOfParallelism = 4 });
        Assert.Equal(one, many);
        Assert.True(one.Lower < one.Estimate && one.Estimate < one.Upper);
    }

    /// <summary>
    /// Coverage: over 300 samples of n = 30 from an exponential distribution (mean 1), the 90 % BCa interval for the
    /// mean contains 1 in 86–94 % of samples (binomial 99 % band around the nominal 90 % is about ±4.5 points).
    /// </summary>
    [Fact]
    public void BcaInterval_CoversTheTrueMeanAtItsNominalRate()
    {
        var rng = new Rng(77);
        var covered = 0;
        const int trials = 300;
        for (var t = 0; t < trials; t++)
        {
            var sample = Enumerable.Range(0, 30).Select(_ => -Math.Log(1 - rng.NextDouble())).ToArray();
            var ci = Bootstrap.Interval(sample.Length, rows => rows.Average(r => sample[r]), null,
                new BootstrapOptions { Resamples = 400, Confidence = 0.9, Seed = (ulong)t });
            if (ci.Lower <= 1 && 1 <= ci.Upper) covered++;
        }

        Assert.InRange(covered / (double)trials, 0.86, 0.94);
    }

    /// <summary>
    /// Rows of one athlete share an athlete effect. Resampling rows treats 200 rows as 200 independent facts;
    /// resampling the 10 athletes does not, so its interval for the mean is wider (here by more than 2×).
    /// </summary>
    [Fact]
    public void ClusterBootstrap_IsWiderThanRowBootstrapWhenRowsShareAnAthleteEffect()
    {
        var rng = new Rng(9);
        var groups = Enumerable.Range(0, 200).Select(r => r / 20).ToArray();
        var effect = Enumerable.Range(0, 10).Select(_ => 2 * rng.NextGaussian()).ToArray();
        var values = groups.Select(g => effect[g] + (0.3 * rng.NextGaussian())).ToArray();
        double Mean(int[] rows) => rows.Average(r => values[r]);
        var rows = Bootstrap.Interval(200, Mean, null, new BootstrapOptions { Resamples = 1000 });
        var clusters = Bootstrap.Interval(200, Mean, groups, new BootstrapOptions { Resamples = 1000 });
        Assert.True(clusters.Clustered);
        Assert.True(clusters.Upper - clusters.Lower > 2 * (rows.Upper - rows.Lower), $"{clusters} vs {rows}");
    }

    [Fact]
    public void MetricInterval_DropsResamplesWhereTheMetricIsUndefined()
    {
        // 1 positive in 12 rows: many resamples have no positive and no AUC.
        double[] y = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        var p = Matrix.FromRows(y.Select((v, i) => new[] { 1 - (0.05 * i), 0.05 * i }).ToArray());
        var predictions = Predictions.ForClassification(y, [0, 1], p);
        var ci = Bootstrap.Interval(predictions, Metric.RocAuc, new BootstrapOptions { Resamples = 300 });
        Assert.InRange(ci.UsedResamples, 100, 299);
        Assert.Equal(0, ci.Estimate);
    }
}
