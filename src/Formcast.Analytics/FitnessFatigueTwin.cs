using System.Globalization;
using Formcast.Core;
using Formcast.Learning;
using MathNet.Numerics.LinearAlgebra;

namespace Formcast.Analytics;

/// <summary>
/// Fits an athlete's fitness–fatigue twin (Banister model, <see cref="BanisterModel"/>) to daily load and performance
/// tests by bounded least squares with optional population priors: starts are the best points of a log-spaced grid of
/// time constants (with p0 and the gains solved linearly at each point — the model is linear in them), each polished by
/// <see cref="BoundedLevenbergMarquardt"/>. Uncertainty comes from a residual bootstrap (percentile intervals and the
/// parameter correlation matrix) and out-of-sample error from leaving each test out.
/// </summary>
public static class FitnessFatigueTwin
{
    /// <summary>Version of the twin algorithm, first element of its provenance.</summary>
    public const string AlgorithmVersion = "twin/1";

    /// <summary>Indices of p0, k1 and k2, in which the model is linear.</summary>
    private static readonly int[] LinearParameters = [0, 1, 3];

    /// <summary>Fits the twin to a daily-load series (day 0 first) and tests on days of that series.</summary>
    public static TwinFit Fit(ReadOnlySpan<double> dailyLoad, IReadOnlyList<TwinObservation> tests, TwinFitOptions? options = null)
    {
        options ??= new TwinFitOptions();
        options.Validate();
        var ordered = tests.OrderBy(t => t.Day).ToArray();
        if (ordered.Any(t => t.Day < 0 || !double.IsFinite(t.Performance)))
            throw new ArgumentException("tests need non-negative days and finite performances", nameof(tests));
        var load = dailyLoad.ToArray();
        if (load.Any(w => !double.IsFinite(w) || w < 0)) throw new ArgumentException("daily loads must be finite and non-negative", nameof(dailyLoad));
        var days = ordered.Select(t => t.Day).ToArray();
        var observed = ordered.Select(t => t.Performance).ToArray();
        var lower = options.LowerBounds.ToArray();
        var upper = options.UpperBounds.ToArray();

        var plain = new TwinProblem(load, days, observed, options.IncludeSameDayLoad, lower, upper, null, 0);
        if (ordered.Length <= plain.FreeCount)
            throw new ArgumentException($"{ordered.Length} tests cannot determine {plain.FreeCount} free parameters; fix some or add tests", nameof(tests));

        var problem = plain;
        var noise = double.NaN;
        if (options.Priors is not null)
        {
            noise = options.PerformanceNoiseSd ?? Math.Sqrt(plain.Sse(Solve(plain, options).Parameters) / Math.Max(1, ordered.Length - plain.FreeCount));
            problem = new TwinProblem(load, days, observed, options.IncludeSameDayLoad, lower, upper, options.Priors, Math.Max(noise, 1e-9));
        }

        var (best, cost, iterations) = Solve(problem, options);
        var fitted = new double[observed.Length];
        BanisterModel.Evaluate(load, days, best, options.IncludeSameDayLoad, fitted, null);
        var sse = problem.Sse(best);
        var mean = observed.Average();
        var sst = observed.Sum(y => (y - mean) * (y - mean));

        var fit = new TwinFit
        {
            Parameters = BanisterParameters.FromArray(best),
            Observations = ordered,
            Fitted = fitted,
            Sse = sse,
            RSquared = sst > 0 ? 1 - (sse / sst) : double.NaN,
            Rmse = Math.Sqrt(sse / observed.Length),
            Penalty = cost - sse,
            PriorNoiseSd = noise,
            IncludeSameDayLoad = options.IncludeSameDayLoad,
            AsymptoticCorrelation = AsymptoticCorrelation(problem, best),
            Iterations = iterations,
            Provenance = Describe(options),
            Notes = Notes(best, problem),
        };

        if (options.BootstrapReplicates > 0) fit = Bootstrap(fit, problem, best, fitted, options);
        if (options.LeaveOneTestOut) fit = LeaveOneOut(fit, problem, options);
        return fit;
    }

    /// <summary>
    /// Fits the twin to stored athlete-days (consecutive, the first is day 0) and the tests of one kind on those days.
    /// Tests where a lower value is better (times) are fitted as their negative so that fitness gains stay positive.
    /// </summary>
    public static TwinFit Fit(IReadOnlyList<AthleteDay> days, IReadOnlyList<PerformanceTest> tests, PerformanceTestKind kind, TwinFitOptions? options = null)
    {
        if (days.Count == 0) throw new ArgumentException("no athlete-days", nameof(days));
        var first = days[0].Date;
        var load = new double[days[^1].Date.DayNumber - first.DayNumber + 1];
        foreach (var day in days) load[day.Date.DayNumber - first.DayNumber] = day.Load;
        var sign = PerformanceTestKinds.HigherIsBetter(kind) ? 1 : -1;
        var observations = tests
            .Where(t => t.Kind == kind && t.Date >= first && t.Date <= days[^1].Date)
            .Select(t => new TwinObservation(t.Date.DayNumber - first.DayNumber, sign * t.Value))
            .ToList();
        return Fit(load, observations, options);
    }

    private static (double[] Parameters, double Cost, int Iterations) Solve(TwinProblem problem, TwinFitOptions options)
    {
        var starts = GridStarts(problem, options);
        (double[] Parameters, double Cost, int Iterations) best = (starts[0], double.PositiveInfinity, 0);
        var total = 0;
        foreach (var start in starts)
        {
            var result = BoundedLevenbergMarquardt.Minimise(problem, start, options.MaxIterations);
            total += result.Iterations;
            if (result.Cost < best.Cost) best = result;
        }

        return (best.Parameters, best.Cost, total);
    }

    /// <summary>The <see cref="TwinFitOptions.Starts"/> best grid points in (τ1, τ2), each with p0, k1 and k2 from
    /// linear least squares (the model is linear in them; clamped to their bounds, fixed parameters keep their value).
    /// Impulse sums are computed once per grid time constant, so a grid point costs one small normal-equation solve.</summary>
    private static List<double[]> GridStarts(TwinProblem problem, TwinFitOptions options)
    {
        var tau1 = LogGrid(problem.Lower[2], problem.Upper[2], options.GridPointsPerTimeConstant);
        var tau2 = LogGrid(problem.Lower[4], problem.Upper[4], options.GridPointsPerTimeConstant);
        var n = problem.Observed.Length;
        double[][] Sums(double[] taus) => [.. taus.Select(tau =>
        {
            var sums = new double[n];
            BanisterModel.ImpulseSums(problem.Load, problem.Days, tau, problem.IncludeSameDayLoad, sums);
            return sums;
        })];
        var fitness = Sums(tau1);
        var fatigue = Sums(tau2);
        var linear = LinearParameters.Where(j => problem.Free[j]).ToArray();
        var candidates = new List<(double Cost, double[] P)>();
        var columns = new double[3][];
        var target = new double[n];
        var normal = new double[linear.Length, linear.Length];
        var rhs = new double[linear.Length];
        for (var a = 0; a < tau1.Length; a++)
        {
            for (var b = 0; b < tau2.Length; b++)
            {
                var p = new double[] { Mid(problem, 0), Mid(problem, 1), tau1[a], Mid(problem, 3), tau2[b] };
                // Columns of p0, k1, k2 are the partial derivatives 1, S1 and −S2.
                columns[0] = OnesColumn(n);
                columns[1] = fitness[a];
                columns[2] = fatigue[b];
                for (var i = 0; i < n; i++) target[i] = problem.Observed[i] - (p[0] + (p[1] * fitness[a][i]) - (p[3] * fatigue[b][i]));
                if (linear.Length > 0)
                {
                    for (var r = 0; r < linear.Length; r++)
                    {
                        var cr = columns[LinearColumn(linear[r])];
                        var signR = linear[r] == 3 ? -1.0 : 1.0;
                        rhs[r] = 0;
                        for (var i = 0; i < n; i++) rhs[r] += signR * cr[i] * target[i];
                        for (var c = 0; c < linear.Length; c++)
                        {
                            var cc = columns[LinearColumn(linear[c])];
                            var signC = linear[c] == 3 ? -1.0 : 1.0;
                            var sum = 0.0;
                            for (var i = 0; i < n; i++) sum += cr[i] * cc[i];
                            normal[r, c] = signR * signC * sum;
                        }
                    }

                    var delta = SmallLinearSystem.SolveRidged(normal, rhs);
                    for (var r = 0; r < linear.Length; r++) p[linear[r]] += delta[r];
                }

                problem.Clamp(p);
                var cost = problem.Cost(p);
                if (double.IsFinite(cost)) candidates.Add((cost, p));
            }
        }

        if (candidates.Count == 0) candidates.Add((0, [.. Enumerable.Range(0, BanisterParameters.Count).Select(j => Mid(problem, j))]));
        return [.. candidates.OrderBy(c => c.Cost).Take(options.Starts).Select(c => c.P)];
    }

    private static int LinearColumn(int parameter) => parameter switch { 0 => 0, 1 => 1, _ => 2 };

    private static double[] OnesColumn(int n)
    {
        var ones = new double[n];
        Array.Fill(ones, 1.0);
        return ones;
    }

    private static double Mid(TwinProblem problem, int j)
    {
        double lo = problem.Lower[j], hi = problem.Upper[j];
        if (lo == hi) return lo;
        if (double.IsFinite(lo) && double.IsFinite(hi)) return 0.5 * (lo + hi);
        if (double.IsFinite(lo)) return lo;
        return double.IsFinite(hi) ? hi : 0;
    }

    private static double[] LogGrid(double low, double high, int points)
    {
        if (low == high || points == 1) return [low == high ? low : Math.Sqrt(low * high)];
        return [.. Enumerable.Range(0, points).Select(k => low * Math.Pow(high / low, k / (double)(points - 1)))];
    }

    private static double[,] AsymptoticCorrelation(TwinProblem problem, double[] p)
    {
        var result = new double[BanisterParameters.Count, BanisterParameters.Count];
        for (var r = 0; r < BanisterParameters.Count; r++)
        {
            for (var c = 0; c < BanisterParameters.Count; c++) result[r, c] = double.NaN;
        }

        var free = Enumerable.Range(0, BanisterParameters.Count).Where(j => problem.Free[j]).ToArray();
        var jacobian = new double[problem.ResidualCount, BanisterParameters.Count];
        problem.Residuals(p, new double[problem.ResidualCount], jacobian);
        var a = Matrix<double>.Build.Dense(free.Length, free.Length, (r, c) =>
        {
            var sum = 0.0;
            for (var i = 0; i < problem.ResidualCount; i++) sum += jacobian[i, free[r]] * jacobian[i, free[c]];
            return sum;
        });
        var covariance = a.PseudoInverse();
        for (var r = 0; r < free.Length; r++)
        {
            for (var c = 0; c < free.Length; c++)
                result[free[r], free[c]] = covariance[r, c] / Math.Sqrt(covariance[r, r] * covariance[c, c]);
        }

        return result;
    }

    private static TwinFit Bootstrap(TwinFit fit, TwinProblem problem, double[] best, double[] fitted, TwinFitOptions options)
    {
        var residuals = problem.Observed.Select((y, i) => y - fitted[i]).ToArray();
        var n = residuals.Length;
        var replicates = new double[options.BootstrapReplicates][];
        var root = new Rng(options.Seed);
        var bootOptions = options with { BootstrapReplicates = 0, LeaveOneTestOut = false };
        Parallel.For(0, replicates.Length, options.ParallelOptions(), b =>
        {
            var rng = root.Fork((ulong)b);
            var resampled = new double[n];
            for (var i = 0; i < n; i++) resampled[i] = fitted[i] + residuals[rng.NextInt(n)];
            replicates[b] = Solve(problem.WithObserved(resampled), bootOptions).Parameters;
        });

        var alpha = (1 - options.ConfidenceLevel) / 2;
        var intervals = new List<ParameterInterval>();
        for (var j = 0; j < BanisterParameters.Count; j++)
        {
            var sorted = replicates.Select(r => r[j]).Order().ToArray();
            intervals.Add(new ParameterInterval(BanisterParameters.Names[j], best[j], Quantile(sorted, alpha), Quantile(sorted, 1 - alpha)));
        }

        var correlation = new double[BanisterParameters.Count, BanisterParameters.Count];
        for (var r = 0; r < BanisterParameters.Count; r++)
        {
            for (var c = 0; c < BanisterParameters.Count; c++)
                correlation[r, c] = Pearson(replicates.Select(x => x[r]).ToArray(), replicates.Select(x => x[c]).ToArray());
        }

        return fit with { ConfidenceIntervals = intervals, BootstrapCorrelation = correlation, BootstrapReplicates = replicates.Length };
    }

    private static TwinFit LeaveOneOut(TwinFit fit, TwinProblem problem, TwinFitOptions options)
    {
        var n = problem.Observed.Length;
        if (n - 1 <= problem.FreeCount) return fit with { Notes = [.. fit.Notes, "too few tests to refit without each one: no leave-one-out error"] };
        var looOptions = options with { BootstrapReplicates = 0, LeaveOneTestOut = false };
        var predictions = new HeldOutPrediction[n];
        Parallel.For(0, n, options.ParallelOptions(), i =>
        {
            var p = Solve(problem.WithoutObservation(i), looOptions).Parameters;
            var value = new double[1];
            BanisterModel.Evaluate(problem.Load, [problem.Days[i]], p, problem.IncludeSameDayLoad, value, null);
            predictions[i] = new HeldOutPrediction(problem.Days[i], problem.Observed[i], value[0]);
        });

        return fit with
        {
            LeaveOneOut = predictions,
            LeaveOneOutRmse = Math.Sqrt(predictions.Average(p => p.Error * p.Error)),
            LeaveOneOutMae = predictions.Average(p => Math.Abs(p.Error)),
        };
    }

    private static List<string> Notes(double[] p, TwinProblem problem)
    {
        var notes = new List<string>();
        if (Math.Abs(p[2] - p[4]) < 0.1 * Math.Max(p[2], p[4]))
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"fitness and fatigue time constants are nearly equal ({p[2]:0.#} and {p[4]:0.#} d): the two terms cancel and the gains are not identifiable; add priors or fix the time constants"));
        }

        for (var j = 0; j < BanisterParameters.Count; j++)
        {
            if (problem.Free[j] && (p[j] <= problem.Lower[j] || p[j] >= problem.Upper[j]))
                notes.Add($"{BanisterParameters.Names[j]} sits on its bound: the data push it further");
        }

        return notes;
    }

    private static string Describe(TwinFitOptions options) => string.Create(CultureInfo.InvariantCulture,
        $"{AlgorithmVersion}; banister; same-day-load={(options.IncludeSameDayLoad ? "yes" : "no")}; priors={options.Priors?.Describe() ?? "none"}; " +
        $"starts={options.Starts} grid={options.GridPointsPerTimeConstant}; bootstrap={options.BootstrapReplicates} residual; seed={options.Seed}");

    private static double Quantile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
    }

    private static double Pearson(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : double.NaN;
    }
}
