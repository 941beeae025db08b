using Formcast.Learning.Evaluation.Internal;

namespace Formcast.Learning.Evaluation;

/// <summary>
/// Bootstrap confidence intervals for any statistic of a set of rows, in particular any <see cref="Metric"/> of
/// predictions. With clusters (e.g. athletes) whole clusters are resampled. Each resample r draws from its own
/// generator <c>new Rng(seed).Fork(r)</c>, so results do not depend on the number of threads.
/// </summary>
public static class Bootstrap
{
    /// <summary>Interval for <paramref name="metric"/> on <paramref name="predictions"/>, clustered by their groups
    /// when present and <see cref="BootstrapOptions.ResampleClusters"/> is on.</summary>
    public static ConfidenceInterval Interval(Predictions predictions, Metric metric, BootstrapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(metric);
        options ??= new BootstrapOptions();
        return Interval(predictions.Count, rows => metric.Compute(predictions.Subset(rows)),
            options.ResampleClusters ? predictions.Groups : null, options);
    }

    /// <summary>Intervals for several metrics from the same resamples (one resample serves every metric), clustered by
    /// the predictions' groups when present and <see cref="BootstrapOptions.ResampleClusters"/> is on.</summary>
    public static ConfidenceInterval[] Intervals(Predictions predictions, IReadOnlyList<Metric> metrics, BootstrapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(metrics);
        options ??= new BootstrapOptions();
        return Intervals(predictions.Count, rows =>
        {
            var sample = predictions.Subset(rows);
            return metrics.Select(m => m.Compute(sample)).ToArray();
        }, metrics.Count, options.ResampleClusters ? predictions.Groups : null, options);
    }

    /// <summary>
    /// Interval for <paramref name="statistic"/>, a function of the row indices of a (re)sample of 0…<paramref name="rows"/>−1.
    /// <paramref name="clusters"/> (one id per row) switches to the cluster bootstrap.
    /// </summary>
    public static ConfidenceInterval Interval(int rows, Func<int[], double> statistic, int[]? clusters, BootstrapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        return Intervals(rows, r => [statistic(r)], 1, clusters, options)[0];
    }

    /// <summary>
    /// Intervals for a vector of <paramref name="count"/> statistics computed together on each (re)sample, so they share
    /// resamples. Undefined (NaN) values are dropped per statistic.
    /// </summary>
    public static ConfidenceInterval[] Intervals(int rows, Func<int[], double[]> statistics, int count, int[]? clusters, BootstrapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        options ??= new BootstrapOptions();
        options.Validate();
        if (rows < 2) throw new ArgumentException("the bootstrap needs at least 2 rows", nameof(rows));
        if (clusters is not null && clusters.Length != rows) throw new ArgumentException("one cluster id per row is needed", nameof(clusters));

        var units = Units(rows, clusters);
        var estimates = Checked(statistics(Enumerable.Range(0, rows).ToArray()), count);
        var replicates = new double[options.Resamples][];
        var root = new Rng(options.Seed);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism > 0 ? options.MaxDegreeOfParallelism : Environment.ProcessorCount };
        Parallel.For(0, options.Resamples, parallel, r =>
        {
            var rng = root.Fork((ulong)r);
            var sample = new List<int>(rows);
            for (var u = 0; u < units.Length; u++) sample.AddRange(units[rng.NextInt(units.Length)]);
            replicates[r] = Checked(statistics(sample.ToArray()), count);
        });

        var jackknife = options.Method == IntervalMethod.BiasCorrectedAccelerated ? Jackknife(units, statistics, count, options, parallel) : null;
        var result = new ConfidenceInterval[count];
        for (var k = 0; k < count; k++)
        {
            var used = replicates.Select(v => v[k]).Where(v => !double.IsNaN(v)).ToArray();
            var jack = jackknife?.Select(v => v[k]).Where(v => !double.IsNaN(v)).ToArray() ?? [];
            var (lower, upper) = FromReplicates(estimates[k], used, jack, options.Confidence, options.Method);
            result[k] = new ConfidenceInterval(estimates[k], lower, upper, options.Confidence, options.Method, options.Resamples, used.Length,
                clusters is not null, StandardError(used));
        }

        return result;
    }

    /// <summary>
    /// Reads the interval off bootstrap replicates (NaN-free). BCa follows SciPy 1.10's <c>_bca_interval</c>:
    /// z₀ = Φ⁻¹((#{θ* &lt; θ̂} + #{θ* ≤ θ̂}) / 2B), a = Σdᵢ³ / (6 (Σdᵢ²)^{3/2}) with dᵢ = mean(θ₍.₎) − θ₍ᵢ₎ over the
    /// jackknife values, αⱼ = Φ(z₀ + (z₀ + z)/(1 − a(z₀ + z))) for z = Φ⁻¹(α/2), Φ⁻¹(1 − α/2); endpoints are NumPy
    /// linear percentiles of the replicates.
    /// </summary>
    internal static (double Lower, double Upper) FromReplicates(double estimate, double[] replicates, ReadOnlySpan<double> jackknife, double confidence, IntervalMethod method)
    {
        if (replicates.Length == 0 || double.IsNaN(estimate)) return (double.NaN, double.NaN);
        var sorted = SampleQuantile.Sorted(replicates);
        var alpha = (1 - confidence) / 2;
        double alphaLow = alpha, alphaHigh = 1 - alpha;
        if (method == IntervalMethod.BiasCorrectedAccelerated)
        {
            double below = 0, atOrBelow = 0;
            foreach (var v in replicates)
            {
                if (v < estimate) below++;
                if (v <= estimate) atOrBelow++;
            }

            var z0 = NormalDistribution.Quantile((below + atOrBelow) / (2.0 * replicates.Length));
            var a = Acceleration(jackknife);
            var zAlpha = NormalDistribution.Quantile(alpha);
            var num1 = z0 + zAlpha;
            alphaLow = NormalDistribution.Cdf(z0 + (num1 / (1 - (a * num1))));
            var num2 = z0 - zAlpha;
            alphaHigh = NormalDistribution.Cdf(z0 + (num2 / (1 - (a * num2))));
            if (double.IsNaN(alphaLow) || double.IsNaN(alphaHigh)) return (double.NaN, double.NaN);
        }

        return (SampleQuantile.Percentile(sorted, alphaLow * 100), SampleQuantile.Percentile(sorted, alphaHigh * 100));
    }

    /// <summary>Jackknife acceleration Σdᵢ³ / (6 (Σdᵢ²)^{3/2}); 0 when the jackknife values do not vary.</summary>
    internal static double Acceleration(ReadOnlySpan<double> jackknife)
    {
        if (jackknife.IsEmpty) return 0;
        double mean = 0;
        foreach (var v in jackknife) mean += v;
        mean /= jackknife.Length;
        double cubes = 0, squares = 0;
        foreach (var v in jackknife)
        {
            var d = mean - v;
            cubes += d * d * d;
            squares += d * d;
        }

        return squares == 0 ? 0 : cubes / (6 * Math.Pow(squares, 1.5));
    }

    private static int[][] Units(int rows, int[]? clusters)
    {
        if (clusters is null) return Enumerable.Range(0, rows).Select(r => new[] { r }).ToArray();
        return Enumerable.Range(0, rows).GroupBy(r => clusters[r]).OrderBy(g => g.Key).Select(g => g.ToArray()).ToArray();
    }

    /// <summary>Leave-one-unit-out values of the statistics, or leave-one-block-out over random blocks of units when
    /// there are more than <see cref="BootstrapOptions.MaxJackknifeUnits"/>.</summary>
    private static double[][] Jackknife(int[][] units, Func<int[], double[]> statistics, int count, BootstrapOptions options, ParallelOptions parallel)
    {
        var blocks = units.Length;
        var blockOf = Enumerable.Range(0, units.Length).ToArray();
        if (units.Length > options.MaxJackknifeUnits)
        {
            blocks = options.MaxJackknifeUnits;
            var order = new Rng(options.Seed).Fork(ulong.MaxValue).Permutation(units.Length);
            for (var i = 0; i < order.Length; i++) blockOf[order[i]] = i % blocks;
        }

        var values = new double[blocks][];
        Parallel.For(0, blocks, parallel, b =>
        {
            var rows = new List<int>();
            for (var u = 0; u < units.Length; u++)
            {
                if (blockOf[u] != b) rows.AddRange(units[u]);
            }

            values[b] = Checked(statistics(rows.ToArray()), count);
        });
        return values;
    }

    private static double[] Checked(double[] values, int count) =>
        values.Length == count ? values : throw new InvalidOperationException($"the statistic returned {values.Length} values, expected {count}");

    private static double StandardError(double[] values)
    {
        if (values.Length < 2) return double.NaN;
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }
}
