using System.Text.Json;
using Formcast.TestSupport;

namespace Formcast.Analytics.Tests.Twin;

/// <summary>
/// Clarke &amp; Skiba 2013 (Adv Physiol Educ 37:134), BikeScore data: 165 days of load, nine 5-min power tests; published
/// Banister fit p0 262 W, k1 0.18, k2 0.23, τ1 36 d, τ2 21 d, SSE 20.25, R² 0.979. A second oracle is SciPy
/// (bench/Formcast.Benchmarks/Analytics/reference/clarke_skiba_scipy.py → clarke_skiba_scipy.json).
/// </summary>
public sealed class ClarkeSkibaTests
{
    private static (double[] Load, List<TwinObservation> Tests) Data()
    {
        var path = Corpus.Path("datasets/clarke-skiba-bikescore/data/bike-score.csv");
        var lines = File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).ToArray();
        var load = new double[lines.Length];
        var tests = new List<TwinObservation>();
        foreach (var line in lines)
        {
            var cells = line.Split(',');
            var day = int.Parse(cells[0], System.Globalization.CultureInfo.InvariantCulture);
            load[day - 1] = double.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture);
            if (cells.Length > 2 && cells[2].Trim().Length > 0)
                tests.Add(new TwinObservation(day - 1, double.Parse(cells[2], System.Globalization.CultureInfo.InvariantCulture)));
        }

        return (load, tests);
    }

    private static JsonElement Reference() =>
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Path("bench/Formcast.Benchmarks/Analytics/reference/clarke_skiba_scipy.json"))).RootElement;

    private static double Sse(double[] load, List<TwinObservation> tests, BanisterParameters p)
    {
        var series = new double[load.Length];
        BanisterModel.Predict(load, p, series);
        return tests.Sum(t => Math.Pow(series[t.Day] - t.Performance, 2));
    }

    [Fact]
    public void PublishedParameters_GiveThePublishedErrorUpToRounding()
    {
        var (load, tests) = Data();
        Assert.Equal(165, load.Length);
        Assert.Equal(9, tests.Count);
        // The published parameters are rounded (k1 0.18, k2 0.23…); at those values SSE is 21.26 against the published
        // 20.25. Counting the test day's load is what reproduces it: without it SSE is 193.
        var sse = Sse(load, tests, new BanisterParameters(262, 0.18, 36, 0.23, 21));
        Assert.Equal(Reference().GetProperty("published_parameters_sse").GetDouble(), sse, 1e-9);
        Assert.InRange(sse, 20.25, 21.5);
    }

    [Fact]
    public void WithThePublishedTimeConstants_TheFittedGainsMatchThePublishedOnes()
    {
        var (load, tests) = Data();
        var fit = FitnessFatigueTwin.Fit(load, tests, new TwinFitOptions
        {
            LowerBounds = new BanisterParameters(double.NegativeInfinity, 0, 36, 0, 21),
            UpperBounds = new BanisterParameters(double.PositiveInfinity, double.PositiveInfinity, 36, double.PositiveInfinity, 21),
            BootstrapReplicates = 0,
        });
        var reference = Reference().GetProperty("fixed_time_constants");
        Assert.Equal(reference.GetProperty("p0").GetDouble(), fit.Parameters.P0, 1e-6);
        Assert.Equal(reference.GetProperty("k1").GetDouble(), fit.Parameters.K1, 1e-8);
        Assert.Equal(reference.GetProperty("k2").GetDouble(), fit.Parameters.K2, 1e-8);
        Assert.Equal(reference.GetProperty("sse").GetDouble(), fit.Sse, 1e-6);
        // Against the paper: 261.56 W, 0.176, 0.224 round to the published 262, 0.18, 0.22 (published 0.23);
        // SSE 20.42 vs 20.25 and R² 0.979 as published.
        Assert.Equal(262, fit.Parameters.P0, 0.5);
        Assert.Equal(0.18, fit.Parameters.K1, 0.005);
        Assert.Equal(0.23, fit.Parameters.K2, 0.01);
        Assert.Equal(20.25, fit.Sse, 0.25);
        Assert.Equal(0.979, fit.RSquared, 0.0005);
    }

    [Fact]
    public void FreeFit_ReachesALowerErrorInANonIdentifiableValley()
    {
        var (load, tests) = Data();
        var fit = FitnessFatigueTwin.Fit(load, tests, new TwinFitOptions { BootstrapReplicates = 0, LeaveOneTestOut = false });
        var reference = Reference().GetProperty("unconstrained_best");
        // SciPy's best is SSE 18.2999 at τ1 ≈ τ2 ≈ 27.5 d with cancelling gains ≈ 11.4: a flat valley, not a point.
        Assert.True(fit.Sse <= reference.GetProperty("sse").GetDouble() + 0.01, $"SSE {fit.Sse}");
        Assert.True(fit.Sse < 20.25);
        Assert.True(fit.RSquared > 0.979);
        Assert.Contains(fit.Notes, n => n.Contains("not identifiable", StringComparison.Ordinal));
    }

    [Fact]
    public void WeakPriors_GiveASeparatedSolutionCloseToThePublishedOne_WithHeldOutError()
    {
        var (load, tests) = Data();
        var fit = FitnessFatigueTwin.Fit(load, tests, new TwinFitOptions { Priors = TwinPriors.WeakTimeConstants, BootstrapReplicates = 200, Seed = 2013 });
        Assert.True(fit.Parameters.Tau1 > fit.Parameters.Tau2 + 10);
        Assert.InRange(fit.Sse, 18.3, 30);
        Assert.InRange(fit.RSquared, 0.97, 0.99);
        Assert.Equal(9, fit.LeaveOneOut.Count);
        Assert.True(fit.LeaveOneOutRmse > fit.Rmse);
        Assert.All(fit.ConfidenceIntervals, c => Assert.True(c.High >= c.Low));
    }
}
