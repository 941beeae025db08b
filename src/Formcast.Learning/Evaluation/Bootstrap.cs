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

    /// <summary>
    /// Interval for <paramref name="statistic"/>, a function of the row indices of a (re)sample of 0…<paramref name="rows"/>−1.
    /// <paramref name="clusters"/> (one id per row) switches to the cluster bootstrap.
    /// </summary>
    public static ConfidenceInterval Interval(int rows, Func<int[], double> statistic, int[]? clusters, BootstrapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        options ??= new BootstrapOptions();
        options.Validate();
        if (rows < 2) throw new ArgumentException("the bootstrap needs at least 2 rows", nameof(rows));
        if (clusters is not null && clusters.Length != rows) throw new ArgumentException("one cluster id per row is needed", nameof(clusters));

        var units = Units(rows, clusters);
        var all = Enumerable.Range(0, rows).ToArray();
        var estimate = statistic(all);
        var replicates = new double[options.Resamples];
        var root = new Rng(options.Seed);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism > 0 ? options.MaxDegreeOfParallelism : Environment.ProcessorCount };
        Parallel.For(0, options.Resamples, parallel, r =>
        {
            var rng = root.Fork((ulong)r);
            var sample = new List<int>(rows);
            for (var u = 0; u < units.Length; u++) sample.AddRange(units[rng.NextInt(units.Length)]);
            replicates[r] = statistic(sample.ToArray());
        });

        var used = replicates.Where(v => !double.IsNaN(v)).ToArray();
        var jackknife = options.Method == IntervalMethod.BiasCorrectedAccelerated && used.Length > 0 && !double.IsNaN(estimate)
            ? Jackknife(units, statistic, options, parallel)
            : [];
        var (lower, upper) = FromReplicates(estimate, used, jackknife, options.Confidence, options.Method);
        return new ConfidenceInterval(estimate, lower, upper, options.Confidence, options.Method, options.Resamples, used.Length,
            clusters is not null, StandardError(used));
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

    /// <summary>Leave-one-unit-out values of the statistic, or leave-one-block-out over random blocks of units when
    /// there are more than <see cref="BootstrapOptions.MaxJackknifeUnits"/>. Undefined values are dropped.</summary>
    private static double[] Jackknife(int[][] units, Func<int[], double> statistic, BootstrapOptions options, ParallelOptions parallel)
    {
        var blocks = units.Length;
        var blockOf = Enumerable.Range(0, units.Length).ToArray();
        if (units.Length > options.MaxJackknifeUnits)
        {
            blocks = options.MaxJackknifeUnits;
            var order = new Rng(options.Seed).Fork(ulong.MaxValue).Permutation(units.Length);
            for (var i = 0; i < order.Length; i++) blockOf[order[i]] = i % blocks;
        }

        var values = new double[blocks];
        Parallel.For(0, blocks, parallel, b =>
        {
            var rows = new List<int>();
            for (var u = 0; u < units.Length; u++)
            {
                if (blockOf[u] != b) rows.AddRange(units[u]);
            }

            values[b] = statistic(rows.ToArray());
        });
        return values.Where(v => !double.IsNaN(v)).ToArray();
    }

    private static double StandardError(double[] values)
    {
        if (values.Length < 2) return double.NaN;
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }
}
