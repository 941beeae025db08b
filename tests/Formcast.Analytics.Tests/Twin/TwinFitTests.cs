using Formcast.Core;
using Formcast.Learning;

namespace Formcast.Analytics.Tests.Twin;

public sealed class TwinFitTests
{
    private static readonly BanisterParameters Truth = new(300, 0.10, 40, 0.30, 9);

    private static (double[] Load, List<TwinObservation> Tests) Synthetic(ulong seed, double noiseSd, int testEvery = 6)
    {
        var rng = new Rng(seed);
        var load = Enumerable.Range(0, 360).Select(d => d % 7 == 6 ? 0 : 40 + (120 * rng.NextDouble())).ToArray();
        var performance = new double[load.Length];
        BanisterModel.Predict(load, Truth, performance);
        var tests = Enumerable.Range(1, load.Length - 1).Where(d => d % testEvery == 0)
            .Select(d => new TwinObservation(d, performance[d] + (noiseSd * rng.NextGaussian()))).ToList();
        return (load, tests);
    }

    [Fact]
    public void Fit_RecoversKnownParameters_FromNoiseFreeTests()
    {
        var (load, tests) = Synthetic(1, 0);
        var fit = FitnessFatigueTwin.Fit(load, tests, new TwinFitOptions { BootstrapReplicates = 0, LeaveOneTestOut = false });
        Assert.Equal(Truth.P0, fit.Parameters.P0, 1e-3);
        Assert.Equal(Truth.K1, fit.Parameters.K1, 1e-5);
        Assert.Equal(Truth.Tau1, fit.Parameters.Tau1, 1e-3);
        Assert.Equal(Truth.K2, fit.Parameters.K2, 1e-5);
        Assert.Equal(Truth.Tau2, fit.Parameters.Tau2, 1e-3);
        Assert.True(fit.Sse < 1e-8);
    }

    [Fact]
    public void Fit_WithNoise_GivesIntervalsThatCoverTheTruth_AndHeldOutErrorNearTheNoise()
    {
        var (load, tests) = Synthetic(2, 2.0, testEvery: 5);
        var fit = FitnessFatigueTwin.Fit(load, tests, new TwinFitOptions { BootstrapReplicates = 80, Seed = 11 });

        Assert.Equal(5, fit.ConfidenceIntervals.Count);
        for (var j = 0; j < 5; j++)
        {
            var interval = fit.ConfidenceIntervals[j];
            Assert.InRange(Truth[j], interval.Low, interval.High);
            Assert.InRange(interval.Estimate, interval.Low, interval.High);
        }

        Assert.Equal(tests.Count, fit.LeaveOneOut.Count);
        Assert.InRange(fit.LeaveOneOutRmse, 1.5, 3.5);        // noise SD 2: held-out error close to it
        Assert.True(fit.LeaveOneOutRmse > fit.Rmse);           // and worse than in-sample
        for (var j = 0; j < 5; j++)
        {
            Assert.Equal(1, fit.AsymptoticCorrelation[j, j], 1e-9);
            Assert.Equal(1, fit.BootstrapCorrelation![j, j], 1e-9);
        }

        // Gains and time constants of the same component trade off: positive k–τ correlation is the classic pattern.
        Assert.True(fit.BootstrapCorrelation![1, 3] > 0.5, "k1 and k2 should correlate");
    }

    [Fact]
    public void Fit_IsDeterministicForASeed_WhateverTheThreadCount()
    {
        var (load, tests) = Synthetic(3, 2.0);
        var one = FitnessFatigueTwin.Fit(load, tests, new TwinFitOptions { BootstrapReplicates = 30, Seed = 5, MaxDegreeOfParallelism = 1 });
        var many = FitnessFatigueTwin.Fit(load, tests, new TwinFitOptions { BootstrapReplicates = 30, Seed = 5, MaxDegreeOfParallelism = 4 });
        Assert.Equal(one.ConfidenceIntervals, many.ConfidenceIntervals);
        Assert.Equal(one.LeaveOneOut, many.LeaveOneOut);
        var other = FitnessFatigueTwin.Fit(load, tests, new TwinFitOptions { BootstrapReplicates = 30, Seed = 6 });
        Assert.NotEqual(one.ConfidenceIntervals, other.ConfidenceIntervals);
    }

    [Fact]
    public void Fit_RespectsBoundsAndFixedParameters()
    {
        var (load, tests) = Synthetic(4, 1.0);
        var options = new TwinFitOptions
        {
            BootstrapReplicates = 0,
            LeaveOneTestOut = false,
            LowerBounds = new BanisterParameters(double.NegativeInfinity, 0, 42, 0, 5),
            UpperBounds = new BanisterParameters(double.PositiveInfinity, 0.05, 42, double.PositiveInfinity, 7),
        };
        var fit = FitnessFatigueTwin.Fit(load, tests, options);
        Assert.Equal(42, fit.Parameters.Tau1);
        Assert.InRange(fit.Parameters.K1, 0, 0.05);
        Assert.InRange(fit.Parameters.Tau2, 5, 7);
        Assert.True(double.IsNaN(fit.AsymptoticCorrelation[2, 2])); // τ1 fixed: no correlation
        Assert.Contains(fit.Notes, n => n.Contains("bound", StringComparison.Ordinal));
    }

    [Fact]
    public void Fit_PriorsPullTowardsThePopulation_AndMinimiseThePenalisedError()
    {
        var (load, tests) = Synthetic(5, 3.0, testEvery: 30);
        var free = FitnessFatigueTwin.Fit(load, tests, new TwinFitOptions { BootstrapReplicates = 0, LeaveOneTestOut = false });
        var prior = new TwinPriors { Tau1 = new NormalPrior(60, 1) };
        var pulled = FitnessFatigueTwin.Fit(load, tests, new TwinFitOptions { BootstrapReplicates = 0, LeaveOneTestOut = false, Priors = prior });
        var detail = $"free {free.Parameters} pulled {pulled.Parameters}";

        Assert.True(Math.Abs(pulled.Parameters.Tau1 - 60) < Math.Abs(free.Parameters.Tau1 - 60), detail);
        Assert.True(pulled.Penalty > 0);
        Assert.True(pulled.Sse >= free.Sse - 1e-9, detail);
        // MAP optimality: the penalised error at the fit is no larger than at the unpenalised solution.
        var sigma = pulled.PriorNoiseSd;
        Assert.Equal(Math.Sqrt(free.Sse / (tests.Count - 5)), sigma, 1e-6);
        var freeUnderPrior = free.Sse + Math.Pow(sigma * (free.Parameters.Tau1 - 60), 2);
        Assert.True(pulled.Sse + pulled.Penalty <= freeUnderPrior + 1e-9, detail);
        Assert.Contains("tau1~N(60,1)", pulled.Provenance, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_FromAthleteDays_FlipsTimesSoGainsStayPositive()
    {
        var start = new DateOnly(2024, 1, 1);
        var (load, _) = Synthetic(6, 0);
        var days = load.Select((l, i) => new AthleteDay { AthleteId = TestData.AthleteId, Date = start.AddDays(i), Load = l }).ToList();
        var performance = new double[load.Length];
        BanisterModel.Predict(load, Truth, performance);
        var tests = Enumerable.Range(1, 50).Select(k => new PerformanceTest
        {
            AthleteId = TestData.AthleteId, Date = start.AddDays(k * 7), Kind = PerformanceTestKind.TimeTrial, Unit = "s",
            Value = 1000 - performance[k * 7],
        }).ToList();

        var fit = FitnessFatigueTwin.Fit(days, tests, PerformanceTestKind.TimeTrial, new TwinFitOptions { BootstrapReplicates = 0, LeaveOneTestOut = false });
        Assert.Equal(Truth.K1, fit.Parameters.K1, 1e-4);
        Assert.Equal(Truth.P0 - 1000, fit.Parameters.P0, 1e-2);
    }

    [Fact]
    public void Fit_RejectsTooFewTests()
    {
        var (load, tests) = Synthetic(7, 0);
        Assert.Throws<ArgumentException>(() => FitnessFatigueTwin.Fit(load, tests.Take(5).ToList()));
    }
}
